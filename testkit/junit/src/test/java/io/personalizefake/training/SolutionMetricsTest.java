package io.personalizefake.training;

import static io.personalizefake.training.TrainingWorld.ARN_PREFIX;
import static io.personalizefake.training.TrainingWorld.HRNN;
import static org.assertj.core.api.Assertions.assertThat;

import io.personalizefake.error.ResourceInUseException;
import io.personalizefake.error.ResourceNotFoundException;
import io.personalizefake.model.ResourceType;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** GetSolutionMetrics: ACTIVE versions only, the eight names of catalog.md, synthetic values. */
class SolutionMetricsTest {

  static final String[] METRIC_NAMES = {
    "coverage",
    "mean_reciprocal_rank_at_25",
    "normalized_discounted_cumulative_gain_at_5",
    "normalized_discounted_cumulative_gain_at_10",
    "normalized_discounted_cumulative_gain_at_25",
    "precision_at_5",
    "precision_at_10",
    "precision_at_25"
  };

  private final TrainingWorld w = TrainingWorld.instant();

  @Test
  void metrics_of_an_unknown_version_are_not_found() {
    String group = w.trainableGroup("g");
    String solution = w.solution("s", group, HRNN);
    w.rejects(
        ResourceNotFoundException.class,
        () -> w.p.getSolutionMetrics(b -> b.solutionVersionArn(solution + "/0badc0de")));
    w.rejects(
        ResourceNotFoundException.class,
        () -> w.p.getSolutionMetrics(b -> b.solutionVersionArn(solution)));
  }

  @Test
  void metrics_of_a_version_in_training_are_refused_as_in_use() {
    TrainingWorld slow = TrainingWorld.realistic();
    String group = slow.trainableGroup("g");
    String solution = slow.solution("s", group, HRNN);
    String version =
        slow.p.createSolutionVersion(b -> b.solutionArn(solution)).solutionVersionArn();
    slow.rejects(
        ResourceInUseException.class,
        () -> slow.p.getSolutionMetrics(b -> b.solutionVersionArn(version)));
    slow.pass(Duration.ofMinutes(1));
    assertThat(slow.describeVersion(version).status()).isEqualTo("CREATE IN_PROGRESS");
    slow.rejects(
        ResourceInUseException.class,
        () -> slow.p.getSolutionMetrics(b -> b.solutionVersionArn(version)));
    slow.awaitSettled(() -> slow.describeVersion(version).status());
    assertThat(slow.p.getSolutionMetrics(b -> b.solutionVersionArn(version)).metrics()).hasSize(8);
  }

  @Test
  void metrics_of_a_failed_version_are_refused_as_in_use() {
    String group = w.trainableGroup("g");
    String solution = w.solution("s", group, HRNN);
    w.fake.failNext(ResourceType.SOLUTION_VERSION, "injected");
    String version = w.trained(solution);
    w.rejects(
        ResourceInUseException.class,
        () -> w.p.getSolutionMetrics(b -> b.solutionVersionArn(version)));
  }

  @Test
  void metrics_have_exactly_the_eight_names_of_the_catalog_with_values_in_0_to_1() {
    String version = w.activeVersion("s", HRNN);
    var response = w.p.getSolutionMetrics(b -> b.solutionVersionArn(version));
    assertThat(response.solutionVersionArn()).isEqualTo(version);
    assertThat(response.metrics()).containsOnlyKeys(METRIC_NAMES);
    assertThat(response.metrics().values()).allSatisfy(v -> assertThat(v).isBetween(0.0, 1.0));
  }

  @Test
  void metric_values_follow_the_sha256_formula_of_the_spec() {
    String version = w.activeVersion("s", HRNN);
    Map<String, Double> metrics =
        w.p.getSolutionMetrics(b -> b.solutionVersionArn(version)).metrics();
    assertThat(metrics.get("precision_at_25")).isEqualTo(expected(version, "precision_at_25"));
    for (String name : METRIC_NAMES) {
      assertThat(metrics.get(name)).as(name).isEqualTo(expected(version, name));
    }
  }

  @Test
  void metric_values_are_the_same_on_every_call_and_differ_between_versions() {
    String group = w.trainableGroup("g");
    String solution = w.solution("s", group, HRNN);
    String first = w.activeVersion(solution);
    String second = w.activeVersion(solution);
    Map<String, Double> once = w.p.getSolutionMetrics(b -> b.solutionVersionArn(first)).metrics();
    assertThat(w.p.getSolutionMetrics(b -> b.solutionVersionArn(first)).metrics()).isEqualTo(once);
    assertThat(w.p.getSolutionMetrics(b -> b.solutionVersionArn(second)).metrics())
        .isNotEqualTo(once);
  }

  @Test
  void set_metrics_overrides_the_synthetic_values() {
    String group = w.trainableGroup("g");
    String solution = w.solution("s", group, HRNN);
    String version = w.activeVersion(solution);
    String other = w.activeVersion(solution);
    Map<String, Double> chosen = Map.of("precision_at_25", 0.42, "coverage", 0.9);
    w.fake.setMetrics(version, chosen);
    assertThat(w.p.getSolutionMetrics(b -> b.solutionVersionArn(version)).metrics())
        .isEqualTo(chosen);
    assertThat(
            w.p
                .getSolutionMetrics(b -> b.solutionVersionArn(other))
                .metrics()
                .get("precision_at_25"))
        .isEqualTo(expected(other, "precision_at_25"));
  }

  @Test
  void set_metrics_on_an_unknown_version_is_not_found() {
    String group = w.trainableGroup("g");
    String solution = w.solution("s", group, HRNN);
    w.rejects(
        ResourceNotFoundException.class,
        () -> w.fake.setMetrics(ARN_PREFIX + "solution/s/0badc0de", Map.of("coverage", 0.5)));
    assertThat(w.p.listSolutionVersions(b -> b.solutionArn(solution)).solutionVersions()).isEmpty();
  }

  /**
   * resources.md §GetSolutionMetrics: SHA-256(arn|name), first 4 bytes unsigned big-endian / 2^32,
   * 4 decimals.
   */
  static double expected(String versionArn, String metric) {
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256")
              .digest((versionArn + "|" + metric).getBytes(StandardCharsets.UTF_8));
      long n = 0;
      for (int i = 0; i < 4; i++) {
        n = (n << 8) | (hash[i] & 0xFF);
      }
      return new BigDecimal(n)
          .divide(new BigDecimal(1L << 32))
          .setScale(4, RoundingMode.HALF_UP)
          .doubleValue();
    } catch (NoSuchAlgorithmException e) {
      throw new AssertionError(e);
    }
  }
}
