package io.personalizefake.internal.filter;

import io.personalizefake.internal.schema.DatasetType;
import io.personalizefake.internal.schema.FieldType;
import java.util.Optional;

/**
 * What {@link FilterExpression#checkAgainst} needs to know about the datasets of one dataset group.
 * The caller decides which datasets exist: a dataset that is being deleted should be reported as
 * absent.
 */
public interface FieldLookup {

  /** Whether the group holds a usable dataset of this type. */
  boolean hasDataset(DatasetType type);

  /**
   * The type of the field called {@code fieldName} (compared ignoring case) in the schema of the
   * group's dataset of this type; empty when there is no such dataset or no such field.
   */
  Optional<FieldType> fieldType(DatasetType type, String fieldName);
}
