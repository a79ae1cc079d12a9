package io.personalizefake.internal.store;

import io.personalizefake.spi.Key;
import io.personalizefake.spi.StoredRecord;

/**
 * One entry of a list index: its id sorts the way the List operations return resources (newest
 * first, then by ARN), under a prefix that names the list and its filter value.
 */
public record IndexEntry(Key key, String arn) implements StoredRecord {
  public static final String KIND = "i";
}
