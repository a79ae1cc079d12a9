package io.personalizefake.wire;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The Content-Type a request may have: JSON 1.1 or plain JSON, in any case, with any parameters.
 */
class ContentTypeTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "application/x-amz-json-1.1",
        "application/json",
        "APPLICATION/X-AMZ-JSON-1.1",
        " application/json ",
        "application/x-amz-json-1.1; charset=utf-8",
        "application/json;charset=UTF-8",
        "application/json ;x=y"
      })
  void json_media_types_are_accepted(String contentType) {
    assertThat(AwsJsonHandler.isJson(contentType)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        " ",
        ";",
        "text/plain",
        "application/x-amz-json-1.0",
        "application/x-amz-json-1.11",
        "application/jsonx",
        "xapplication/json",
        "application/x-www-form-urlencoded",
        "application/ json",
        "text/plain; application/json"
      })
  void other_media_types_are_refused(String contentType) {
    assertThat(AwsJsonHandler.isJson(contentType)).isFalse();
  }
}
