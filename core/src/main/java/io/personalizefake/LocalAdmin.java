package io.personalizefake;

import com.fasterxml.jackson.databind.JsonNode;
import io.personalizefake.config.Quotas;
import io.personalizefake.config.Quotas.Quota;
import io.personalizefake.internal.arn.Arns;
import io.personalizefake.internal.lifecycle.Status;
import io.personalizefake.internal.ops.Controls;
import io.personalizefake.internal.ops.LiveQuotas;
import io.personalizefake.internal.store.Ids;
import io.personalizefake.internal.store.Kinds;
import io.personalizefake.internal.store.ResourceRecord;
import io.personalizefake.json.Json;
import io.personalizefake.model.ResourceType;
import io.personalizefake.spi.Storage;
import io.personalizefake.spi.StoredRecord;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The test controls of a fake in its own JVM: the waiters, faults, journal, quotas and snapshots of
 * {@link FakeAdmin}, over the fake's regions and store.
 */
final class LocalAdmin implements FakeAdmin {

  private final Storage storage;
  private final Clock clock;
  private final String accountId;
  private final String region;
  private final Ids ids;
  private final LiveQuotas quotas;
  private final Regions regions;
  private final FaultEngine faults;
  private final JournalRecorder journal;

  LocalAdmin(
      Storage storage,
      Clock clock,
      String accountId,
      String region,
      Ids ids,
      LiveQuotas quotas,
      Regions regions,
      FaultEngine faults,
      JournalRecorder journal) {
    this.storage = storage;
    this.clock = clock;
    this.accountId = accountId;
    this.region = region;
    this.ids = ids;
    this.quotas = quotas;
    this.regions = regions;
    this.faults = faults;
    this.journal = journal;
  }

  @Override
  public String accountId() {
    return accountId;
  }

  @Override
  public String region() {
    return region;
  }

  @Override
  public long seed() {
    return storage.read(ids::seed);
  }

  @Override
  public ClockState clockState() {
    return new ClockState(now(), clock instanceof FakeClock fc && fc.isFrozen());
  }

  @Override
  public void advance(Duration amount) {
    if (amount.isNegative()) {
      throw new IllegalArgumentException("the clock never moves back: " + amount);
    }
    fakeClock().advance(amount);
  }

  @Override
  public void setClock(Instant instant) {
    fakeClock().set(instant);
  }

  @Override
  public void settleEveryRegion() {
    regions.of(region);
    regions.served().forEach(p -> p.controls().settle());
  }

  @Override
  public void settleAll() {
    regions.of(region);
    while (true) {
      settleEveryRegion();
      Instant next = null;
      for (Regions.Plane p : regions.served()) {
        Instant due = p.controls().firstDue();
        if (due != null && (next == null || due.isBefore(next))) {
          next = due;
        }
      }
      if (next != null) {
        moveClockTo(next);
        continue;
      }
      ResourceRecord waiting = null;
      for (Regions.Plane p : regions.served()) {
        waiting = p.controls().firstWaiting();
        if (waiting != null) {
          p.controls().fireNext(waiting.arn());
          break;
        }
      }
      if (waiting == null) {
        return;
      }
    }
  }

  @Override
  public String awaitActive(String arn) {
    Controls controls = controlsOf(arn);
    boolean sawUpdate = false;
    while (true) {
      ResourceRecord r = controls.settledRecord(arn);
      if (r == null) {
        throw awaitFailure(arn + " does not exist" + (sawUpdate ? " any more" : ""));
      }
      String status = Kinds.of(r.type()).status(r.body());
      boolean updating = r.nextStep() != null && r.nextStep().onUpdate();
      sawUpdate |= updating;
      if (status == null) {
        return arn;
      }
      if (Status.CREATE_FAILED.wire().equals(status)) {
        throw awaitFailure(
            name(r)
                + " ended "
                + status
                + " with failureReason '"
                + member(r.body(), "failureReason")
                + "'");
      }
      if (Status.isDeleting(status)) {
        throw awaitFailure(name(r) + " is " + status + ", not on its way to ACTIVE");
      }
      if (Status.isActive(status) && !updating) {
        if (sawUpdate
            && Status.CREATE_FAILED
                .wire()
                .equals(member(r.body(), "latestCampaignUpdate.status"))) {
          throw awaitFailure(
              name(r)
                  + " is ACTIVE but its update ended CREATE FAILED with failureReason '"
                  + member(r.body(), "latestCampaignUpdate.failureReason")
                  + "'");
        }
        return arn;
      }
      moveClockToNextStep(r, status);
    }
  }

