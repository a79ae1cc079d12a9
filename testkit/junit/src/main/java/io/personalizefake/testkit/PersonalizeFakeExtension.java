package io.personalizefake.testkit;

import io.personalizefake.FakeAdmin;
import io.personalizefake.FakeClock;
import io.personalizefake.FaultRules;
import io.personalizefake.Journal;
import io.personalizefake.PersonalizeFake;
import io.personalizefake.config.Timings;
import io.personalizefake.service.PersonalizeService;
import io.personalizefake.spi.Storage;
import io.personalizefake.spi.StorageProvider;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Parameter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * The JUnit 5 extension behind {@link PersonalizeFakeTest}, and its programmatic face:
 *
 * <pre>{@code
 * @RegisterExtension
 * static PersonalizeFakeExtension personalize =
 *     PersonalizeFakeExtension.builder().timings(FakeTimings.REALISTIC).region("eu-west-1").build();
 *
 * @Test
 * void lists_groups() {
 *   personalize.service().createDatasetGroup(b -> b.name("shop"));
 *   ...
 * }
 * }</pre>
 *
 * Fakes live in JUnit's {@link ExtensionContext.Store}, one per test (or per class), so tests
 * running in parallel never share one. The accessors of a registered extension ({@link #fake()},
 * {@link #service()}, ...) return the fake of the test running on the calling thread; parameters
 * work the same and are the safer choice under parallel execution.
 */
public final class PersonalizeFakeExtension
    implements BeforeAllCallback,
        BeforeEachCallback,
        AfterEachCallback,
        ParameterResolver,
        TestExecutionExceptionHandler {

  private static final Namespace NAMESPACE = Namespace.create(PersonalizeFakeExtension.class);
  private static final String HANDLE = "fake";
  private static final List<Class<?>> CORE_TYPES =
      List.of(
          PersonalizeFake.class,
          FakeAdmin.class,
          PersonalizeService.class,
          FakeClock.class,
          Journal.class,
          FaultRules.class);

  /** The configuration of each annotated test class, read once per class. */
  private static final ClassValue<Config> ANNOTATED =
      new ClassValue<>() {
        @Override
        protected Config computeValue(Class<?> testClass) {
          return annotated(testClass);
        }
      };

  private final @Nullable Config programmatic;
  private final ThreadLocal<@Nullable Handle> current = new ThreadLocal<>();
  private volatile @Nullable Handle lastShared;

  /** The extension as {@link PersonalizeFakeTest} registers it: configured by the annotation. */
  public PersonalizeFakeExtension() {
    this.programmatic = null;
  }

  private PersonalizeFakeExtension(Config config) {
    this.programmatic = config;
  }

  /** Configures an extension for {@code @RegisterExtension}. */
  public static Builder builder() {
    return new Builder();
  }

  // --- accessors of a registered extension -------------------------------------------------

  /** The fake of the test running on this thread. */
  public PersonalizeFake fake() {
    return handle().fake;
  }

  /** The fake's {@link PersonalizeService} in its region. */
  public PersonalizeService service() {
    return fake().service();
  }

  /** The fake's frozen clock. */
  public FakeClock clock() {
    return fake().fakeClock();
  }

  /** The calls the fake answered. */
  public Journal journal() {
    return fake().journal();
  }

  /** The faults injected into the fake. */
  public FaultRules faults() {
    return fake().faults();
  }

  /**
   * Something attached to the fake by another module, made on first use: e.g. {@code
   * get(PersonalizeClient.class)} with {@code personalize-fake-sdk}, {@code get(URI.class)} with
   * {@code personalize-fake-server}.
   */
  public <T> T get(Class<T> type) {
    return type.cast(handle().get(type));
  }

  private Handle handle() {
    Handle h = current.get();
    if (h == null) {
      h = lastShared;
    }
    if (h == null) {
      throw new IllegalStateException("no test of this extension is running on this thread");
    }
    return h;
  }

  // --- callbacks ---------------------------------------------------------------------------

  @Override
  public void beforeAll(ExtensionContext context) {
    if (config(context).scope() == FakeScope.PER_CLASS) {
      lastShared = classHandle(context);
    }
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    Handle h = testHandle(context);
    if (config(context).scope() == FakeScope.PER_CLASS) {
      h.fake.faults().clear();
      h.fake.journal().clear();
      lastShared = h;
    }
    current.set(h);
  }

  @Override
  public void afterEach(ExtensionContext context) {
    current.remove();
  }

  @Override
  public void handleTestExecutionException(ExtensionContext context, Throwable failure)
      throws Throwable {
    Handle h = existingHandle(context);
    if (h != null) {
      failure.addSuppressed(new FakeStateReport(h.describe()));
    }
    throw failure;
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    Class<?> type = parameter.getParameter().getType();
    return CORE_TYPES.contains(type) || Attachments.provider(type) != null;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    Parameter p = parameter.getParameter();
    Handle h;
    if (context.getTestMethod().isPresent() || config(context).scope() == FakeScope.PER_CLASS) {
      h = testHandle(context);
    } else {
      throw new ParameterResolutionException(
          "each test has its own fake: ask for "
              + p.getType().getSimpleName()
              + " in a test or @BeforeEach method, or use scope = FakeScope.PER_CLASS to share one fake");
    }
    try {
      return h.get(p.getType());
    } catch (RuntimeException e) {
      throw new ParameterResolutionException(
          "cannot make a " + p.getType().getName() + " for the fake: " + e.getMessage(), e);
    }
  }

  // --- handles -----------------------------------------------------------------------------

  private Handle testHandle(ExtensionContext context) {
    if (config(context).scope() == FakeScope.PER_CLASS) {
      return classHandle(context);
    }
    return context
        .getStore(NAMESPACE)
        .getOrComputeIfAbsent(HANDLE, k -> new Handle(config(context)), Handle.class);
  }

  private Handle classHandle(ExtensionContext context) {
    ExtensionContext classContext = context;
    while (classContext.getTestMethod().isPresent() && classContext.getParent().isPresent()) {
      classContext = classContext.getParent().get();
    }
    Config config = config(context);
    return classContext
        .getStore(NAMESPACE)
        .getOrComputeIfAbsent(HANDLE, k -> new Handle(config), Handle.class);
  }

  private @Nullable Handle existingHandle(ExtensionContext context) {
    for (ExtensionContext c = context; c != null; c = c.getParent().orElse(null)) {
      Handle h = c.getStore(NAMESPACE).get(HANDLE, Handle.class);
      if (h != null) {
        return h;
      }
    }
    return null;
  }

  private Config config(ExtensionContext context) {
    if (programmatic != null) {
      return programmatic;
    }
    Class<?> testClass = context.getTestClass().orElse(null);
    return testClass == null ? new Builder().config() : ANNOTATED.get(testClass);
  }

  private static Config annotated(Class<?> testClass) {
    for (Class<?> c = testClass; c != null; c = c.getEnclosingClass()) {
      Optional<PersonalizeFakeTest> a =
          AnnotationSupport.findAnnotation(c, PersonalizeFakeTest.class);
      if (a.isPresent()) {
        return Config.of(a.get());
      }
    }
    return new Builder().config();
  }

  /** One fake with what was attached to it; closed by JUnit when its context ends. */
  private static final class Handle implements ExtensionContext.Store.CloseableResource {
    final PersonalizeFake fake;
    final @Nullable Path folder;
    private final Map<Class<?>, Object> made = new LinkedHashMap<>();

    Handle(Config config) {
      FakeClock clock =
          config.clockStart() != null
              ? FakeClock.frozenAt(config.clockStart())
              : FakeClock.frozen();
      this.folder = config.storage() == FakeStorage.MEMORY ? null : tempFolder();
      Storage storage = openStorage(config.storage(), folder);
      PersonalizeFake.Builder b =
          PersonalizeFake.builder()
              .clock(clock)
              .storage(storage)
              .timings(config.timings())
              .accountId(config.accountId())
              .region(config.region())
              .seed(config.seed() != null ? config.seed() : ThreadLocalRandom.current().nextLong());
      config.customizer().accept(b);
      this.fake = b.build();
    }

    synchronized Object get(Class<?> type) {
      if (type == PersonalizeFake.class || type == FakeAdmin.class) {
        return fake;
      }
      if (type == PersonalizeService.class) {
        return fake.service();
      }
      if (type == FakeClock.class) {
        return fake.fakeClock();
      }
      if (type == Journal.class) {
        return fake.journal();
      }
      if (type == FaultRules.class) {
        return fake.faults();
      }
      Object existing = made.get(type);
      if (existing != null) {
        return existing;
      }
      FakeAttachment provider = Attachments.provider(type);
      if (provider == null) {
        throw new IllegalArgumentException(
            "nothing on the class path attaches a "
                + type.getName()
                + " to a fake (PersonalizeClient needs personalize-fake-sdk, URI and PersonalizeFakeServer need personalize-fake-server)");
      }
      Object made = provider.create(type, fake, this::get);
      this.made.put(type, made);
      return made;
    }

    String describe() {
      StringBuilder s =
          new StringBuilder("personalize-fake: seed ")
              .append(fake.seed())
              .append("L (replay with seed = ")
              .append(fake.seed())
              .append("L), clock at ")
              .append(fake.fakeClock().peek());
      List<Journal.Entry> calls = fake.journal().entries();
      if (!calls.isEmpty()) {
        s.append(", last calls:");
        calls
            .subList(Math.max(0, calls.size() - 5), calls.size())
            .forEach(e -> s.append("\n  ").append(e));
      }
      return s.toString();
    }

    @Override
    public synchronized void close() throws Exception {
      List<Object> closing = new ArrayList<>(made.values());
      java.util.Collections.reverse(closing);
      Exception first = null;
      for (Object o : closing) {
        if (o instanceof AutoCloseable c) {
          try {
            c.close();
          } catch (Exception e) {
            first = first == null ? e : first;
          }
        }
      }
      made.clear();
      fake.close();
      if (folder != null) {
        deleteRecursively(folder);
      }
      if (first != null) {
        throw first;
      }
    }

    private static Path tempFolder() {
      try {
        return Files.createTempDirectory("personalize-fake-");
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    private static Storage openStorage(FakeStorage kind, @Nullable Path folder) {
      StorageProvider provider =
          Providers.ALL.stream()
              .filter(p -> p.name().equals(kind.providerName()))
              .findFirst()
              .orElseThrow(
                  () ->
                      new IllegalStateException(
                          "storage = "
                              + kind
                              + " needs personalize-fake-storage-"
                              + kind.providerName()
                              + " on the test class path"));
      return folder == null ? provider.open() : provider.open(folder);
    }

    private static void deleteRecursively(Path folder) throws IOException {
      if (!Files.exists(folder)) {
        return;
      }
      try (Stream<Path> paths = Files.walk(folder)) {
        for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
          Files.deleteIfExists(p);
        }
      }
    }
  }

  /** The attachments other modules offer, found once. */
  /** The storage providers on the class path, looked up once. */
  private static final class Providers {
    private static final List<StorageProvider> ALL =
        ServiceLoader.load(StorageProvider.class).stream()
            .map(ServiceLoader.Provider::get)
            .toList();
  }

  private static final class Attachments {
    private static final List<FakeAttachment> ALL =
        ServiceLoader.load(FakeAttachment.class).stream().map(ServiceLoader.Provider::get).toList();

    static @Nullable FakeAttachment provider(Class<?> type) {
      for (FakeAttachment a : ALL) {
        if (a.types().contains(type)) {
          return a;
        }
      }
      return null;
    }
  }

  /** Added to a failing test's exception: what is needed to replay it. */
  static final class FakeStateReport extends RuntimeException {
    FakeStateReport(String message) {
      super(message, null, false, false);
    }
  }

  private record Config(
      Timings timings,
      FakeStorage storage,
      FakeScope scope,
      String accountId,
      String region,
      @Nullable Long seed,
      @Nullable Instant clockStart,
      Consumer<PersonalizeFake.Builder> customizer) {

    static Config of(PersonalizeFakeTest a) {
      return new Config(
          a.timings().timings(),
          a.storage(),
          a.scope(),
          a.accountId(),
          a.region(),
          a.seed() == PersonalizeFakeTest.RANDOM_SEED ? null : a.seed(),
          a.clockStart().isEmpty() ? null : Instant.parse(a.clockStart()),
          b -> {});
    }
  }

  /** Settings of a registered extension; each has the annotation's default. */
  public static final class Builder {
    private Timings timings = Timings.instant();
    private FakeStorage storage = FakeStorage.MEMORY;
    private FakeScope scope = FakeScope.PER_TEST;
    private String accountId = "123456789012";
    private String region = "us-east-1";
    private @Nullable Long seed;
    private @Nullable Instant clockStart;
    private Consumer<PersonalizeFake.Builder> customizer = b -> {};

    private Builder() {}

    public Builder timings(FakeTimings preset) {
      this.timings = preset.timings();
      return this;
    }

    /**
     * Any timings, e.g. {@code Timings.realistic().with(ResourceType.CAMPAIGN,
     * Duration.ofMinutes(1))}.
     */
    public Builder timings(Timings timings) {
      this.timings = Objects.requireNonNull(timings, "timings");
      return this;
    }

    public Builder storage(FakeStorage storage) {
      this.storage = Objects.requireNonNull(storage, "storage");
      return this;
    }

    public Builder scope(FakeScope scope) {
      this.scope = Objects.requireNonNull(scope, "scope");
      return this;
    }

    public Builder accountId(String accountId) {
      this.accountId = Objects.requireNonNull(accountId, "accountId");
      return this;
    }

    public Builder region(String region) {
      this.region = Objects.requireNonNull(region, "region");
      return this;
    }

    public Builder seed(long seed) {
      this.seed = seed;
      return this;
    }

    public Builder clockStart(Instant start) {
      this.clockStart = Objects.requireNonNull(start, "start");
      return this;
    }

    /** Anything else the fake's builder offers, e.g. {@code b -> b.quota(Quota.CAMPAIGNS, 1)}. */
    public Builder configure(Consumer<PersonalizeFake.Builder> customizer) {
      this.customizer = this.customizer.andThen(Objects.requireNonNull(customizer, "customizer"));
      return this;
    }

    private Config config() {
      return new Config(timings, storage, scope, accountId, region, seed, clockStart, customizer);
    }

    public PersonalizeFakeExtension build() {
      return new PersonalizeFakeExtension(config());
    }
  }
}
