package io.personalizefake.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.personalizefake.FakeAdmin;
import io.personalizefake.FakeClock;
import io.personalizefake.FakeSnapshot;
import io.personalizefake.FaultRule;
import io.personalizefake.Journal;
import io.personalizefake.PersonalizeFake;
import io.personalizefake.config.Quotas.Quota;
import io.personalizefake.config.Timings;
import io.personalizefake.error.LimitExceededException;
import io.personalizefake.error.PersonalizeFakeException;
import io.personalizefake.error.ResourceNotFoundException;
import io.personalizefake.model.CreateDatasetGroupRequest;
import io.personalizefake.model.ResourceType;
import io.personalizefake.service.PersonalizeService;
import io.personalizefake.spi.RecordSerializer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link FakeAdmin} must do, as tests: the fake in process, the control endpoint's
 * routes, and a client of a server in another process each pass the same suite. A subclass says how
 * to reach a fake's controls; the suite builds the fake, makes resources through its {@link
 * PersonalizeService} and drives it only through the {@link FakeAdmin} it is given.
 */
public abstract class FakeAdminContract {

  /** The clock's start in every fake of the suite. */
  protected static final Instant START = Instant.parse("2024-03-01T10:00:00Z");

  private final List<AutoCloseable> opened = new ArrayList<>();
  private PersonalizeFake fake;
  private PersonalizeService personalize;

  /**
   * The controls of {@code fake} as this implementation reaches them. Whatever it starts and is
   * {@link AutoCloseable}, give it to {@link #closeAfter}.
   */
  protected abstract FakeAdmin controlsOf(PersonalizeFake fake);

  /** Closes {@code resource} when the test ends. */
  protected final <T extends AutoCloseable> T closeAfter(T resource) {
    opened.add(resource);
    return resource;
  }

  @AfterEach
  void closeAll() throws Exception {
    for (int i = opened.size() - 1; i >= 0; i--) {
      opened.get(i).close();
    }
    if (fake != null) {
      fake.close();
    }
  }

  private FakeAdmin start(Timings timings) {
    fake =
        PersonalizeFake.builder()
            .clock(FakeClock.frozenAt(START))
            .timings(timings)
            .accountId("210987654321")
            .region("eu-west-1")
            .seed(99)
            .build();
    personalize = fake.service();
    return controlsOf(fake);
  }

  private String group(String name) {
    return personalize.createDatasetGroup(b -> b.name(name)).datasetGroupArn();
  }

  private String status(String groupArn) {
    return personalize
        .describeDatasetGroup(b -> b.datasetGroupArn(groupArn))
        .datasetGroup()
        .status();
  }

  @Test
  void it_names_the_fakes_account_region_and_seed() {
    FakeAdmin admin = start(Timings.instant());
    assertEquals("210987654321", admin.accountId());
    assertEquals("eu-west-1", admin.region());
    assertEquals(99, admin.seed());
  }

  @Test
  void the_clock_is_read_advanced_and_set_but_never_moved_back() {
    FakeAdmin admin = start(Timings.instant());
    assertEquals(START, admin.clockState().now());
    assertTrue(admin.clockState().frozen());
    admin.advance(Duration.ofMillis(90_500));
    assertEquals(START.plusMillis(90_500), admin.clockState().now());
    admin.setClock(START.plusSeconds(3600));
    assertEquals(START.plusSeconds(3600), fake.fakeClock().peek());
    assertThrows(IllegalArgumentException.class, () -> admin.setClock(START));
    assertThrows(IllegalArgumentException.class, () -> admin.advance(Duration.ofSeconds(-1)));
  }

