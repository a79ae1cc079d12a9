package io.personalizefake.bench;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import io.personalizefake.FakeClock;
import io.personalizefake.PersonalizeFake;
import io.personalizefake.service.PersonalizeService;
import io.personalizefake.testkit.PersonalizeFakeTest;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.platform.launcher.EngineFilter;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What the JUnit 5 extension costs a test: a class of {@value #TESTS} tests run through the JUnit
 * Platform launcher, with {@code @PersonalizeFakeTest} (a fake per test, its service as a
 * parameter), without any fake (the baseline), and with a fake each test builds by hand. Scores are
 * per test: the time of one run of the class over {@value #TESTS}. The JUnit engine is a lot of
 * code for the JIT, so the warmup is long and two forks are averaged: with less, the baseline
 * itself moved by a factor of five from run to run.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 8, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(
    value = 2,
    jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class ExtensionBenchmark {

  static final int TESTS = 50;

  static volatile Object sink;

  /** Tests that use no fake. */
  public static class PlainTests {
    @RepeatedTest(TESTS)
    void test() {
      sink = this;
    }
  }

  /** Tests that get a fake from the extension. */
  @PersonalizeFakeTest
  public static class ExtensionTests {
    @RepeatedTest(TESTS)
    void test(PersonalizeService personalize) {
      sink = personalize;
    }
  }

  /** Tests that build and close a fake themselves. */
  public static class HandBuiltTests {
    @RepeatedTest(TESTS)
    void test() {
      try (PersonalizeFake fake = PersonalizeFake.builder().clock(FakeClock.frozen()).build()) {
        sink = fake.service();
      }
    }
  }

  private Launcher launcher;
  private LauncherDiscoveryRequest plain;
  private LauncherDiscoveryRequest extension;
  private LauncherDiscoveryRequest handBuilt;

  @Setup
  public void setUp() {
    launcher = LauncherFactory.create();
    plain = request(PlainTests.class);
    extension = request(ExtensionTests.class);
    handBuilt = request(HandBuiltTests.class);
    for (LauncherDiscoveryRequest r :
        new LauncherDiscoveryRequest[] {plain, extension, handBuilt}) {
      TestExecutionSummary s = run(r);
      if (s.getTestsSucceededCount() != TESTS) {
        StringBuilder why = new StringBuilder();
        s.getFailures()
            .forEach(
                f ->
                    why.append(f.getTestIdentifier().getDisplayName())
                        .append(": ")
                        .append(f.getException())
                        .append('\n'));
        throw new IllegalStateException(
            s.getTestsSucceededCount() + " of " + TESTS + " tests passed\n" + why);
      }
    }
  }

  private static LauncherDiscoveryRequest request(Class<?> tests) {
    return LauncherDiscoveryRequestBuilder.request()
        .selectors(selectClass(tests))
        .filters(EngineFilter.includeEngines("junit-jupiter"))
        .build();
  }

  private TestExecutionSummary run(LauncherDiscoveryRequest r) {
    SummaryGeneratingListener listener = new SummaryGeneratingListener();
    launcher.execute(r, listener);
    return listener.getSummary();
  }

  @Benchmark
  @OperationsPerInvocation(TESTS)
  public Object baseline_plainTests() {
    return run(plain);
  }

  @Benchmark
  @OperationsPerInvocation(TESTS)
  public Object extensionTests() {
    return run(extension);
  }

  @Benchmark
  @OperationsPerInvocation(TESTS)
  public Object handBuiltTests() {
    return run(handBuilt);
  }
}
