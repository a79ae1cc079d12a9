package io.personalizefake.internal.store;

import io.personalizefake.spi.ReadTx;
import io.personalizefake.spi.WriteTx;
import java.util.UUID;

/**
 * Draws identifiers and creation sequence numbers from the counters of the store's {@link
 * MetaRecord}, so that they are deterministic for a seed, continue after a store is reopened, and
 * are drawn only by calls that succeed (a failed unit of work rolls the counter back with
 * everything else).
 *
 * <p>Short ids (8 hex digits) are a keyed permutation of the 32-bit counter, so they never repeat
 * within 2^32 draws; UUIDs mix the seed and the counter through SplitMix64.
 */
public final class Ids {

  private final long seed;

  /** {@code seed} is used when the store holds no seed yet. */
  public Ids(long seed) {
    this.seed = seed;
  }

  private MetaRecord meta(ReadTx tx) {
    MetaRecord m = (MetaRecord) tx.get(MetaRecord.KEY);
    return m != null ? m : new MetaRecord(MetaRecord.KEY, seed, 0, 1);
  }

  /** The seed in force: the store's, or the configured one for a new store. */
  public long seed(ReadTx tx) {
    return meta(tx).seed();
  }

  /** The next creation sequence number. */
  public long nextSeq(WriteTx tx) {
    MetaRecord m = meta(tx);
    tx.put(m.withNextSeq(m.nextSeq() + 1));
    return m.nextSeq();
  }

  /** A fresh 8-digit lowercase hex id (solution version ids, event tracker ids). */
  public String hex8(WriteTx tx) {
    MetaRecord m = meta(tx);
    tx.put(m.withIdsDrawn(m.idsDrawn() + 1));
    int x = permute((int) m.idsDrawn(), m.seed());
    String hex = Integer.toHexString(x);
    return "0".repeat(8 - hex.length()) + hex;
  }

  /** A fresh lowercase UUID (tracking ids). */
  public String uuid(WriteTx tx) {
    MetaRecord m = meta(tx);
    tx.put(m.withIdsDrawn(m.idsDrawn() + 1));
    return uuid(m.seed(), m.idsDrawn());
  }

  /**
   * The {@code n}-th UUID of {@code seed}: shaped like a random (version 4) UUID, the same for the
   * same seed and {@code n}, and as unlikely to repeat for different ones as random UUIDs are.
   */
  public static String uuid(long seed, long n) {
    long hi = mix(seed ^ mix(n));
    long lo = mix(hi ^ n ^ 0x5DEECE66DL);
    // version 4, IETF variant, as random UUIDs have
    hi = (hi & 0xFFFFFFFFFFFF0FFFL) | 0x0000000000004000L;
    lo = (lo & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
    return new UUID(hi, lo).toString();
  }

  /** A bijection of 32-bit values keyed by the seed: distinct counters give distinct ids. */
  static int permute(int counter, long seed) {
    int x = counter ^ (int) seed;
    x *= 0x9E3779B1;
    x ^= x >>> 15;
    x += (int) (seed >>> 32);
    x *= 0x85EBCA77;
    x ^= x >>> 13;
    x *= 0xC2B2AE3D;
    x ^= x >>> 16;
    return x;
  }

  private static long mix(long z) {
    z += 0x9E3779B97F4A7C15L;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
