package io.personalizefake;

import io.personalizefake.internal.lifecycle.Lifecycle;
import io.personalizefake.internal.ops.OpsContext;
import io.personalizefake.internal.ops.ServiceImpl;
import io.personalizefake.internal.store.Ids;
import io.personalizefake.service.PersonalizeService;
import io.personalizefake.spi.Storage;
import io.personalizefake.spi.StorageProvider;
import io.personalizefake.spi.StoredRecord;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Comparator;
import java.util.Map;
import java.util.Objects;
import java.util.ServiceLoader;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
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
  private final Quotas quotas;
  private final String accountId;
  private final String region;
  private final String partition;
  private final Ids ids;
  private final ConcurrentMap<String, ServiceImpl> services = new ConcurrentHashMap<>();

  private PersonalizeFake(Builder b) {
    this.storage = b.storage != null ? b.storage : defaultStorage();
    this.clock = b.clock != null ? b.clock : FakeClock.following();
    this.timings = b.timings;
    this.quotas = b.quotas;
    this.accountId = b.accountId;
    this.region = b.region;
    this.partition = b.partition;
    this.ids = new Ids(b.seed != null ? b.seed : new SecureRandom().nextLong());
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

  private ServiceImpl impl(String region) {
    if (!REGION.matcher(region).matches()) {
      throw new IllegalArgumentException("not a region name: " + region);
    }
    return services.computeIfAbsent(
        region,
        r -> new ServiceImpl(storage, clock, new OpsContext(partition, accountId, r, new Lifecycle(timings), quotas, ids)));
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
   * Drops every resource, injected fault and counter of every region; the configuration (clock,
   * timings, quotas, account, region, seed) stays.
   */
  public void reset() {
    storage.write(
        tx -> {
          tx.scanAll().map(StoredRecord::key).toList().forEach(tx::delete);
          return null;
        });
  }

  /**
   * Makes the next {@code count} creates of {@code type} in the fake's region end in CREATE FAILED
   * with {@code failureReason}. {@link ResourceType#CAMPAIGN_UPDATE} makes campaign updates fail.
   */
  public void failNext(ResourceType type, String failureReason, long count) {
    if (count < 1) {
      throw new IllegalArgumentException("count must be at least 1: " + count);
    }
    ServiceImpl impl = impl(region);
    storage.write(
        tx -> {
          impl.context().faults().failNext(tx, type, failureReason, count);
          return null;
        });
  }

  /** Makes the next create of {@code type} end in CREATE FAILED with {@code failureReason}. */
  public void failNext(ResourceType type, String failureReason) {
    failNext(type, failureReason, 1);
  }

  /**
   * Sets what GetSolutionMetrics returns for an existing solution version, instead of the
   * synthetic values.
   */
  public void setMetrics(String solutionVersionArn, Map<String, Double> metrics) {
    impl(regionOf(solutionVersionArn)).setMetrics(solutionVersionArn, metrics);
  }

  private String regionOf(String arn) {
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
    throw new IllegalStateException("this fake was built with a " + clock.getClass().getName() + ", not a FakeClock");
  }

  public Timings timings() {
    return timings;
  }

  public Quotas quotas() {
    return quotas;
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
    return ServiceLoader.load(StorageProvider.class).stream()
        .map(ServiceLoader.Provider::get)
        .min(Comparator.comparingInt(StorageProvider::priority))
        .orElseThrow(
            () ->
                new IllegalStateException(
                    "no storage given and none on the class path: add personalize-fake-storage-memory"))
        .open();
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

    public PersonalizeFake build() {
      return new PersonalizeFake(this);
    }
  }
}
