package io.personalizefake.internal.store;

import io.personalizefake.spi.Key;
import io.personalizefake.spi.StoredRecord;

/**
 * The fake's own counters, kept in the store so that a reopened store continues them: the seed of
 * generated identifiers, how many identifiers were drawn, and the next creation sequence number.
 */
public record MetaRecord(Key key, long seed, long idsDrawn, long nextSeq) implements StoredRecord {
  public static final String KIND = "m";
  public static final Key KEY = new Key("", KIND, "meta");

  public MetaRecord withIdsDrawn(long n) {
    return new MetaRecord(key, seed, n, nextSeq);
  }

  public MetaRecord withNextSeq(long n) {
    return new MetaRecord(key, seed, idsDrawn, n);
  }
}
