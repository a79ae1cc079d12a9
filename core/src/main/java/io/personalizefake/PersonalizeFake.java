package io.personalizefake;

import com.fasterxml.jackson.databind.JsonNode;
import io.personalizefake.config.Quotas;
import io.personalizefake.config.Timings;
import io.personalizefake.internal.lifecycle.Status;
import io.personalizefake.internal.ops.CallHooks;
import io.personalizefake.internal.ops.Lifecycle;
import io.personalizefake.internal.ops.LiveQuotas;
import io.personalizefake.internal.ops.OpsContext;
import io.personalizefake.internal.ops.ServiceImpl;
import io.personalizefake.internal.store.Ids;
import io.personalizefake.internal.store.Kinds;
import io.personalizefake.internal.store.ResourceRecord;
import io.personalizefake.json.Json;
import io.personalizefake.model.ResourceType;
import io.personalizefake.service.PersonalizeService;
import io.personalizefake.spi.Storage;
import io.personalizefake.spi.StorageProvider;
import io.personalizefake.spi.StoredRecord;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Map;
import java.util.Objects;
import java.util.ServiceLoader;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * An in-process fake of Amazon Personalize: one account, any number of regions, its state in a
 * {@link Storage}, its time from a {@link Clock}.
 *
 * <pre>{@code
 * PersonalizeFake fake = PersonalizeFake.builder().clock(FakeClock.frozen()).build();
 * PersonalizeService personalize = fake.service();
 * String group = personalize.createDatasetGroup(b -> b.name("shop")).datasetGroupArn();
 * }</pre>
 */
public final class PersonalizeFake implements AutoCloseable {

  private static final Pattern ACCOUNT = Pattern.compile("\\d{12}");
  private static final Pattern REGION = Pattern.compile("[a-z]{2}(-[a-z]+)+-\\d+");

  private final Storage storage;
  private final Clock clock;
  private final Timings timings;
  private final LiveQuotas quotas;
  private final String accountId;
  private final String region;
  private final String partition;
  private final Ids ids;
  private final long requestIdSeed;
  private final AtomicLong requests = new AtomicLong();
  private final ConcurrentMap<String, ServiceImpl> services = new ConcurrentHashMap<>();
  private final FaultRules faults;
  private final Journal journal;
  private final CallHooks hooks;

