package io.personalizefake.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.EventConditions.test;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.instanceOf;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import io.personalizefake.FakeClock;
import io.personalizefake.FaultRules;
import io.personalizefake.Journal;
import io.personalizefake.PersonalizeFake;
import io.personalizefake.config.Quotas.Quota;
import io.personalizefake.error.LimitExceededException;
import io.personalizefake.service.PersonalizeService;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Events;

/**
 * Runs small test classes through the JUnit engine and checks what the extension did for them. The
 * classes below are nested, so the build's own test run does not pick them up by themselves.
 */
class ExtensionTest {

  private static Events run(Class<?> testClass, Map<String, String> config) {
    return EngineTestKit.engine("junit-jupiter")
        .configurationParameters(config)
        .selectors(selectClass(testClass))
        .execute()
        .testEvents();
  }

  private static Events run(Class<?> testClass) {
    return run(testClass, Map.of());
  }

  // --- each test its own fake -------------------------------------------------------------

  @PersonalizeFakeTest
  static class OwnFakes {
    static final Set<PersonalizeFake> SEEN = ConcurrentHashMap.newKeySet();

    @Test
    void first(PersonalizeService personalize, PersonalizeFake fake) {
      SEEN.add(fake);
      personalize.createDatasetGroup(b -> b.name("shop")); // the other test makes the same name
    }

    @Test
    void second(PersonalizeService personalize, PersonalizeFake fake) {
      SEEN.add(fake);
      personalize.createDatasetGroup(b -> b.name("shop"));
    }
  }

  @Test
  void each_test_gets_its_own_fake() {
    OwnFakes.SEEN.clear();
    run(OwnFakes.class).assertStatistics(s -> s.succeeded(2).failed(0));
    assertThat(OwnFakes.SEEN).hasSize(2);
  }

  @PersonalizeFakeTest
  static class ManyInParallel {
    @Test
    void a(PersonalizeService p) {
      work(p);
    }

    @Test
    void b(PersonalizeService p) {
      work(p);
    }

    @Test
    void c(PersonalizeService p) {
      work(p);
    }

    @Test
    void d(PersonalizeService p) {
      work(p);
    }

    @Test
    void e(PersonalizeService p) {
      work(p);
    }

    @Test
    void f(PersonalizeService p) {
      work(p);
    }

    static void work(PersonalizeService p) {
      for (int i = 0; i < 50; i++) {
        int n = i;
        p.createDatasetGroup(b -> b.name("group-" + n));
      }
      assertThat(p.listDatasetGroups(b -> b.maxResults(100)).datasetGroups()).hasSize(50);
    }
  }

  @Test
  void tests_running_in_parallel_never_share_a_fake() {
    run(
            ManyInParallel.class,
            Map.of(
                "junit.jupiter.execution.parallel.enabled", "true",
                "junit.jupiter.execution.parallel.mode.default", "concurrent",
                "junit.jupiter.execution.parallel.config.strategy", "fixed",
                "junit.jupiter.execution.parallel.config.fixed.parallelism", "4"))
        .assertStatistics(s -> s.succeeded(6).failed(0));
  }

  // --- one fake per class ------------------------------------------------------------------

  @PersonalizeFakeTest(scope = FakeScope.PER_CLASS)
  @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
  static class SharedFake {
    static String firstGroup;

    @BeforeAll
    static void setUp(PersonalizeService personalize) {
      firstGroup = personalize.createDatasetGroup(b -> b.name("made-before-all")).datasetGroupArn();
    }

    @Test
    @Order(1)
    void first(PersonalizeService personalize, PersonalizeFake fake) {
      personalize.createDatasetGroup(b -> b.name("shop"));
      fake.faults().raise("LimitExceededException").on("CreateSchema").always();
    }

    @Test
    @Order(2)
    void second(PersonalizeService personalize, Journal journal, FaultRules faults) {
      assertThat(personalize.listDatasetGroups(b -> {}).datasetGroups())
          .extracting(g -> g.name())
          .containsExactlyInAnyOrder("shop", "made-before-all");
      assertThat(faults.list()).as("rules are cleared before each test").isEmpty();
      assertThat(journal.entries())
          .extracting(Journal.Entry::operation)
          .containsExactly("ListDatasetGroups");
    }
  }

  @Test
  void per_class_tests_share_one_fake_with_rules_and_journal_cleared_between_tests() {
    run(SharedFake.class).assertStatistics(s -> s.succeeded(2).failed(0));
  }

  @PersonalizeFakeTest
  static class BeforeAllOfPerTest {
    @BeforeAll
    static void setUp(PersonalizeService personalize) {}

    @Test
    void test() {}
  }

  @Test
  void a_per_test_fake_is_not_given_to_before_all() {
    EngineTestKit.engine("junit-jupiter")
        .selectors(selectClass(BeforeAllOfPerTest.class))
        .execute()
        .allEvents()
        .assertThatEvents()
        .haveExactly(
            1,
            finishedWithFailure(
                instanceOf(ParameterResolutionException.class),
                message(m -> m.contains("PER_CLASS"))));
  }

  // --- parameters and attributes -----------------------------------------------------------

