package io.personalizefake.internal.filter;

import io.personalizefake.internal.schema.DatasetType;
import io.personalizefake.internal.schema.FieldType;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** A {@link FieldLookup} over a fixed set of datasets, built up one dataset at a time. */
final class Datasets implements FieldLookup {

  /** The datasets the examples of the filter spec assume. */
  static final Datasets SHOP =
      none()
          .with(
              DatasetType.INTERACTIONS,
              Map.of(
                  "USER_ID", FieldType.STRING,
                  "ITEM_ID", FieldType.STRING,
                  "EVENT_TYPE", FieldType.STRING,
                  "TIMESTAMP", FieldType.LONG))
          .with(
              DatasetType.ITEMS,
              Map.ofEntries(
                  Map.entry("ITEM_ID", FieldType.STRING),
                  Map.entry("BRAND", FieldType.STRING),
                  Map.entry("COLOR", FieldType.STRING),
                  Map.entry("SIZE", FieldType.STRING),
                  Map.entry("CATEGORY", FieldType.STRING),
                  Map.entry("AGE_RATING", FieldType.STRING),
                  Map.entry("GENRE", FieldType.STRING),
                  Map.entry("TAG", FieldType.STRING),
                  Map.entry("A", FieldType.STRING),
                  Map.entry("PRICE", FieldType.INT),
                  Map.entry("RATING", FieldType.FLOAT),
                  Map.entry("IN_STOCK", FieldType.BOOLEAN)))
          .with(
              DatasetType.USERS,
              Map.of(
                  "USER_ID", FieldType.STRING,
                  "AGE", FieldType.INT,
                  "TIER", FieldType.STRING));

  private final Map<DatasetType, Map<String, FieldType>> fields;

  private Datasets(Map<DatasetType, Map<String, FieldType>> fields) {
    this.fields = fields;
  }

  /** A dataset group without datasets. */
  static Datasets none() {
    return new Datasets(new EnumMap<>(DatasetType.class));
  }

  /** A copy that also holds (or replaces) the dataset {@code type} with these fields. */
  Datasets with(DatasetType type, Map<String, FieldType> schema) {
    Map<DatasetType, Map<String, FieldType>> copy = new EnumMap<>(DatasetType.class);
    copy.putAll(fields);
    Map<String, FieldType> upper = new LinkedHashMap<>();
    schema.forEach((name, fieldType) -> upper.put(name.toUpperCase(Locale.ROOT), fieldType));
    copy.put(type, Map.copyOf(upper));
    return new Datasets(copy);
  }

  /** A copy without the dataset {@code type}. */
  Datasets without(DatasetType type) {
    Map<DatasetType, Map<String, FieldType>> copy = new EnumMap<>(DatasetType.class);
    copy.putAll(fields);
    copy.remove(type);
    return new Datasets(copy);
  }

  @Override
  public boolean hasDataset(DatasetType type) {
    return fields.containsKey(type);
  }

  @Override
  public Optional<FieldType> fieldType(DatasetType type, String fieldName) {
    Map<String, FieldType> schema = fields.get(type);
    return schema == null
        ? Optional.empty()
        : Optional.ofNullable(schema.get(fieldName.toUpperCase(Locale.ROOT)));
  }
}