  private PersonalizeFake(Builder b) {
    this.storage = b.storage != null ? b.storage : defaultStorage();
    this.clock = b.clock != null ? b.clock : FakeClock.following();
    this.timings = b.timings;
    this.quotas = new LiveQuotas(b.quotas);
    this.accountId = b.accountId;
    this.region = b.region;
    this.partition = b.partition;
    // a seed only has to differ between fakes, not to be secret: a SecureRandom costs milliseconds
    // at start
    long seed = b.seed != null ? b.seed : ThreadLocalRandom.current().nextLong();
    this.ids = new Ids(seed);
    this.requestIdSeed = ~seed;
    this.faults = new FaultRules(this);
    this.journal = new Journal(clock, b.journalCapacity);
    CallHooks inject = faults.hooks();
    CallHooks record = journal.hooks();
    this.hooks =
        new CallHooks() {
          @Override
          public void before(String region, String operation, Object request) {
            inject.before(region, operation, request);
          }

          @Override
          public void after(
              String region,
              String operation,
              Object request,
              @Nullable Object response,
              @Nullable RuntimeException error) {
            record.after(region, operation, request, response, error);
          }
        };
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The control plane in the fake's own region. */
  public PersonalizeService service() {
    return service(region);
  }

  /** The control plane in {@code region} of the same account; regions do not see each other. */
  public PersonalizeService service(String region) {
    return impl(region);
  }

  ServiceImpl impl(String region) {
    if (!REGION.matcher(region).matches()) {
      throw new IllegalArgumentException("not a region name: " + region);
    }
    return services.computeIfAbsent(
        region,
        r ->
            new ServiceImpl(
                storage,
                clock,
                new OpsContext(partition, accountId, r, new Lifecycle(timings), quotas, ids),
                hooks));
  }

  /** Applies every status change that is due at the clock's current time, in the fake's region. */
  public void settle() {
    impl(region).settle();
  }

  /** Applies every status change that is due, in every region this fake has served. */
  public void settleEveryRegion() {
    impl(region);
    services.values().forEach(ServiceImpl::settle);
  }

  /**
   * Drops every resource, injected fault, counter and journal entry of every region; the
   * configuration (clock, timings, quotas, account, region, seed) stays.
   */
  public void reset() {
    storage.write(
        tx -> {
          tx.scanAll().map(StoredRecord::key).toList().forEach(tx::delete);
          return null;
        });
    faults.clearOperationRules();
    journal.clear();
  }

  /** The faults injected into this fake: create failures and operation errors. */
  public FaultRules faults() {
    return faults;
  }

  /** Every call this fake answered, with its outcome. */
  public Journal journal() {
    return journal;
  }

  /**
   * The id of the next request the wire protocol answers ({@code x-amzn-RequestId}): a UUID drawn
   * from the builder's seed and a count of this fake's requests, so that a run repeated with its
   * seed sees the same ids, and cheaper than a random UUID.
   */
  public String nextRequestId() {
    return Ids.uuid(requestIdSeed, requests.getAndIncrement());
  }

  /** The seed of generated identifiers (the store's, when it was reopened with one). */
  public long seed() {
    return storage.read(ids::seed);
  }

  /** Changes one quota from now on, e.g. {@code quota(Quota.CAMPAIGNS, 50)}. */
  public void quota(Quotas.Quota quota, long value) {
    quotas.set(quota, value);
  }

  /**
   * Makes {@code arn} end in CREATE FAILED with {@code failureReason}: its create, if it does not
   * exist yet, or its step to ACTIVE if it is in flight. See {@link FaultRules#failCreateOf}.
   */
  public void fail(String arn, String failureReason) {
    faults.failCreateOf(arn, failureReason);
  }

  /**
   * Moves the fake clock forward by {@code amount}; what becomes due is applied by the next call.
   */
  public void advance(Duration amount) {
    fakeClock().advance(amount);
  }

  /**
   * Fires the next planned status change of {@code arn} now, whatever its due time (for a campaign
   * with an update in flight, the update's next step).
   *
   * @throws IllegalStateException when nothing is planned for it
   */
  public void advance(String arn) {
    if (!impl(regionOf(arn)).fireNext(arn)) {
      throw new IllegalStateException(
          arn + " has no pending status change (" + describeState(arn) + ")");
    }
  }

  /**
   * Advances the fake clock to each next due status change of {@code arn} (applying everything else
   * due on the way, in order) until it is ACTIVE and no update of it is in flight, and returns
   * {@code arn}. A resource without a status (a schema) returns at once.
   *
   * @throws AssertionError naming the resource, its status and failure reason when it ends CREATE
   *     FAILED (or its update does), is deleted, does not exist, or has nothing more due
   */
  public String awaitActive(String arn) {
    ServiceImpl impl = impl(regionOf(arn));
    boolean sawUpdate = false;
    while (true) {
      ResourceRecord r = impl.settledRecord(arn);
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
      moveClockTo(r, status);
    }
  }

  /**
   * Advances the fake clock to each next due status change of {@code arn} until it is gone.
   *
   * @throws AssertionError when it is not being deleted or has nothing more due
   */
  public void awaitDeleted(String arn) {
    ServiceImpl impl = impl(regionOf(arn));
    while (true) {
      ResourceRecord r = impl.settledRecord(arn);
      if (r == null) {
        return;
      }
      String status = Kinds.of(r.type()).status(r.body());
      if (!Status.isDeleting(status)) {
        throw awaitFailure(name(r) + " is " + status + ", not being deleted");
      }
      moveClockTo(r, status);
    }
  }

  private void moveClockTo(ResourceRecord r, @Nullable String status) {
    Instant due = r.nextDue();
    if (due == null) {
      throw awaitFailure(
          name(r)
              + " is "
              + status
              + " and nothing more is due for it (its next step waits for a test control:"
              + " fake.advance(arn) fires it)");
    }
    FakeClock fc = fakeClock();
    if (due.isAfter(fc.peek())) {
      fc.set(due);
    }
  }

  /**
   * Fires status changes until no resource of any region is transitional or deleting and no
   * campaign update is in flight: the fake clock moves to each next due time in turn, and steps
   * that wait for a test control (manual timings) fire at the current time.
   */
  public void settleAll() {
    impl(region);
    while (true) {
      settleEveryRegion();
      Instant next = null;
      for (ServiceImpl impl : services.values()) {
        Instant due = impl.firstDue();
        if (due != null && (next == null || due.isBefore(next))) {
          next = due;
        }
      }
      if (next != null) {
        FakeClock fc = fakeClock();
        if (next.isAfter(fc.peek())) {
          fc.set(next);
        }
        continue;
      }
      ResourceRecord waiting = null;
      for (ServiceImpl impl : services.values()) {
        waiting = impl.firstWaiting();
        if (waiting != null) {
          impl.fireNext(waiting.arn());
          break;
        }
      }
      if (waiting == null) {
        return;
      }
    }
  }

  /** An immutable copy of the whole state, which {@link #restore(FakeSnapshot)} returns to. */
  public FakeSnapshot snapshot() {
    settleEveryRegion();
    Instant at = clock instanceof FakeClock fc ? fc.peek() : clock.instant();
    return storage.read(tx -> new FakeSnapshot(accountId, at, tx.scanAll().toList()));
  }

  /**
   * Returns the fake to the state of {@code snapshot}: every record it holds now is dropped and the
   * snapshot's are put back. The clock does not move; status changes that fell due since the
   * snapshot was taken are applied by the next call.
   */
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

  private AssertionError awaitFailure(String what) {
    Instant now = clock instanceof FakeClock fc ? fc.peek() : clock.instant();
    return new AssertionError(what + " [clock " + now + ", seed " + seed() + "]");
  }

  private String describeState(String arn) {
    ResourceRecord r = impl(regionOf(arn)).settledRecord(arn);
    return r == null ? "it does not exist" : "it is " + Kinds.of(r.type()).status(r.body());
  }

  private static String name(ResourceRecord r) {
    String type = r.type().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    return Character.toUpperCase(type.charAt(0)) + type.substring(1) + " " + r.arn();
  }

  private static @Nullable String member(Object body, String path) {
    JsonNode node = Json.mapper().valueToTree(body);
    for (String part : path.split("\\.")) {
      node = node.path(part);
    }
    return node.isMissingNode() || node.isNull() ? null : node.asText();
  }

  /**
   * Makes the next {@code count} creates of {@code type} in the fake's region end in CREATE FAILED
   * with {@code failureReason}. {@link ResourceType#CAMPAIGN_UPDATE} makes campaign updates fail.
   */
  public void failNext(ResourceType type, String failureReason, long count) {
    faults.failCreates(type, failureReason, count);
  }

  /** Makes the next create of {@code type} end in CREATE FAILED with {@code failureReason}. */
  public void failNext(ResourceType type, String failureReason) {
    failNext(type, failureReason, 1);
  }

  /**
   * Sets what GetSolutionMetrics returns for an existing solution version, instead of the synthetic
   * values.
   */
  public void setMetrics(String solutionVersionArn, Map<String, Double> metrics) {
    impl(regionOf(solutionVersionArn)).setMetrics(solutionVersionArn, metrics);
  }

  static String regionOf(String arn) {
    String[] parts = arn.split(":", 6);
    if (parts.length < 6 || !REGION.matcher(parts[3]).matches()) {
      throw new IllegalArgumentException("not an ARN of a region: " + arn);
    }
    return parts[3];
  }

  /** The fake's clock; a {@link FakeClock} unless the builder was given another clock. */
  public Clock clock() {
    return clock;
  }

  /** The clock as a {@link FakeClock}; fails when the fake was built with another clock. */
  public FakeClock fakeClock() {
    if (clock instanceof FakeClock fc) {
      return fc;
    }
    throw new IllegalStateException(
        "this fake was built with a " + clock.getClass().getName() + ", not a FakeClock");
  }

  public Timings timings() {
    return timings;
  }

  /** The quotas in force. */
  public Quotas quotas() {
    return quotas.current();
  }

  public String accountId() {
    return accountId;
  }

  public String region() {
    return region;
  }

  public String partition() {
    return partition;
  }

  /** The store the fake keeps its state in. */
  public Storage storage() {
    return storage;
  }

  /** Closes the store. */
  @Override
  public void close() {
    storage.close();
  }

  private static Storage defaultStorage() {
    StorageProvider provider = DefaultProvider.INSTANCE;
    if (provider == null) {
      throw new IllegalStateException(
          "no storage given and none on the class path: add personalize-fake-storage-memory");
    }
    return provider.open();
  }

  /** The storage provider of highest priority on the class path, looked up once. */
  private static final class DefaultProvider {
    static final @Nullable StorageProvider INSTANCE =
        ServiceLoader.load(StorageProvider.class).stream()
            .map(ServiceLoader.Provider::get)
            .min(Comparator.comparingInt(StorageProvider::priority))
            .orElse(null);
  }

  /** Configures a fake. Every setting has a default. */
  public static final class Builder {
    private @Nullable Storage storage;
    private @Nullable Clock clock;
    private Timings timings = Timings.instant();
    private Quotas quotas = Quotas.defaults();
    private String accountId = "123456789012";
    private String region = "us-east-1";
    private String partition = "aws";
    private @Nullable Long seed;
    private int journalCapacity = 10_000;

    private Builder() {}

    /** The clock; default {@link FakeClock#following()}, which follows the system time. */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /** The store; default the in-memory store of {@code personalize-fake-storage-memory}. */
    public Builder storage(Storage storage) {
      this.storage = Objects.requireNonNull(storage, "storage");
      return this;
    }

    /** How long resources take; default {@link Timings#instant()}. */
    public Builder timings(Timings timings) {
      this.timings = Objects.requireNonNull(timings, "timings");
      return this;
    }

    /** The quotas; default {@link Quotas#defaults()}. */
    public Builder quotas(Quotas quotas) {
      this.quotas = Objects.requireNonNull(quotas, "quotas");
      return this;
    }

    /** One quota changed, e.g. {@code quota(Quota.CAMPAIGNS, 50)}. */
    public Builder quota(Quotas.Quota quota, long value) {
      this.quotas = quotas.with(quota, value);
      return this;
    }

    /** The 12-digit account id; default {@code 123456789012}. */
    public Builder accountId(String accountId) {
      if (!ACCOUNT.matcher(accountId).matches()) {
        throw new IllegalArgumentException("an account id has 12 digits: " + accountId);
      }
      this.accountId = accountId;
      return this;
    }

    /** The region of {@link PersonalizeFake#service()}; default {@code us-east-1}. */
    public Builder region(String region) {
      if (!REGION.matcher(region).matches()) {
        throw new IllegalArgumentException("not a region name: " + region);
      }
      this.region = region;
      return this;
    }

    /** The seed of generated identifiers; default a random one. */
    public Builder seed(long seed) {
      this.seed = seed;
      return this;
    }

    /** How many of the latest calls the {@link Journal} keeps; default 10,000; 0 keeps none. */
    public Builder journalCapacity(int capacity) {
      if (capacity < 0) {
        throw new IllegalArgumentException("a journal capacity is 0 or more: " + capacity);
      }
      this.journalCapacity = capacity;
      return this;
    }

    public PersonalizeFake build() {
      return new PersonalizeFake(this);
    }
  }
}