  @PersonalizeFakeTest(
      timings = FakeTimings.REALISTIC,
      accountId = "210987654321",
      region = "eu-west-1",
      seed = 77,
      clockStart = "2024-01-02T03:04:05Z")
  static class Configured {
    @Test
    void attributes_shape_the_fake(
        PersonalizeFake fake,
        PersonalizeService personalize,
        FakeClock clock,
        Journal journal,
        FaultRules faults) {
      assertThat(fake.service()).isSameAs(personalize);
      assertThat(fake.fakeClock()).isSameAs(clock);
      assertThat(fake.journal()).isSameAs(journal);
      assertThat(fake.faults()).isSameAs(faults);
      assertThat(fake.seed()).isEqualTo(77);
      assertThat(clock.peek()).isEqualTo(Instant.parse("2024-01-02T03:04:05Z"));
      assertThat(clock.isFrozen()).isTrue();
      String group = personalize.createDatasetGroup(b -> b.name("shop")).datasetGroupArn();
      assertThat(group).isEqualTo("arn:aws:personalize:eu-west-1:210987654321:dataset-group/shop");
      assertThat(
              personalize
                  .describeDatasetGroup(b -> b.datasetGroupArn(group))
                  .datasetGroup()
                  .status())
          .isEqualTo("CREATE PENDING");
      fake.awaitActive(group);
    }
  }

  @Test
  void annotation_attributes_choose_timings_account_region_seed_and_clock() {
    run(Configured.class).assertStatistics(s -> s.succeeded(1).failed(0));
  }

  @PersonalizeFakeTest(timings = FakeTimings.MANUAL)
  static class Manual {
    @Test
    void nothing_moves_by_itself(PersonalizeService personalize, PersonalizeFake fake) {
      String group = personalize.createDatasetGroup(b -> b.name("shop")).datasetGroupArn();
      fake.fakeClock().advance(java.time.Duration.ofDays(1));
      assertThat(
              personalize
                  .describeDatasetGroup(b -> b.datasetGroupArn(group))
                  .datasetGroup()
                  .status())
          .isEqualTo("CREATE PENDING");
    }
  }

  @Test
  void manual_timings_leave_every_change_to_the_test() {
    run(Manual.class).assertStatistics(s -> s.succeeded(1).failed(0));
  }

  // --- failures name the seed --------------------------------------------------------------

  @PersonalizeFakeTest(seed = 4242)
  static class Failing {
    @Test
    void fails(PersonalizeService personalize) {
      personalize.createDatasetGroup(b -> b.name("shop"));
      assertThat(1).isEqualTo(2);
    }
  }

  @Test
  void a_failing_test_reports_the_seed_and_the_last_calls() {
    Events events = run(Failing.class);
    events.assertStatistics(s -> s.failed(1));
    Throwable failure =
        events.failed().stream()
            .findFirst()
            .orElseThrow()
            .getPayload(org.junit.platform.engine.TestExecutionResult.class)
            .orElseThrow()
            .getThrowable()
            .orElseThrow();
    assertThat(failure.getSuppressed())
        .singleElement()
        .satisfies(
            note ->
                assertThat(note.getMessage())
                    .contains("seed 4242L")
                    .contains("CreateDatasetGroup")
                    .contains("\"name\":\"shop\""));
  }

  // --- the programmatic face ---------------------------------------------------------------

  static class Registered {
    @RegisterExtension
    static PersonalizeFakeExtension personalize =
        PersonalizeFakeExtension.builder()
            .timings(FakeTimings.INSTANT)
            .region("ap-southeast-2")
            .seed(5)
            .configure(b -> b.quota(Quota.DATASET_GROUPS, 1))
            .build();

    @Test
    void accessors_give_this_tests_fake(PersonalizeFake injected) {
      assertThat(personalize.fake()).isSameAs(injected);
      assertThat(personalize.service()).isSameAs(injected.service());
      assertThat(personalize.clock()).isSameAs(injected.fakeClock());
      personalize.service().createDatasetGroup(b -> b.name("one"));
      org.assertj.core.api.Assertions.assertThatThrownBy(
              () -> personalize.service().createDatasetGroup(b -> b.name("two")))
          .isInstanceOf(LimitExceededException.class);
      assertThat(personalize.journal().entries()).hasSize(2);
      assertThat(personalize.faults().list()).isEmpty();
    }

    @Test
    void another_test_starts_from_nothing() {
      assertThat(personalize.service().listDatasetGroups(b -> {}).datasetGroups()).isEmpty();
      assertThat(personalize.service().createDatasetGroup(b -> b.name("one")).datasetGroupArn())
          .contains(":ap-southeast-2:");
    }
  }

  @Test
  void a_registered_extension_is_configured_by_its_builder() {
    run(Registered.class).assertStatistics(s -> s.succeeded(2).failed(0));
  }

  static class NoSdk {
    @RegisterExtension
    static PersonalizeFakeExtension personalize = PersonalizeFakeExtension.builder().build();

    @Test
    void asks_for_an_unknown_attachment() {
      personalize.get(List.class);
    }
  }

  @Test
  void asking_for_something_no_module_attaches_names_the_missing_module() {
    run(NoSdk.class)
        .assertThatEvents()
        .haveExactly(
            1, test(finishedWithFailure(message(m -> m.contains("personalize-fake-sdk")))));
  }
}