  @Test
  void settle_applies_due_changes_of_every_region_before_any_other_call() {
    FakeAdmin admin = start(Timings.realistic());
    String group = group("shop");
    String other =
        fake.service("us-west-2").createDatasetGroup(b -> b.name("other")).datasetGroupArn();
    admin.advance(Duration.ofSeconds(20));
    assertEquals(2, storedWithStatus("CREATE PENDING"), "nothing settles by itself");
    admin.settleEveryRegion();
    assertEquals(0, storedWithStatus("CREATE PENDING"));
    assertEquals(2, storedWithStatus("ACTIVE"));
    assertEquals("ACTIVE", status(group));
    assertEquals(
        "ACTIVE",
        fake.service("us-west-2")
            .describeDatasetGroup(b -> b.datasetGroupArn(other))
            .datasetGroup()
            .status());
  }

  /**
   * How many stored records hold {@code status}, read from the store without a call that would
   * settle first: each record as the store's serializer writes it (JSON with the Describe shape).
   */
  private long storedWithStatus(String status) {
    RecordSerializer serializer = RecordSerializer.standard();
    String member = "\"status\":\"" + status + "\"";
    return fake.storage()
        .read(
            tx ->
                tx.scanAll()
                    .map(r -> new String(serializer.encode(r), StandardCharsets.UTF_8))
                    .filter(json -> json.contains(member))
                    .count());
  }

  @Test
  void settle_all_moves_the_clock_until_nothing_is_in_flight() {
    FakeAdmin admin = start(Timings.realistic());
    String group = group("shop");
    admin.settleAll();
    assertEquals("ACTIVE", status(group));
    assertEquals(START.plusSeconds(20), admin.clockState().now());
  }

  @Test
  void await_active_moves_the_clock_until_the_resource_is_active() {
    FakeAdmin admin = start(Timings.realistic());
    String group = group("shop");
    assertEquals(group, admin.awaitActive(group));
    assertEquals("ACTIVE", status(group));
    assertEquals(START.plusSeconds(20), admin.clockState().now());
  }

  @Test
  void await_active_fails_with_the_reason_when_the_resource_fails() {
    FakeAdmin admin = start(Timings.realistic());
    admin.failNext(ResourceType.DATASET_GROUP, "no capacity");
    String group = group("shop");
    AssertionError e = assertThrows(AssertionError.class, () -> admin.awaitActive(group));
    assertTrue(e.getMessage().contains("no capacity"), e.getMessage());
    assertThrows(
        AssertionError.class,
        () -> admin.awaitActive("arn:aws:personalize:eu-west-1:210987654321:dataset-group/none"));
  }

  @Test
  void await_deleted_moves_the_clock_until_the_resource_is_gone() {
    FakeAdmin admin = start(Timings.realistic());
    String group = admin.awaitActive(group("shop"));
    assertThrows(AssertionError.class, () -> admin.awaitDeleted(group));
    personalize.deleteDatasetGroup(b -> b.datasetGroupArn(group));
    admin.awaitDeleted(group);
    assertThrows(ResourceNotFoundException.class, () -> status(group));
  }

  @Test
  void advance_of_an_arn_fires_its_next_step_whatever_its_due_time() {
    FakeAdmin admin = start(Timings.manual());
    String group = group("shop");
    admin.advance(group);
    assertEquals("CREATE IN_PROGRESS", status(group));
    admin.advance(group);
    assertEquals("ACTIVE", status(group));
    assertThrows(IllegalStateException.class, () -> admin.advance(group));
    assertEquals(START, admin.clockState().now());
  }

  @Test
  void creates_of_a_type_fail_as_many_times_as_the_rule_says() {
    FakeAdmin admin = start(Timings.instant());
    FaultRule rule = admin.faults().failCreates(ResourceType.DATASET_GROUP, "quota of the day", 1);
    assertEquals(FaultRule.Kind.CREATE_FAILURE, rule.kind());
    assertEquals(1, rule.remaining());
    assertEquals(List.of(rule.id()), admin.faultRules().stream().map(FaultRule::id).toList());
    String failed = group("first");
    String fine = group("second");
    assertEquals("CREATE FAILED", status(failed));
    assertEquals("ACTIVE", status(fine));
  }

