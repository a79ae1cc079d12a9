package io.personalizefake.model;

import java.util.List;
import java.util.Set;

/**
 * What the fake's simulated training shows, for tests that predict it: which recipes take {@code
 * trainingMode UPDATE}, and which metrics {@code GetSolutionMetrics} reports.
 */
public final class TrainingFacts {

  private TrainingFacts() {}

  /** The recipes whose solutions can train a version in {@code UPDATE} mode. */
  public static final Set<String> UPDATABLE_RECIPES =
      Set.of(
          "arn:aws:personalize:::recipe/aws-user-personalization",
          "arn:aws:personalize:::recipe/aws-hrnn-coldstart");

  /** The metrics of a trained version, in the order GetSolutionMetrics returns them. */
  public static final List<String> METRIC_NAMES =
      List.of(
          "coverage",
          "mean_reciprocal_rank_at_25",
          "normalized_discounted_cumulative_gain_at_10",
          "normalized_discounted_cumulative_gain_at_25",
          "normalized_discounted_cumulative_gain_at_5",
          "precision_at_10",
          "precision_at_25",
          "precision_at_5");
}
