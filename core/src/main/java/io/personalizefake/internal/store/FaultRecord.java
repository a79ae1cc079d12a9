package io.personalizefake.internal.store;

import io.personalizefake.spi.Key;
import io.personalizefake.spi.StoredRecord;

/**
 * An injected failure: the next {@code remaining} creates of a resource type (id = the type's
 * name), or the create of one named resource (id = its ARN), end in CREATE FAILED with {@code
 * reason}.
 */
public record FaultRecord(Key key, String reason, long remaining) implements StoredRecord {
  public static final String KIND = "f";
}
