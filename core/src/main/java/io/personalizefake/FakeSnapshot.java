package io.personalizefake;

import io.personalizefake.internal.store.Kinds;
import io.personalizefake.internal.store.ResourceRecord;
import io.personalizefake.model.ResourceType;
import io.personalizefake.spi.RecordSerializer;
import io.personalizefake.spi.StoredRecord;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * An immutable copy of a fake's whole state at one moment: every resource of every region with its
 * pending status changes, the create failures injected, the quota counters and the id counters.
 * {@link FakeAdmin#restore(FakeSnapshot)} puts a fake back into this state. The clock, the journal
 * and the operation-error rules are not part of it.
 */
public final class FakeSnapshot {

  /**
   * One resource as the snapshot holds it.
   *
   * @param description the model type its Describe returns (e.g. {@code DatasetGroup})
   * @param status its status (null for schemas, which have none)
   */
  public record Resource(
      String region, ResourceType type, String arn, @Nullable String status, Object description) {

    /** The description as its model type, e.g. {@code resource.description(Campaign.class)}. */
    public <D> D description(Class<D> type) {
      return type.cast(description);
    }
  }

  private final String accountId;
  private final Instant takenAt;
  private final List<StoredRecord> records;
  private final List<Resource> resources;

  FakeSnapshot(String accountId, Instant takenAt, List<StoredRecord> records) {
    this.accountId = accountId;
    this.takenAt = takenAt;
    this.records = List.copyOf(records);
    List<Resource> list = new ArrayList<>();
    for (StoredRecord r : this.records) {
      if (r instanceof ResourceRecord rr) {
        String scope = rr.key().scope();
        list.add(
            new Resource(
                scope.substring(scope.indexOf('/') + 1),
                rr.type(),
                rr.arn(),
                Kinds.of(rr.type()).status(rr.body()),
                rr.body()));
      }
    }
    this.resources = List.copyOf(list);
  }

  /** The clock's time when the snapshot was taken. */
  public Instant takenAt() {
    return takenAt;
  }

  /** The account of the fake it was taken from. */
  public String accountId() {
    return accountId;
  }

  /** Every resource, by region, then by kind and ARN. */
  public List<Resource> resources() {
    return resources;
  }

  /** The resources of one type. */
  public List<Resource> resources(ResourceType type) {
    return resources.stream().filter(r -> r.type() == type).toList();
  }

  /** The resource with {@code arn}. */
  public Optional<Resource> resource(String arn) {
    return resources.stream().filter(r -> r.arn().equals(arn)).findFirst();
  }

  List<StoredRecord> records() {
    return records;
  }

  /**
   * Every record of the snapshot as text (base64 of the store's serialized form), for sending a
   * snapshot over the wire; {@link #decode} reads it back.
   */
  public List<String> encodedRecords() {
    RecordSerializer serializer = RecordSerializer.standard();
    Base64.Encoder base64 = Base64.getEncoder();
    return records.stream().map(r -> base64.encodeToString(serializer.encode(r))).toList();
  }

  /**
   * The snapshot whose {@link #encodedRecords()} are {@code encodedRecords}.
   *
   * @throws IllegalArgumentException when a record cannot be decoded
   */
  public static FakeSnapshot decode(
      String accountId, Instant takenAt, List<String> encodedRecords) {
    RecordSerializer serializer = RecordSerializer.standard();
    Base64.Decoder base64 = Base64.getDecoder();
    List<StoredRecord> records = new ArrayList<>();
    for (String text : encodedRecords) {
      try {
        records.add(serializer.decode(base64.decode(text)));
      } catch (RuntimeException e) {
        throw new IllegalArgumentException("not a record of a snapshot: " + e.getMessage(), e);
      }
    }
    return new FakeSnapshot(accountId, takenAt, records);
  }

  @Override
  public String toString() {
    return "FakeSnapshot[" + resources.size() + " resources at " + takenAt + "]";
  }
}
