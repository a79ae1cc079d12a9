package io.personalizefake.internal.ops;

import io.personalizefake.error.InvalidInputException;
import io.personalizefake.model.SolutionVersion;
import java.math.BigDecimal;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The rules of {@code itemExplorationConfig}, shared by campaigns and batch inference jobs: only
 * the two documented keys, each a decimal in its range, and only for versions trained with the
 * User-Personalization recipe.
 */
final class ItemExploration {

  static final String USER_PERSONALIZATION =
      "arn:aws:personalize:::recipe/aws-user-personalization";

  private ItemExploration() {}

  /** Checks the keys and values of a non-empty configuration (stage 3). */
  static void checkValues(@Nullable Map<String, String> config) {
    if (config == null) {
      return;
    }
    for (Map.Entry<String, String> e : config.entrySet()) {
      BigDecimal value = decimal(e.getKey(), e.getValue());
      switch (e.getKey()) {
        case "explorationWeight" -> {
          if (value.compareTo(BigDecimal.ZERO) < 0 || value.compareTo(BigDecimal.ONE) > 0) {
            throw InvalidInputException.of(
                "itemExplorationConfig.explorationWeight must be from 0.0 to 1.0, not "
                    + e.getValue()
                    + ".");
          }
        }
        case "explorationItemAgeCutOff" -> {
          if (value.compareTo(BigDecimal.ZERO) <= 0) {
            throw InvalidInputException.of(
                "itemExplorationConfig.explorationItemAgeCutOff must be greater than 0, not "
                    + e.getValue()
                    + ".");
          }
        }
        default ->
            throw InvalidInputException.of(
                "itemExplorationConfig has an unknown key '"
                    + e.getKey()
                    + "'; the keys are explorationWeight and explorationItemAgeCutOff.");
      }
    }
  }

  private static BigDecimal decimal(String key, @Nullable String value) {
    try {
      if (value == null) {
        throw new NumberFormatException();
      }
      return new BigDecimal(value.trim());
    } catch (NumberFormatException ex) {
      throw InvalidInputException.of(
          "itemExplorationConfig." + key + " must be a decimal number, not '" + value + "'.");
    }
  }

  /** A non-empty configuration needs a version trained with aws-user-personalization. */
  static void requireRecipeFits(@Nullable Map<String, String> config, SolutionVersion version) {
    if (config != null && !config.isEmpty() && !fits(version)) {
      throw InvalidInputException.of(
          "itemExplorationConfig can only be used with the aws-user-personalization recipe; the solution version "
              + version.solutionVersionArn()
              + " uses "
              + version.recipeArn()
              + ".");
    }
  }

  static boolean fits(SolutionVersion version) {
    return USER_PERSONALIZATION.equals(version.recipeArn());
  }

  static boolean isEmpty(@Nullable Map<String, String> config) {
    return config == null || config.isEmpty();
  }
}