  @Test
  void the_create_of_one_named_resource_fails() {
    FakeAdmin admin = start(Timings.instant());
    admin.fail("arn:aws:personalize:eu-west-1:210987654321:dataset-group/doomed", "named");
    assertEquals("ACTIVE", status(group("fine")));
    assertEquals("CREATE FAILED", status(group("doomed")));
    assertThrows(
        IllegalStateException.class,
        () -> admin.failCreateOf(group("settled"), "too late: it is ACTIVE"));
  }

  @Test
  void an_operation_error_fails_the_calls_the_rule_names_and_changes_nothing() {
    FakeAdmin admin = start(Timings.instant());
    FaultRule rule = admin.faults().raise("LimitExceededException").on("createDatasetGroup").once();
    assertEquals(FaultRule.Kind.OPERATION_ERROR, rule.kind());
    assertEquals("CreateDatasetGroup", rule.target());
    assertThrows(LimitExceededException.class, () -> group("shop"));
    assertTrue(personalize.listDatasetGroups(b -> {}).datasetGroups().isEmpty());
    group("shop");

    admin.faults().raise("ThrottlingException").on("ListRecipes").everyNthCall(2);
    personalize.listRecipes(b -> {});
    PersonalizeFakeException throttled =
        assertThrows(PersonalizeFakeException.class, () -> personalize.listRecipes(b -> {}));
    assertEquals("ThrottlingException", throttled.errorCode());
    FaultRule always =
        admin.faults().raise("InternalFailure").on("ListSolutions").withMessage("down").always();
    assertTrue(always.unlimited());
    assertThrows(PersonalizeFakeException.class, () -> personalize.listSolutions(b -> {}));

    assertThrows(
        IllegalArgumentException.class,
        () -> admin.faults().raise("Throttling").on("NoSuchOperation"));
    assertThrows(IllegalArgumentException.class, () -> admin.faults().raise("not a code!"));
  }

  @Test
  void rules_are_listed_removed_by_id_and_cleared() {
    FakeAdmin admin = start(Timings.instant());
    FaultRule create = admin.faults().failCreates(ResourceType.SOLUTION, "x", 2);
    FaultRule error = admin.faults().raise("ThrottlingException").on("ListRecipes").times(3);
    assertEquals(List.of(create, error), admin.faultRules());
    assertTrue(admin.removeFaultRule(error.id()));
    assertFalse(admin.removeFaultRule(error.id()));
    assertFalse(admin.removeFaultRule("no-such-rule"));
    assertEquals(List.of(create), admin.faultRules());
    admin.faults().raise("ThrottlingException").on("ListRecipes").always();
    admin.clearFaultRules();
    assertTrue(admin.faultRules().isEmpty());
    personalize.listRecipes(b -> {});
  }

  @Test
  void a_quota_changes_while_the_fake_runs() {
    FakeAdmin admin = start(Timings.instant());
    admin.quota(Quota.DATASET_GROUPS, 1);
    assertEquals(1, admin.quotas().get(Quota.DATASET_GROUPS));
    group("one");
    assertThrows(LimitExceededException.class, () -> group("two"));
    assertThrows(IllegalArgumentException.class, () -> admin.quota(Quota.DATASET_GROUPS, -1));
  }

  @Test
  void metrics_set_for_a_solution_version_are_what_get_solution_metrics_returns() {
    FakeAdmin admin = start(Timings.instant());
    String version = trainedVersion();
    admin.setMetrics(version, Map.of("coverage", 0.25, "precision_at_25", 0.5));
    assertEquals(
        Map.of("coverage", 0.25, "precision_at_25", 0.5),
        personalize.getSolutionMetrics(b -> b.solutionVersionArn(version)).metrics());
    assertThrows(
        ResourceNotFoundException.class,
        () ->
            admin.setMetrics(
                "arn:aws:personalize:eu-west-1:210987654321:solution/none/0a1b2c3d",
                Map.of("coverage", 1.0)));
  }

