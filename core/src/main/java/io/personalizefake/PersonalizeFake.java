package io.personalizefake;

import io.personalizefake.config.Quotas;
import io.personalizefake.config.Quotas.Quota;
import io.personalizefake.config.Timings;
import io.personalizefake.internal.arn.Arns;
import io.personalizefake.internal.ops.CallHooks;
import io.personalizefake.internal.ops.Controls;
import io.personalizefake.internal.ops.Lifecycle;
import io.personalizefake.internal.ops.LiveQuotas;
import io.personalizefake.internal.ops.OpsContext;
import io.personalizefake.internal.ops.ServiceImpl;
import io.personalizefake.internal.store.Ids;
import io.personalizefake.model.ResourceType;
import io.personalizefake.service.PersonalizeService;
import io.personalizefake.spi.Storage;
import io.personalizefake.spi.StorageProvider;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.ServiceLoader;
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
public final class PersonalizeFake implements FakeAdmin, AutoCloseable {

  private static final Pattern ACCOUNT = Pattern.compile("\\d{12}");

  private final Storage storage;
  private final Clock clock;
  private final Timings timings;
  private final String partition;
  private final long requestIdSeed;
  private final AtomicLong requests = new AtomicLong();
  private final Regions regions;
  private final LocalAdmin admin;
  private final FaultRules faultRules = new FaultRules(this);
  private final Journal journalView = new Journal(this);

  private PersonalizeFake(Builder b) {
    this.storage = b.storage != null ? b.storage : defaultStorage();
    this.clock = b.clock != null ? b.clock : FakeClock.following();
    this.timings = b.timings;
    this.partition = b.partition;
    LiveQuotas quotas = new LiveQuotas(b.quotas);
    // a seed only has to differ between fakes, not to be secret: a SecureRandom costs milliseconds
    long seed = b.seed != null ? b.seed : ThreadLocalRandom.current().nextLong();
    Ids ids = new Ids(seed);
    this.requestIdSeed = ~seed;
    JournalRecorder journal = new JournalRecorder(clock, b.journalCapacity);
    // the regions and the fault rules need each other: rules are kept per region, and a region's
    // calls run the rules' hooks
    FaultEngine[] faults = new FaultEngine[1];
    this.regions =
        new Regions(
            r -> {
              OpsContext ctx =
                  new OpsContext(partition, b.accountId, r, new Lifecycle(timings), quotas, ids);
              return new Regions.Plane(
                  new ServiceImpl(storage, clock, ctx, hooks(faults[0].hooks(), journal.hooks())),
                  new Controls(storage, clock, ctx));
            });
    faults[0] = new FaultEngine(storage, b.accountId, r -> regions.of(r).controls());
    this.admin =
        new LocalAdmin(
            storage, clock, b.accountId, b.region, ids, quotas, regions, faults[0], journal);
  }

  private static CallHooks hooks(CallHooks inject, CallHooks record) {
    return new CallHooks() {
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
    return service(admin.region());
  }

  /** The control plane in {@code region} of the same account; regions do not see each other. */
  public PersonalizeService service(String region) {
    return regions.of(region).service();
  }

  /** Whether {@code name} is a region's name (letters, dashes, a number: {@code us-gov-west-1}). */
  public static boolean isRegionName(String name) {
    return Arns.isRegionName(name);
  }

  /** Applies every status change that is due at the clock's current time, in the fake's region. */
  public void settle() {
    regions.of(admin.region()).controls().settle();
  }

  /**
   * The id of the next request the wire protocol answers ({@code x-amzn-RequestId}): a UUID drawn
   * from the builder's seed and a count of this fake's requests, so that a run repeated with its
   * seed sees the same ids, and cheaper than a random UUID.
   */
  public String nextRequestId() {
    return Ids.uuid(requestIdSeed, requests.getAndIncrement());
  }

  // --- FakeAdmin, in process

  /** The faults injected into this fake; the same view on every call. */
  @Override
  public FaultRules faults() {
    return faultRules;
  }

  /** Every call this fake answered; the same view on every call. */
  @Override
  public Journal journal() {
    return journalView;
  }

  @Override
  public String accountId() {
    return admin.accountId();
  }

  @Override
  public String region() {
    return admin.region();
  }

  @Override
  public long seed() {
    return admin.seed();
  }

  @Override
  public ClockState clockState() {
    return admin.clockState();
  }

  @Override
  public void advance(Duration amount) {
    admin.advance(amount);
  }

  @Override
  public void setClock(Instant instant) {
    admin.setClock(instant);
  }

  @Override
  public void settleEveryRegion() {
    admin.settleEveryRegion();
  }

  @Override
  public void settleAll() {
    admin.settleAll();
  }

  @Override
  public String awaitActive(String arn) {
    return admin.awaitActive(arn);
  }

  @Override
  public void awaitDeleted(String arn) {
    admin.awaitDeleted(arn);
  }

  @Override
  public void advance(String arn) {
    admin.advance(arn);
  }

  @Override
  public FaultRule failCreates(String region, ResourceType type, String reason, long times) {
    return admin.failCreates(region, type, reason, times);
  }

  @Override
  public FaultRule failCreateOf(String arn, String failureReason) {
    return admin.failCreateOf(arn, failureReason);
  }

  @Override
  public FaultRule addOperationError(OperationError error) {
    return admin.addOperationError(error);
  }

  @Override
  public List<FaultRule> faultRules() {
    return admin.faultRules();
  }

  @Override
  public boolean removeFaultRule(String id) {
    return admin.removeFaultRule(id);
  }

  @Override
  public void clearFaultRules() {
    admin.clearFaultRules();
  }

  @Override
  public Quotas quotas() {
    return admin.quotas();
  }

  @Override
  public void quota(Quota quota, long value) {
    admin.quota(quota, value);
  }

  @Override
  public void setMetrics(String solutionVersionArn, Map<String, Double> metrics) {
    admin.setMetrics(solutionVersionArn, metrics);
  }

  @Override
  public List<Journal.Entry> journalEntries() {
    return admin.journalEntries();
  }

  @Override
  public void clearJournal() {
    admin.clearJournal();
  }

  @Override
  public FakeSnapshot snapshot() {
    return admin.snapshot();
  }

  @Override
  public void restore(FakeSnapshot snapshot) {
    admin.restore(snapshot);
  }

  @Override
  public void reset() {
    admin.reset();
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
      this.region = Regions.requireName(region);
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
