package io.personalizefake.internal.store;

import io.personalizefake.error.ResourceNotFoundException;
import io.personalizefake.internal.lifecycle.Status;
import io.personalizefake.model.ResourceType;
import io.personalizefake.spi.Key;
import io.personalizefake.spi.KeyRange;
import io.personalizefake.spi.ReadTx;
import io.personalizefake.spi.StoredRecord;
import io.personalizefake.spi.WriteTx;
import java.time.Instant;
import java.util.Objects;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * The resources of one account and region, over a store: finds resources by ARN, and keeps the list
 * indexes and the due index in step with every change, so that no operation maintains an index by
 * hand.
 *
 * <p>List index ids are {@code TYPE␁parent␁invertedCreationMillis␁arn}, so a scan returns a list
 * newest first, ties by ARN ascending; every resource is indexed under the parent {@code *} (the
 * unfiltered list) and under the parent its List operation filters by.
 */
public final class Resources {

  static final char SEP = '\u0001';
  private static final String ALL = "*";

  private final String scope;

  public Resources(String scope) {
    this.scope = scope;
  }

  public String scope() {
    return scope;
  }

  public Key key(String arn) {
    return new Key(scope, ResourceRecord.KIND, arn);
  }

  /**
   * The resource of {@code type} at {@code arn}, or null (also when the ARN is of another type).
   */
  public @Nullable ResourceRecord find(ReadTx tx, ResourceType type, String arn) {
    StoredRecord r = tx.get(key(arn));
    if (r instanceof ResourceRecord rr && rr.type() == type) {
      return rr;
    }
    return null;
  }

  /** Whether anything is stored at {@code arn}, of any type. */
  public boolean exists(ReadTx tx, String arn) {
    return tx.get(key(arn)) != null;
  }

  /** The resource of {@code type} at {@code arn}; ResourceNotFoundException when there is none. */
  public ResourceRecord require(ReadTx tx, ResourceType type, String arn) {
    ResourceRecord r = find(tx, type, arn);
    if (r == null) {
      throw ResourceNotFoundException.of(arn);
    }
    return r;
  }

  /** Stores a new resource with its index entries. */
  public void insert(WriteTx tx, ResourceRecord record) {
    tx.put(record);
    count(tx, record.type(), null, record);
    for (String id : indexIds(record)) {
      tx.put(new IndexEntry(new Key(scope, IndexEntry.KIND, id), record.arn()));
    }
    if (record.nextDue() != null) {
      tx.put(new DueEntry(dueKey(record.nextDue(), record.seq()), record.arn()));
    }
  }

  /** Replaces {@code old} by {@code updated} (same ARN), moving index and due entries as needed. */
  public void replace(WriteTx tx, ResourceRecord old, ResourceRecord updated) {
    if (!old.arn().equals(updated.arn())) {
      throw new IllegalArgumentException("replace must keep the ARN");
    }
    tx.put(updated);
    count(tx, updated.type(), old, updated);
    if (!sameListPosition(old, updated)) {
      String[] before = indexIds(old);
      String[] after = indexIds(updated);
      for (int i = 0; i < before.length; i++) {
        if (!before[i].equals(after[i])) {
          tx.delete(new Key(scope, IndexEntry.KIND, before[i]));
          tx.put(new IndexEntry(new Key(scope, IndexEntry.KIND, after[i]), updated.arn()));
        }
      }
    }
    if (!Objects.equals(old.nextDue(), updated.nextDue())) {
      if (old.nextDue() != null) {
        tx.delete(dueKey(old.nextDue(), old.seq()));
      }
      if (updated.nextDue() != null) {
        tx.put(new DueEntry(dueKey(updated.nextDue(), updated.seq()), updated.arn()));
      }
    }
  }

  /** Removes a resource with its index and due entries. */
  public void remove(WriteTx tx, ResourceRecord record) {
    tx.delete(record.key());
    count(tx, record.type(), record, null);
    for (String id : indexIds(record)) {
      tx.delete(new Key(scope, IndexEntry.KIND, id));
    }
    if (record.nextDue() != null) {
      tx.delete(dueKey(record.nextDue(), record.seq()));
    }
  }

  /**
   * The resources of {@code type} in list order, optionally only those under {@code parent}, after
   * the sort key {@code after} (empty: from the start).
   */
  public Stream<ResourceRecord> list(
      ReadTx tx, ResourceType type, @Nullable String parent, String after) {
    String prefix = listPrefix(type, parent);
    KeyRange range = KeyRange.prefix(scope, IndexEntry.KIND, prefix);
    if (!after.isEmpty()) {
      range = range.after(prefix + after);
    }
    return tx.scan(range)
        .map(e -> (ResourceRecord) Objects.requireNonNull(tx.get(key(((IndexEntry) e).arn()))));
  }