  @Override
  public void awaitDeleted(String arn) {
    Controls controls = controlsOf(arn);
    while (true) {
      ResourceRecord r = controls.settledRecord(arn);
      if (r == null) {
        return;
      }
      String status = Kinds.of(r.type()).status(r.body());
      if (!Status.isDeleting(status)) {
        throw awaitFailure(name(r) + " is " + status + ", not being deleted");
      }
      moveClockToNextStep(r, status);
    }
  }

  @Override
  public void advance(String arn) {
    Controls controls = controlsOf(arn);
    if (!controls.fireNext(arn)) {
      ResourceRecord r = controls.settledRecord(arn);
      String state =
          r == null ? "it does not exist" : "it is " + Kinds.of(r.type()).status(r.body());
      throw new IllegalStateException(arn + " has no pending status change (" + state + ")");
    }
  }

  @Override
  public FaultRule failCreates(String region, ResourceType type, String reason, long times) {
    return faults.failCreates(region, type, reason, times);
  }

  @Override
  public FaultRule failCreateOf(String arn, String failureReason) {
    return faults.failCreateOf(arn, failureReason);
  }

  @Override
  public FaultRule addOperationError(OperationError error) {
    return faults.addOperationError(error);
  }

  @Override
  public List<FaultRule> faultRules() {
    return faults.list();
  }

  @Override
  public boolean removeFaultRule(String id) {
    return faults.remove(id);
  }

  @Override
  public void clearFaultRules() {
    faults.clear();
  }

  @Override
  public Quotas quotas() {
    return quotas.current();
  }

  @Override
  public void quota(Quota quota, long value) {
    quotas.set(quota, value);
  }

  @Override
  public void setMetrics(String solutionVersionArn, Map<String, Double> metrics) {
    controlsOf(solutionVersionArn).setMetrics(solutionVersionArn, metrics);
  }

  @Override
  public List<Journal.Entry> journalEntries() {
    return journal.entries();
  }

  @Override
  public void clearJournal() {
    journal.clear();
  }

  @Override
  public FakeSnapshot snapshot() {
    settleEveryRegion();
    return storage.read(tx -> new FakeSnapshot(accountId, now(), tx.scanAll().toList()));
  }

  @Override
  public void restore(FakeSnapshot snapshot) {
    if (!snapshot.accountId().equals(accountId)) {
      throw new IllegalArgumentException(
          "the snapshot is of account "
              + snapshot.accountId()
              + ", this fake's account is "
              + accountId);
    }
    storage.write(
        tx -> {
          tx.scanAll().map(StoredRecord::key).toList().forEach(tx::delete);
          snapshot.records().forEach(tx::put);
          return null;
        });
  }

  @Override
  public void reset() {
    storage.write(
        tx -> {
          tx.scanAll().map(StoredRecord::key).toList().forEach(tx::delete);
          return null;
        });
    faults.clearOperationRules();
    journal.clear();
  }

  private Controls controlsOf(String arn) {
    return regions.of(Arns.regionOf(arn)).controls();
  }

  private Instant now() {
    return clock instanceof FakeClock fc ? fc.peek() : clock.instant();
  }

  private FakeClock fakeClock() {
    if (clock instanceof FakeClock fc) {
      return fc;
    }
    throw new IllegalStateException(
        "this fake was built with a " + clock.getClass().getName() + ", not a FakeClock");
  }

  private void moveClockTo(Instant due) {
    FakeClock fc = fakeClock();
    if (due.isAfter(fc.peek())) {
      fc.set(due);
    }
  }

  private void moveClockToNextStep(ResourceRecord r, @Nullable String status) {
    Instant due = r.nextDue();
    if (due == null) {
      throw awaitFailure(
          name(r)
              + " is "
              + status
              + " and nothing more is due for it (its next step waits for a test control:"
              + " fake.advance(arn) fires it)");
    }
    moveClockTo(due);
  }

  private AssertionError awaitFailure(String what) {
    return new AssertionError(what + " [clock " + now() + ", seed " + seed() + "]");
  }

  private static String name(ResourceRecord r) {
    String type = r.type().name().toLowerCase(Locale.ROOT).replace('_', ' ');
    return Character.toUpperCase(type.charAt(0)) + type.substring(1) + " " + r.arn();
  }

  private static @Nullable String member(Object body, String path) {
    JsonNode node = Json.mapper().valueToTree(body);
    for (String part : path.split("\\.")) {
      node = node.path(part);
    }
    return node.isMissingNode() || node.isNull() ? null : node.asText();
  }
}