  @Test
  void the_journal_holds_every_call_with_its_typed_request_and_outcome() {
    FakeAdmin admin = start(Timings.instant());
    String group = group("shop");
    assertThrows(
        ResourceNotFoundException.class,
        () -> personalize.describeDatasetGroup(b -> b.datasetGroupArn(group + "x")));
    List<Journal.Entry> entries = admin.journalEntries();
    assertEquals(
        List.of("CreateDatasetGroup", "DescribeDatasetGroup"),
        entries.stream().map(Journal.Entry::operation).toList());
    assertEquals("eu-west-1", entries.get(0).region());
    assertTrue(entries.get(0).succeeded());
    assertEquals("ResourceNotFoundException", entries.get(1).errorCode());
    assertEquals(
        List.of("shop"),
        admin.journal().requests(CreateDatasetGroupRequest.class).stream()
            .map(CreateDatasetGroupRequest::name)
            .toList());
    assertEquals(1, admin.journal().find("CreateDatasetGroup", "name", "shop").size());
    admin.clearJournal();
    assertTrue(admin.journal().entries().isEmpty());
  }

  @Test
  void a_snapshot_restores_the_state_it_was_taken_in() {
    FakeAdmin admin = start(Timings.realistic());
    String kept = group("kept");
    admin.advance(Duration.ofSeconds(20));
    FakeSnapshot snapshot = admin.snapshot();
    assertEquals("ACTIVE", snapshot.resource(kept).orElseThrow().status());
    assertEquals(START.plusSeconds(20), snapshot.takenAt());
    String dropped = group("dropped");
    admin.restore(snapshot);
    assertEquals("ACTIVE", status(kept));
    assertThrows(ResourceNotFoundException.class, () -> status(dropped));
    assertEquals(
        List.of(kept),
        admin.snapshot().resources(ResourceType.DATASET_GROUP).stream()
            .map(FakeSnapshot.Resource::arn)
            .toList());
  }

  @Test
  void reset_drops_every_resource_rule_and_call_but_keeps_the_configuration() {
    FakeAdmin admin = start(Timings.instant());
    group("shop");
    admin.faults().raise("ThrottlingException").on("ListRecipes").always();
    admin.quota(Quota.DATASET_GROUPS, 7);
    admin.reset();
    assertTrue(personalize.listDatasetGroups(b -> {}).datasetGroups().isEmpty());
    assertTrue(admin.faultRules().isEmpty());
    assertEquals(1, admin.journalEntries().size()); // the List just made
    assertEquals(7, admin.quotas().get(Quota.DATASET_GROUPS));
    assertEquals(99, admin.seed());
    assertInstanceOf(Object.class, personalize.listRecipes(b -> {}));
  }

  /** A solution version of a group with an imported Interactions dataset, ACTIVE. */
  private String trainedVersion() {
    String group = group("shop");
    String schema =
        personalize
            .createSchema(
                b ->
                    b.name("interactions")
                        .schema(
                            "{\"type\": \"record\", \"name\": \"Interactions\", \"namespace\":"
                                + " \"com.amazonaws.personalize.schema\", \"fields\": [{\"name\":"
                                + " \"USER_ID\", \"type\": \"string\"}, {\"name\": \"ITEM_ID\","
                                + " \"type\": \"string\"}, {\"name\": \"TIMESTAMP\", \"type\":"
                                + " \"long\"}], \"version\": \"1.0\"}"))
            .schemaArn();
    String dataset =
        personalize
            .createDataset(
                b ->
                    b.name("interactions")
                        .datasetGroupArn(group)
                        .datasetType("Interactions")
                        .schemaArn(schema))
            .datasetArn();
    personalize.createDatasetImportJob(
        b ->
            b.jobName("import")
                .datasetArn(dataset)
                .roleArn("arn:aws:iam::210987654321:role/personalize")
                .dataSource(d -> d.dataLocation("s3://bucket/interactions.csv")));
    String solution =
        personalize
            .createSolution(
                b ->
                    b.name("shop")
                        .datasetGroupArn(group)
                        .recipeArn("arn:aws:personalize:::recipe/aws-user-personalization"))
            .solutionArn();
    return personalize.createSolutionVersion(b -> b.solutionArn(solution)).solutionVersionArn();
  }
}
