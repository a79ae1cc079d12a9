package io.personalizefake.internal.filter;

import io.personalizefake.internal.schema.DatasetType;
import java.util.Objects;

/**
 * One {@code Dataset.FIELD predicate} test. A {@code CurrentUser} condition of an {@code IF} clause
 * has the dataset {@link DatasetType#USERS}.
 *
 * @param dataset the dataset the field belongs to
 * @param field the field name as written (schemas compare it ignoring case)
 * @param predicate what the field's value is tested against
 */
public record Condition(DatasetType dataset, String field, Predicate predicate) {

  public Condition {
    Objects.requireNonNull(dataset, "dataset");
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(predicate, "predicate");
  }

  /** How the condition is written in the expression language, e.g. {@code Items.PRICE}. */
  public String qualifiedField() {
    String prefix = dataset == DatasetType.USERS ? "CurrentUser" : dataset.displayName();
    return prefix + "." + field;
  }
}
