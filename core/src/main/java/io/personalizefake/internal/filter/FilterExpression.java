package io.personalizefake.internal.filter;

import io.personalizefake.error.InvalidInputException;
import io.personalizefake.internal.filter.Predicate.Comparison;
import io.personalizefake.internal.filter.Predicate.Membership;
import io.personalizefake.internal.schema.DatasetType;
import io.personalizefake.internal.schema.FieldType;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A parsed {@code filterExpression} of CreateFilter: one or more {@link Expression}s joined by
 * {@code |}.
 *
 * <p>{@link #parse} checks everything that needs no stored state (the grammar and the syntactic
 * rules F1 to F10 of the filter spec); {@link #checkAgainst} checks the rules that need the
 * datasets of the dataset group (S1 to S4). Limits on the number of parameters are left to the
 * caller, which reads {@link #parameters()}.
 *
 * <p>Filter expressions may hold customer data, so error messages point at a character offset and
 * quote at most the offending token, never the expression. For the same reason this class does not
 * keep the original text.
 */
public final class FilterExpression {

  private final List<Expression> expressions;
  private final Set<String> parameters;

  private FilterExpression(List<Expression> expressions) {
    this.expressions = List.copyOf(expressions);
    this.parameters = collectParameters(this.expressions);
  }

  /**
   * Lexes and parses {@code text}, checking the grammar and the syntactic rules.
   *
   * @throws InvalidInputException saying what was expected, and where, when the text is not a valid
   *     filter expression
   */
  public static FilterExpression parse(String text) {
    Objects.requireNonNull(text, "text");
    return new FilterExpression(Parser.parse(text));
  }

  /** The expressions in written order; never empty. */
  public List<Expression> expressions() {
    return expressions;
  }

  /**
   * The distinct parameter names, without {@code $}, in the order they first appear. Names are
   * case-sensitive: {@code $Genre} and {@code $GENRE} are two parameters.
   */
  public Set<String> parameters() {
    return parameters;
  }

  /**
   * Checks the expression against the datasets of a dataset group: the datasets it names must exist
   * (S1, S3), the fields of Items and CurrentUser conditions must be in their schema (S2, S3) and
   * have a type that suits the predicate (S4).
   *
   * @throws InvalidInputException naming the dataset or field at fault
   */
  public void checkAgainst(FieldLookup datasets) {
    for (Expression expression : expressions) {
      for (Condition condition : expression.conditions()) {
        check(condition, datasets);
      }
      for (Condition condition : expression.userConditions()) {
        check(condition, datasets);
      }
    }
  }

  private static void check(Condition condition, FieldLookup datasets) {
    DatasetType dataset = condition.dataset();
    if (!datasets.hasDataset(dataset)) {
      throw FilterErrors.semantic(
          condition.qualifiedField()
              + " needs "
              + (dataset == DatasetType.USERS ? "a " : "an ")
              + dataset.displayName()
              + " dataset, but the dataset group has none");
    }
    if (dataset == DatasetType.INTERACTIONS) {
      // the parser already limited Interactions to EVENT_TYPE IN (...)
      return;
    }
    Optional<FieldType> found = datasets.fieldType(dataset, condition.field());
    if (found.isEmpty()) {
      throw FilterErrors.semantic(
          "the schema of the "
              + dataset.displayName()
              + " dataset has no field named '"
              + condition.field()
              + "' (used as "
              + condition.qualifiedField()
              + ")");
    }
    FieldType type = found.get();
    if (type == FieldType.BOOLEAN) {
      throw FilterErrors.semantic(
          condition.qualifiedField()
              + " is a boolean field of the "
              + dataset.displayName()
              + " dataset; boolean fields cannot be used in filters");
    }
    Predicate predicate = condition.predicate();
    if (predicate instanceof Membership && type != FieldType.STRING) {
      throw FilterErrors.semantic(
          "IN and NOT IN need a string field, but "
              + condition.qualifiedField()
              + " is of type "
              + type.avroName());
    }
    if (predicate instanceof Comparison comparison && !type.isNumeric()) {
      throw FilterErrors.semantic(
          "the operator "
              + comparison.operator().symbol()
              + " needs a numeric field (int, long, float or double), but "
              + condition.qualifiedField()
              + " is of type "
              + type.avroName());
    }
  }

  private static Set<String> collectParameters(List<Expression> expressions) {
    Set<String> names = new LinkedHashSet<>();
    for (Expression expression : expressions) {
      for (Condition condition : expression.conditions()) {
        condition.predicate().parameterName().ifPresent(names::add);
      }
      for (Condition condition : expression.userConditions()) {
        condition.predicate().parameterName().ifPresent(names::add);
      }
    }
    return Collections.unmodifiableSet(names);
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof FilterExpression that && expressions.equals(that.expressions);
  }

  @Override
  public int hashCode() {
    return expressions.hashCode();
  }

  /** A summary without the expression's values, which may be customer data. */
  @Override
  public String toString() {
    return "FilterExpression[expressions="
        + expressions.size()
        + ", parameters="
        + parameters
        + "]";
  }
}
