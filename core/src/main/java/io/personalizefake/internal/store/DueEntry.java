package io.personalizefake.internal.store;

import io.personalizefake.spi.Key;
import io.personalizefake.spi.StoredRecord;

/**
 * Marks the next planned step of a resource: the id is the due time and the resource's creation
 * sequence, so a scan returns due steps in due-time order, ties in creation order.
 */
public record DueEntry(Key key, String arn) implements StoredRecord {
  public static final String KIND = "d";
}
