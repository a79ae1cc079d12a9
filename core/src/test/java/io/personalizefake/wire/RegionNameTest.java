package io.personalizefake.wire;

import static org.assertj.core.api.Assertions.assertThat;

import io.personalizefake.PersonalizeFake;
import io.personalizefake.internal.arn.Arns;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The region header's check agrees with the rule {@link PersonalizeFake.Builder#region} applies.
 */
class RegionNameTest {

  /** The builder's rule, written as a regular expression. */
  private static final Pattern RULE = Pattern.compile("[a-z]{2}(-[a-z]+)+-\\d+");

  @ParameterizedTest
  @ValueSource(
      strings = {
        "us-east-1",
        "eu-west-1",
        "ap-southeast-2",
        "us-gov-west-1",
        "cn-north-1",
        "eu-central-12",
        "il-central-1"
      })
  void region_names_pass(String name) {
    assertThat(RULE.matcher(name).matches()).isTrue();
    assertThat(Arns.isRegionName(name)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "us",
        "us-east",
        "us-east-",
        "-east-1",
        "us--east-1",
        "us-east--1",
        "US-EAST-1",
        "us-east-1a",
        "use-east-1",
        "u-east-1",
        "us-east-1 ",
        " us-east-1",
        "us-3ast-1",
        "us_east_1",
        "us-east-x",
        "us-1",
        "us--1",
        "xx-é-1"
      })
  void anything_else_fails(String name) {
    assertThat(RULE.matcher(name).matches()).isFalse();
    assertThat(Arns.isRegionName(name)).isFalse();
  }
}
