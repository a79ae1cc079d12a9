package io.personalizefake.internal.store;

import io.personalizefake.spi.Key;
import io.personalizefake.spi.StoredRecord;

/**
 * How many resources of one type a scope holds that count toward quotas: {@code live} are those
 * that exist and are not deleting, {@code transitional} those in CREATE PENDING or CREATE
 * IN_PROGRESS. Kept by {@link Resources} on every change, so a quota check reads one record.
 */
public record CountRecord(Key key, long live, long transitional) implements StoredRecord {
  public static final String KIND = "c";
}