  /** The children of {@code type} listed under {@code parent}, in list order. */
  public Stream<ResourceRecord> children(ReadTx tx, ResourceType type, String parent) {
    return list(tx, type, parent, "");
  }

  /** How many resources of {@code type} exist, in any state. */
  public Stream<ResourceRecord> all(ReadTx tx, ResourceType type) {
    return list(tx, type, null, "");
  }

  /** The position of {@code record} in its lists: what a page token remembers. */
  public String sortKey(ResourceRecord record) {
    Instant created = Kinds.of(record.type()).created(record.body());
    return pad(Long.MAX_VALUE - created.toEpochMilli()) + SEP + record.arn();
  }

  /** How many resources of {@code type} exist and are not deleting. */
  public long liveCount(ReadTx tx, ResourceType type) {
    StoredRecord c = tx.get(countKey(type));
    return c == null ? 0 : ((CountRecord) c).live();
  }

  /** How many resources of {@code type} are in CREATE PENDING or CREATE IN_PROGRESS. */
  public long transitionalCount(ReadTx tx, ResourceType type) {
    StoredRecord c = tx.get(countKey(type));
    return c == null ? 0 : ((CountRecord) c).transitional();
  }

  private Key countKey(ResourceType type) {
    return new Key(scope, CountRecord.KIND, type.name());
  }

  private void count(
      WriteTx tx,
      ResourceType type,
      @Nullable ResourceRecord before,
      @Nullable ResourceRecord after) {
    long live = (isLive(after) ? 1 : 0) - (isLive(before) ? 1 : 0);
    long transitional = (isTransitional(after) ? 1 : 0) - (isTransitional(before) ? 1 : 0);
    if (live == 0 && transitional == 0) {
      return;
    }
    Key key = countKey(type);
    CountRecord c = (CountRecord) tx.get(key);
    long l = (c == null ? 0 : c.live()) + live;
    long t = (c == null ? 0 : c.transitional()) + transitional;
    if (l == 0 && t == 0) {
      tx.delete(key);
    } else {
      tx.put(new CountRecord(key, l, t));
    }
  }

  private static boolean isLive(@Nullable ResourceRecord r) {
    return r != null && !Status.isDeleting(Kinds.of(r.type()).status(r.body()));
  }

  private static boolean isTransitional(@Nullable ResourceRecord r) {
    return r != null && Status.isTransitional(Kinds.of(r.type()).status(r.body()));
  }

  /** The entry of the step due first in this scope, or null. */
  public @Nullable DueEntry firstDue(ReadTx tx) {
    return (DueEntry) tx.first(KeyRange.all(scope, DueEntry.KIND));
  }

  /** The due entries of this scope, first due first. */
  public Stream<DueEntry> dueEntries(ReadTx tx) {
    return tx.scan(KeyRange.all(scope, DueEntry.KIND)).map(DueEntry.class::cast);
  }

  /** The due time encoded in a due entry's id. */
  public static long dueMillis(DueEntry entry) {
    String id = entry.key().id();
    return Long.parseLong(id.substring(0, id.indexOf(SEP)));
  }

  private Key dueKey(Instant due, long seq) {
    return new Key(scope, DueEntry.KIND, pad(Math.max(0, due.toEpochMilli())) + SEP + pad(seq));
  }

  private static String listPrefix(ResourceType type, @Nullable String parent) {
    return type.name() + SEP + (parent == null ? ALL : parent) + SEP;
  }

  /**
   * Whether both versions have the same index ids: a status change keeps type, creation time and
   * parent.
   */
  private static boolean sameListPosition(ResourceRecord old, ResourceRecord updated) {
    if (old.type() != updated.type()) {
      return false;
    }
    Kind<?> kind = Kinds.of(old.type());
    return kind.created(old.body()).equals(kind.created(updated.body()))
        && Objects.equals(kind.listParent(old.body()), kind.listParent(updated.body()));
  }

  private String[] indexIds(ResourceRecord record) {
    Kind<?> kind = Kinds.of(record.type());
    String sortKey = sortKey(record);
    String parent = kind.listParent(record.body());
    if (parent == null) {
      return new String[] {listPrefix(record.type(), null) + sortKey};
    }
    return new String[] {
      listPrefix(record.type(), null) + sortKey, listPrefix(record.type(), parent) + sortKey
    };
  }

  private static String pad(long n) {
    String s = Long.toString(n);
    return "0".repeat(19 - s.length()) + s;
  }
}
