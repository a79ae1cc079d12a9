package io.personalizefake.internal.schema;

import java.util.Locale;
import java.util.Optional;

/** The three dataset types of a dataset group. */
public enum DatasetType {
  INTERACTIONS,
  ITEMS,
  USERS;

  /** The type named by {@code text}, compared ignoring case ({@code "Interactions"}, ...). */
  public static Optional<DatasetType> parse(String text) {
    for (DatasetType type : values()) {
      if (type.name().equalsIgnoreCase(text)) {
        return Optional.of(type);
      }
    }
    return Optional.empty();
  }

  /** The form the docs use: {@code Interactions}, {@code Items}, {@code Users}. */
  public String displayName() {
    return name().charAt(0) + name().substring(1).toLowerCase(Locale.ROOT);
  }
}
