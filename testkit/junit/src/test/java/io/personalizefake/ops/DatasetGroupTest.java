package io.personalizefake.ops;

import static io.personalizefake.ops.Fixtures.ARN_PREFIX;
import static io.personalizefake.ops.Fixtures.INTERACTIONS_SCHEMA;
import static io.personalizefake.ops.Fixtures.KMS_KEY_ARN;
import static io.personalizefake.ops.Fixtures.ROLE_ARN;
import static io.personalizefake.ops.Fixtures.T0;
import static io.personalizefake.ops.Fixtures.activeDataset;
import static io.personalizefake.ops.Fixtures.activeGroup;
import static io.personalizefake.ops.Fixtures.createGroup;
import static io.personalizefake.ops.Fixtures.groupStatus;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.personalizefake.FakeClock;
import io.personalizefake.PersonalizeFake;
import io.personalizefake.config.Quotas.Quota;
import io.personalizefake.config.Timings;
import io.personalizefake.config.Timings.Phase;
import io.personalizefake.error.InvalidInputException;
import io.personalizefake.error.InvalidNextTokenException;
import io.personalizefake.error.LimitExceededException;
import io.personalizefake.error.ResourceAlreadyExistsException;
import io.personalizefake.error.ResourceInUseException;
import io.personalizefake.error.ResourceNotFoundException;
import io.personalizefake.internal.lifecycle.Status;
import io.personalizefake.model.DatasetGroup;
import io.personalizefake.model.DatasetGroupSummary;
import io.personalizefake.model.ListDatasetGroupsResponse;
import io.personalizefake.model.ResourceType;
import io.personalizefake.service.PersonalizeService;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** CreateDatasetGroup, DescribeDatasetGroup, ListDatasetGroups, DeleteDatasetGroup. */
class DatasetGroupTest {

  private FakeClock clock;
  private PersonalizeFake fake;
  private PersonalizeService personalize;

  @BeforeEach
  void instantFake() {
    clock = Fixtures.clock();
    fake = Fixtures.instantFake(clock);
    personalize = fake.service();
  }

  private void useFake(PersonalizeFake other) {
    fake = other;
    personalize = other.service();
  }

  private DatasetGroup describe(String arn) {
    return personalize.describeDatasetGroup(b -> b.datasetGroupArn(arn)).datasetGroup();
  }

  private List<DatasetGroupSummary> listAll() {
    return personalize.listDatasetGroups(b -> {}).datasetGroups();
  }

  private static DatasetGroupSummary summaryOf(DatasetGroup g) {
    return DatasetGroupSummary.builder()
        .name(g.name())
        .datasetGroupArn(g.datasetGroupArn())
        .status(g.status())
        .creationDateTime(g.creationDateTime())
        .lastUpdatedDateTime(g.lastUpdatedDateTime())
        .failureReason(g.failureReason())
        .build();
  }

  // ---- CreateDatasetGroup / DescribeDatasetGroup: success ----

  @Test
  void create_returns_the_arn_made_of_partition_region_account_and_name() {
    assertThat(createGroup(personalize, "shop"))
        .isEqualTo("arn:aws:personalize:us-east-1:123456789012:dataset-group/shop");
  }

  @Test
  void the_arn_carries_the_configured_region_and_account() {
    useFake(Fixtures.builder(clock).region("eu-west-1").accountId("979894173312").build());

    assertThat(createGroup(personalize, "shop"))
        .isEqualTo("arn:aws:personalize:eu-west-1:979894173312:dataset-group/shop");
  }

  @Test
  void describe_without_role_and_key_shows_the_always_present_members_only() {
    String arn = createGroup(personalize, "shop");

    DatasetGroup group = describe(arn);

    assertThat(group.name()).isEqualTo("shop");
    assertThat(group.datasetGroupArn()).isEqualTo(arn);
    assertThat(group.status()).isEqualTo("ACTIVE");
    assertThat(group.creationDateTime()).isEqualTo(T0);
    assertThat(group.lastUpdatedDateTime()).isEqualTo(T0);
    assertThat(group.roleArn()).isNull();
    assertThat(group.kmsKeyArn()).isNull();
    assertThat(group.failureReason()).isNull();
  }

  @Test
  void describe_shows_role_and_key_when_both_were_given() {
    String arn =
        personalize
            .createDatasetGroup(b -> b.name("secure").roleArn(ROLE_ARN).kmsKeyArn(KMS_KEY_ARN))
            .datasetGroupArn();

    DatasetGroup group = describe(arn);

    assertThat(group.roleArn()).isEqualTo(ROLE_ARN);
    assertThat(group.kmsKeyArn()).isEqualTo(KMS_KEY_ARN);
    assertThat(group.failureReason()).isNull();
  }

  @Test
  void a_failed_group_shows_its_failure_reason_in_describe_and_list() {
    Fixtures.failNext(fake, ResourceType.DATASET_GROUP, "the key cannot be used");
    String arn = createGroup(personalize, "broken");

    DatasetGroup group = describe(arn);

    assertThat(group.status()).isEqualTo("CREATE FAILED");
    assertThat(group.failureReason()).isEqualTo("the key cannot be used");
    assertThat(listAll()).containsExactly(summaryOf(group));
    assertThat(listAll().get(0).failureReason()).isEqualTo("the key cannot be used");
  }

  @Test
  void a_name_of_63_characters_is_accepted() {
    String name = "a".repeat(63);

    assertThat(describe(createGroup(personalize, name)).name()).isEqualTo(name);
  }

  // ---- CreateDatasetGroup: model constraints (check 1) ----

  @Test
  void create_without_name_is_invalid_input_and_creates_nothing() {
    assertThatThrownBy(() -> personalize.createDatasetGroup(b -> {}))
        .isExactlyInstanceOf(InvalidInputException.class);
    assertThat(listAll()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"abc!", "-abc", "_abc", "a b", "", "shop/x", "grüße"})
  void create_with_a_name_outside_the_pattern_is_invalid_input_and_creates_nothing(String name) {
    assertThatThrownBy(() -> personalize.createDatasetGroup(b -> b.name(name)))
        .isExactlyInstanceOf(InvalidInputException.class);
    assertThat(listAll()).isEmpty();
  }

  @Test
  void create_with_a_name_of_64_characters_is_invalid_input_and_creates_nothing() {
    assertThatThrownBy(() -> personalize.createDatasetGroup(b -> b.name("a".repeat(64))))
        .isExactlyInstanceOf(InvalidInputException.class);
    assertThat(listAll()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "not-an-arn",
        "arn:aws:iam::12345:role/r",
        "arn:aws:iam::123456789012:user/someone",
        "arn:aws:iam::123456789012:role/bad!name"
      })
  void create_with_a_malformed_role_arn_is_invalid_input_and_creates_nothing(String roleArn) {
    assertThatThrownBy(
            () ->
                personalize.createDatasetGroup(
                    b -> b.name("g").roleArn(roleArn).kmsKeyArn(KMS_KEY_ARN)))
        .isExactlyInstanceOf(InvalidInputException.class);
    assertThat(listAll()).isEmpty();
  }

  @Test
  void create_with_a_role_arn_longer_than_256_characters_is_invalid_input() {
    String roleArn = "arn:aws:iam::123456789012:role/" + "r".repeat(226);
    assertThat(roleArn).hasSize(257);

    assertThatThrownBy(
            () ->
                personalize.createDatasetGroup(
                    b -> b.name("g").roleArn(roleArn).kmsKeyArn(KMS_KEY_ARN)))
        .isExactlyInstanceOf(InvalidInputException.class);
    assertThat(listAll()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "key-1234",
        "arn:aws:kms:us-east-1:123456789012:alias/my-key",
        "arn:aws:kms:us-east-1:1234:key/abc",
        "arn:aws:s3:us-east-1:123456789012:key/abc"
      })
  void create_with_a_malformed_kms_key_arn_is_invalid_input_and_creates_nothing(String keyArn) {
    assertThatThrownBy(
            () ->
                personalize.createDatasetGroup(
                    b -> b.name("g").roleArn(ROLE_ARN).kmsKeyArn(keyArn)))
        .isExactlyInstanceOf(InvalidInputException.class);
    assertThat(listAll()).isEmpty();
  }

  @Test
  void a_constraint_violation_is_reported_before_a_name_collision() {
    createGroup(personalize, "shop");

    assertThatThrownBy(
            () ->
                personalize.createDatasetGroup(
                    b -> b.name("shop").roleArn("not-an-arn").kmsKeyArn(KMS_KEY_ARN)))
        .isExactlyInstanceOf(InvalidInputException.class);
  }

  // ---- CreateDatasetGroup: checks 2..5 ----

  @Test
  void create_with_a_role_but_no_key_is_invalid_input_and_creates_nothing() {
    assertThatThrownBy(() -> personalize.createDatasetGroup(b -> b.name("g").roleArn(ROLE_ARN)))
        .isExactlyInstanceOf(InvalidInputException.class);
    assertThat(listAll()).isEmpty();
  }

  @Test
  void create_with_a_key_but_no_role_is_invalid_input_and_creates_nothing() {
    assertThatThrownBy(
            () -> personalize.createDatasetGroup(b -> b.name("g").kmsKeyArn(KMS_KEY_ARN)))
        .isExactlyInstanceOf(InvalidInputException.class);
    assertThat(listAll()).isEmpty();
  }

  @Test
  void a_role_without_key_is_reported_before_a_name_collision() {
    createGroup(personalize, "shop");

    assertThatThrownBy(() -> personalize.createDatasetGroup(b -> b.name("shop").roleArn(ROLE_ARN)))
        .isExactlyInstanceOf(InvalidInputException.class);
  }

  @Test
  void a_key_without_role_is_reported_before_the_quota() {
    useFake(Fixtures.builder(clock).quota(Quota.DATASET_GROUPS, 0).build());

    assertThatThrownBy(
            () -> personalize.createDatasetGroup(b -> b.name("shop").kmsKeyArn(KMS_KEY_ARN)))
        .isExactlyInstanceOf(InvalidInputException.class);
  }

  @Test
  void create_with_a_taken_name_is_refused_as_already_existing() {
    String arn = createGroup(personalize, "shop");
    clock.advance(Duration.ofSeconds(5));

    assertThatThrownBy(() -> createGroup(personalize, "shop"))
        .isExactlyInstanceOf(ResourceAlreadyExistsException.class);
    assertThat(listAll()).hasSize(1);
    assertThat(describe(arn).creationDateTime()).isEqualTo(T0);
  }

  @Test
  void a_name_held_by_a_group_still_being_created_is_taken() {
    useFake(Fixtures.builder(clock).timings(Timings.manual()).build());
    createGroup(personalize, "shop");

    assertThatThrownBy(() -> createGroup(personalize, "shop"))
        .isExactlyInstanceOf(ResourceAlreadyExistsException.class);
  }

  @Test
  void a_name_held_by_a_failed_group_is_taken() {
    Fixtures.failNext(fake, ResourceType.DATASET_GROUP, "failed");
    createGroup(personalize, "shop");

    assertThatThrownBy(() -> createGroup(personalize, "shop"))
        .isExactlyInstanceOf(ResourceAlreadyExistsException.class);
  }

  @Test
  void a_name_held_by_a_group_being_deleted_is_taken() {
    useFake(
        Fixtures.builder(clock)
            .timings(Timings.instant().withNever(ResourceType.DATASET_GROUP, Phase.DELETE_PENDING))
            .build());
    String arn = createGroup(personalize, "shop");
    personalize.deleteDatasetGroup(b -> b.datasetGroupArn(arn));

    assertThatThrownBy(() -> createGroup(personalize, "shop"))
        .isExactlyInstanceOf(ResourceAlreadyExistsException.class);
  }

  @Test
  void a_name_collision_is_reported_before_the_quota() {
    useFake(Fixtures.builder(clock).quota(Quota.DATASET_GROUPS, 1).build());
    createGroup(personalize, "shop");

    assertThatThrownBy(() -> createGroup(personalize, "shop"))
        .isExactlyInstanceOf(ResourceAlreadyExistsException.class);
  }

  @Test
  void create_beyond_the_dataset_group_quota_is_refused_and_creates_nothing() {
    useFake(Fixtures.builder(clock).quota(Quota.DATASET_GROUPS, 2).build());
    createGroup(personalize, "one");
    createGroup(personalize, "two");

    assertThatThrownBy(() -> createGroup(personalize, "three"))
        .isExactlyInstanceOf(LimitExceededException.class);
    assertThat(listAll())
        .extracting(DatasetGroupSummary::name)
        .containsExactlyInAnyOrder("one", "two");
  }

  @Test
  void failed_groups_count_toward_the_quota() {
    useFake(Fixtures.builder(clock).quota(Quota.DATASET_GROUPS, 1).build());
    Fixtures.failNext(fake, ResourceType.DATASET_GROUP, "failed");
    createGroup(personalize, "one");

    assertThatThrownBy(() -> createGroup(personalize, "two"))
        .isExactlyInstanceOf(LimitExceededException.class);
  }

  @Test
  void groups_being_deleted_do_not_count_toward_the_quota() {
    useFake(
        Fixtures.builder(clock)
            .quota(Quota.DATASET_GROUPS, 1)
            .timings(Timings.instant().withNever(ResourceType.DATASET_GROUP, Phase.DELETE_PENDING))
            .build());
    String one = createGroup(personalize, "one");
    personalize.deleteDatasetGroup(b -> b.datasetGroupArn(one));

    String two = createGroup(personalize, "two");

    assertThat(groupStatus(personalize, one)).isEqualTo("DELETE PENDING");
    assertThat(groupStatus(personalize, two)).isEqualTo("ACTIVE");
  }

  @Test
  void the_quota_is_free_again_once_a_group_is_gone() {
    useFake(Fixtures.builder(clock).quota(Quota.DATASET_GROUPS, 1).build());
    String one = createGroup(personalize, "one");
    personalize.deleteDatasetGroup(b -> b.datasetGroupArn(one));

    createGroup(personalize, "two");

    assertThat(listAll()).extracting(DatasetGroupSummary::name).containsExactly("two");
  }

  @Test
  void names_are_case_sensitive() {
    String lower = createGroup(personalize, "shop");
    String upper = createGroup(personalize, "Shop");

    assertThat(upper).isNotEqualTo(lower).endsWith("dataset-group/Shop");
    assertThat(listAll()).hasSize(2);
  }

  @Test
  void a_refused_create_leaves_the_injected_failure_for_the_next_create() {
    createGroup(personalize, "taken");
    Fixtures.failNext(fake, ResourceType.DATASET_GROUP, "injected");

    assertThatThrownBy(() -> createGroup(personalize, "taken"))
        .isExactlyInstanceOf(ResourceAlreadyExistsException.class);
    String next = createGroup(personalize, "next");

    assertThat(describe(next).status()).isEqualTo("CREATE FAILED");
    assertThat(describe(next).failureReason()).isEqualTo("injected");
  }

  // ---- DescribeDatasetGroup: errors ----

  @Test
  void describe_without_arn_is_invalid_input() {
    assertThatThrownBy(() -> personalize.describeDatasetGroup(b -> {}))
        .isExactlyInstanceOf(InvalidInputException.class);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "shop",
        "arn:aws:s3:::bucket",
        "arn:aws:personalize:us-east-1:123456789012:",
        "ARN:aws:personalize:us-east-1:123456789012:dataset-group/shop"
      })
  void describe_with_a_malformed_arn_is_invalid_input(String arn) {
    assertThatThrownBy(() -> describe(arn)).isExactlyInstanceOf(InvalidInputException.class);
  }

  @Test
  void describe_with_an_arn_longer_than_256_characters_is_invalid_input() {
    String arn = ARN_PREFIX + "dataset-group/" + "a".repeat(256);

    assertThatThrownBy(() -> describe(arn)).isExactlyInstanceOf(InvalidInputException.class);
  }

  @Test
  void describe_of_an_arn_that_names_nothing_is_not_found() {
    assertThatThrownBy(() -> describe(ARN_PREFIX + "dataset-group/nothing"))
        .isExactlyInstanceOf(ResourceNotFoundException.class);
  }

  @Test
  void describe_is_exact_and_case_sensitive_about_the_arn() {
    createGroup(personalize, "shop");

    assertThatThrownBy(() -> describe(ARN_PREFIX + "dataset-group/Shop"))
        .isExactlyInstanceOf(ResourceNotFoundException.class);
  }

  @Test
  void describe_of_an_arn_of_another_type_is_not_found() {
    String schemaArn = Fixtures.createSchema(personalize, "shop", INTERACTIONS_SCHEMA);
    createGroup(personalize, "shop");

    assertThatThrownBy(() -> describe(schemaArn))
        .isExactlyInstanceOf(ResourceNotFoundException.class);
  }

  @Test
  void describe_of_an_arn_of_another_partition_is_not_found() {
    createGroup(personalize, "shop");

    assertThatThrownBy(
            () -> describe("arn:aws-cn:personalize:us-east-1:123456789012:dataset-group/shop"))
        .isExactlyInstanceOf(ResourceNotFoundException.class);
  }

  @Test
  void describe_of_an_arn_of_another_region_or_account_is_not_found() {
    createGroup(personalize, "shop");

    assertThatThrownBy(
            () -> describe("arn:aws:personalize:us-west-2:123456789012:dataset-group/shop"))
        .isExactlyInstanceOf(ResourceNotFoundException.class);
    assertThatThrownBy(
            () -> describe("arn:aws:personalize:us-east-1:210987654321:dataset-group/shop"))
        .isExactlyInstanceOf(ResourceNotFoundException.class);
  }

  @Test
  void regions_keep_separate_dataset_groups() {
    PersonalizeService west = fake.service("us-west-2");
    String east = createGroup(personalize, "shop");

    String westArn = createGroup(west, "shop");

    assertThat(westArn).isEqualTo("arn:aws:personalize:us-west-2:123456789012:dataset-group/shop");
    assertThat(west.listDatasetGroups(b -> {}).datasetGroups())
        .extracting(DatasetGroupSummary::datasetGroupArn)
        .containsExactly(westArn);
    assertThatThrownBy(() -> west.describeDatasetGroup(b -> b.datasetGroupArn(east)))
        .isExactlyInstanceOf(ResourceNotFoundException.class);
  }

  // ---- ListDatasetGroups ----

  @Test
  void list_of_no_groups_is_empty_without_token() {
    ListDatasetGroupsResponse response = personalize.listDatasetGroups(b -> {});

    assertThat(response.datasetGroups()).isEmpty();
    assertThat(response.nextToken()).isNull();
  }

  @Test
  void list_summaries_equal_the_describe_fields() {
    String plain = createGroup(personalize, "plain");
    String secure =
        personalize
            .createDatasetGroup(b -> b.name("secure").roleArn(ROLE_ARN).kmsKeyArn(KMS_KEY_ARN))
            .datasetGroupArn();
    Fixtures.failNext(fake, ResourceType.DATASET_GROUP, "no access");
    String failed = createGroup(personalize, "failed");

    assertThat(listAll())
        .containsExactlyInAnyOrder(
            summaryOf(describe(plain)), summaryOf(describe(secure)), summaryOf(describe(failed)));
  }

  @Test
  void list_is_newest_first_with_ties_broken_by_arn() {
    createGroup(personalize, "b");
    createGroup(personalize, "c");
    createGroup(personalize, "a");
    clock.advance(Duration.ofMillis(1));
    createGroup(personalize, "z");
    clock.advance(Duration.ofSeconds(1));
    createGroup(personalize, "m");

    assertThat(listAll())
        .extracting(DatasetGroupSummary::name)
        .containsExactly("m", "z", "a", "b", "c");
  }

  @Test
  void list_pages_follow_the_list_order_and_end_without_token() {
    for (String name : List.of("a", "b", "c", "d", "e")) {
      createGroup(personalize, name);
      clock.advance(Duration.ofSeconds(1));
    }

    List<String> seen = new ArrayList<>();
    String token = null;
    int pages = 0;
    do {
      String next = token;
      ListDatasetGroupsResponse page =
          personalize.listDatasetGroups(b -> b.maxResults(2).nextToken(next));
      assertThat(page.datasetGroups()).hasSizeLessThanOrEqualTo(2);
      page.datasetGroups().forEach(g -> seen.add(g.name()));
      token = page.nextToken();
      pages++;
    } while (token != null);

    assertThat(seen).containsExactly("e", "d", "c", "b", "a");
    assertThat(pages).isEqualTo(3);
  }

  @Test
  void a_page_walk_neither_repeats_nor_skips_groups_that_existed_for_the_whole_walk() {
    for (String name : List.of("a", "b", "c", "d")) {
      createGroup(personalize, name);
      clock.advance(Duration.ofSeconds(1));
    }
    ListDatasetGroupsResponse first = personalize.listDatasetGroups(b -> b.maxResults(2));
    assertThat(first.datasetGroups())
        .extracting(DatasetGroupSummary::name)
        .containsExactly("d", "c");

    createGroup(personalize, "newer");
    personalize.deleteDatasetGroup(b -> b.datasetGroupArn(ARN_PREFIX + "dataset-group/d"));
    ListDatasetGroupsResponse second =
        personalize.listDatasetGroups(b -> b.maxResults(2).nextToken(first.nextToken()));

    assertThat(second.datasetGroups())
        .extracting(DatasetGroupSummary::name)
        .containsExactly("b", "a");
    assertThat(second.nextToken()).isNull();
  }

  @Test
  void a_token_of_another_region_is_refused() {
    PersonalizeService west = fake.service("us-west-2");
    createGroup(west, "a");
    createGroup(west, "b");
    createGroup(personalize, "a");
    createGroup(personalize, "b");
    String westToken = west.listDatasetGroups(b -> b.maxResults(1)).nextToken();

    assertThatThrownBy(() -> personalize.listDatasetGroups(b -> b.nextToken(westToken)))
        .isExactlyInstanceOf(InvalidNextTokenException.class);
  }

  @Test
  void list_with_a_token_it_did_not_issue_is_refused() {
    assertThatThrownBy(() -> personalize.listDatasetGroups(b -> b.nextToken("bm90IGEgdG9rZW4")))
        .isExactlyInstanceOf(InvalidNextTokenException.class);
  }

  @Test
  void list_with_a_token_longer_than_1500_characters_is_invalid_input() {
    assertThatThrownBy(() -> personalize.listDatasetGroups(b -> b.nextToken("A".repeat(1501))))
        .isExactlyInstanceOf(InvalidInputException.class);
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 101, -1})
  void list_with_max_results_outside_1_to_100_is_invalid_input(int max) {
    assertThatThrownBy(() -> personalize.listDatasetGroups(b -> b.maxResults(max)))
        .isExactlyInstanceOf(InvalidInputException.class);
  }

  @Test
  void list_shows_groups_in_every_state() {
    useFake(
        Fixtures.builder(clock)
            .timings(Timings.instant().withNever(ResourceType.DATASET_GROUP, Phase.DELETE_PENDING))
            .build());
    String deleting = createGroup(personalize, "deleting");
    personalize.deleteDatasetGroup(b -> b.datasetGroupArn(deleting));
    Fixtures.failNext(fake, ResourceType.DATASET_GROUP, "failed");
    createGroup(personalize, "failed");
    createGroup(personalize, "active");

    assertThat(listAll())
        .extracting(DatasetGroupSummary::name, DatasetGroupSummary::status)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("deleting", "DELETE PENDING"),
            org.assertj.core.groups.Tuple.tuple("failed", "CREATE FAILED"),
            org.assertj.core.groups.Tuple.tuple("active", "ACTIVE"));
  }

  // ---- lifecycle ----

  @Test
  void a_new_group_goes_pending_then_in_progress_then_active_as_the_clock_moves() {
    useFake(Fixtures.realisticFake(clock));
    String arn = createGroup(personalize, "shop");

    DatasetGroup pending = describe(arn);
    assertThat(pending.status()).isEqualTo("CREATE PENDING");
    assertThat(pending.lastUpdatedDateTime()).isEqualTo(T0);
    assertThat(pending.creationDateTime()).isEqualTo(T0);

    clock.advance(Duration.ofMillis(9_999));
    assertThat(describe(arn).status()).isEqualTo("CREATE PENDING");

    clock.advance(Duration.ofMillis(1));
    DatasetGroup inProgress = describe(arn);
    assertThat(inProgress.status()).isEqualTo("CREATE IN_PROGRESS");
    assertThat(inProgress.lastUpdatedDateTime()).isEqualTo(T0.plusSeconds(10));
    assertThat(inProgress.creationDateTime()).isEqualTo(T0);

    clock.advance(Duration.ofSeconds(10));
    DatasetGroup active = describe(arn);
    assertThat(active.status()).isEqualTo("ACTIVE");
    assertThat(active.lastUpdatedDateTime()).isEqualTo(T0.plusSeconds(20));
    assertThat(active.creationDateTime()).isEqualTo(T0);
  }

  @Test
  void a_step_applied_late_records_its_due_time_not_the_time_of_the_call() {
    useFake(Fixtures.realisticFake(clock));
    String arn = createGroup(personalize, "shop");

    clock.advance(Duration.ofSeconds(15));
    assertThat(describe(arn).lastUpdatedDateTime()).isEqualTo(T0.plusSeconds(10));

    clock.advance(Duration.ofHours(3));
    DatasetGroup group = describe(arn);
    assertThat(group.status()).isEqualTo("ACTIVE");
    assertThat(group.lastUpdatedDateTime()).isEqualTo(T0.plusSeconds(20));
    assertThat(group.creationDateTime()).isEqualTo(T0);
  }

  @Test
  void a_list_settles_due_steps_as_a_describe_does() {
    useFake(Fixtures.realisticFake(clock));
    createGroup(personalize, "shop");
    clock.advance(Duration.ofMinutes(1));

    DatasetGroupSummary summary = listAll().get(0);

    assertThat(summary.status()).isEqualTo("ACTIVE");
    assertThat(summary.lastUpdatedDateTime()).isEqualTo(T0.plusSeconds(20));
  }

  @Test
  void with_manual_timings_a_group_stays_pending_however_long_the_clock_runs() {
    useFake(Fixtures.builder(clock).timings(Timings.manual()).build());
    String arn = createGroup(personalize, "shop");

    clock.advance(Duration.ofDays(365));

    DatasetGroup group = describe(arn);
    assertThat(group.status()).isEqualTo("CREATE PENDING");
    assertThat(group.lastUpdatedDateTime()).isEqualTo(T0);
  }

  @Test
  void with_instant_timings_a_group_is_active_at_the_next_call_and_gone_after_delete() {
    String arn = createGroup(personalize, "shop");
    assertThat(groupStatus(personalize, arn)).isEqualTo("ACTIVE");

    personalize.deleteDatasetGroup(b -> b.datasetGroupArn(arn));

    assertThatThrownBy(() -> describe(arn)).isExactlyInstanceOf(ResourceNotFoundException.class);
    assertThat(listAll()).isEmpty();
  }

  @Test
  void a_delete_goes_through_delete_pending_only_and_then_the_group_is_gone() {
    useFake(Fixtures.realisticFake(clock));
    String arn = activeGroup(fake, "shop");
    clock.advance(Duration.ofMinutes(1));
    var deletedAt = clock.instant();

    personalize.deleteDatasetGroup(b -> b.datasetGroupArn(arn));

    DatasetGroup deleting = describe(arn);
    assertThat(deleting.status()).isEqualTo("DELETE PENDING");
    assertThat(deleting.lastUpdatedDateTime()).isEqualTo(deletedAt);
    assertThat(deleting.creationDateTime()).isEqualTo(T0);
    assertThat(listAll()).extracting(DatasetGroupSummary::status).containsExactly("DELETE PENDING");

    clock.advance(Duration.ofMillis(9_999));
    assertThat(describe(arn).status()).isEqualTo("DELETE PENDING");

    clock.advance(Duration.ofMillis(1));
    assertThatThrownBy(() -> describe(arn)).isExactlyInstanceOf(ResourceNotFoundException.class);
    assertThat(listAll()).isEmpty();
  }

  @Test
  void a_name_is_reusable_once_the_delete_has_completed() {
    useFake(Fixtures.realisticFake(clock));
    String arn = activeGroup(fake, "shop");
    personalize.deleteDatasetGroup(b -> b.datasetGroupArn(arn));
    assertThatThrownBy(() -> createGroup(personalize, "shop"))
        .isExactlyInstanceOf(ResourceAlreadyExistsException.class);

    clock.advance(Duration.ofSeconds(10));
    var recreatedAt = clock.instant();
    String again = createGroup(personalize, "shop");

    assertThat(again).isEqualTo(arn);
    DatasetGroup group = describe(again);
    assertThat(group.status()).isEqualTo("CREATE PENDING");
    assertThat(group.creationDateTime()).isEqualTo(recreatedAt);
  }

  @Test
  void a_delete_sees_the_children_as_they_are_after_due_steps_were_applied() {
    useFake(Fixtures.realisticFake(clock));
    String group = activeGroup(fake, "shop");
    String dataset = activeDataset(fake, group, "Users");
    personalize.deleteDataset(b -> b.datasetArn(dataset));

    // the dataset is due to disappear 20 s after its delete; no call reads it in between
    clock.advance(Duration.ofSeconds(20));
    personalize.deleteDatasetGroup(b -> b.datasetGroupArn(group));

    assertThat(groupStatus(personalize, group)).isEqualTo("DELETE PENDING");
  }

  // ---- DeleteDatasetGroup: checks 1..6 ----

  @Test
  void delete_without_arn_is_invalid_input() {
    assertThatThrownBy(() -> personalize.deleteDatasetGroup(b -> {}))
        .isExactlyInstanceOf(InvalidInputException.class);
  }

  @Test
  void delete_with_a_malformed_arn_is_invalid_input_and_deletes_nothing() {
    String arn = createGroup(personalize, "shop");

    assertThatThrownBy(() -> personalize.deleteDatasetGroup(b -> b.datasetGroupArn("shop")))
        .isExactlyInstanceOf(InvalidInputException.class);
    assertThat(groupStatus(personalize, arn)).isEqualTo("ACTIVE");
  }

  @Test
  void delete_of_an_unknown_group_is_not_found() {
    assertThatThrownBy(
            () ->
                personalize.deleteDatasetGroup(
                    b -> b.datasetGroupArn(ARN_PREFIX + "dataset-group/none")))
        .isExactlyInstanceOf(ResourceNotFoundException.class);
  }

  @Test
  void delete_of_an_arn_of_another_type_is_not_found() {
    String schemaArn = Fixtures.createSchema(personalize, "shop", INTERACTIONS_SCHEMA);

    assertThatThrownBy(() -> personalize.deleteDatasetGroup(b -> b.datasetGroupArn(schemaArn)))
        .isExactlyInstanceOf(ResourceNotFoundException.class);
  }

  @Test
  void delete_of_a_group_of_another_region_is_not_found() {
    String arn = createGroup(personalize, "shop");

    assertThatThrownBy(
            () -> fake.service("eu-west-1").deleteDatasetGroup(b -> b.datasetGroupArn(arn)))
        .isExactlyInstanceOf(ResourceNotFoundException.class);
    assertThat(groupStatus(personalize, arn)).isEqualTo("ACTIVE");
  }

  @Test
  void delete_of_a_group_being_created_is_refused_as_in_use() {
    useFake(Fixtures.realisticFake(clock));
    String arn = createGroup(personalize, "shop");

    assertThatThrownBy(() -> personalize.deleteDatasetGroup(b -> b.datasetGroupArn(arn)))
        .isExactlyInstanceOf(ResourceInUseException.class);
    clock.advance(Duration.ofSeconds(10));
    assertThat(groupStatus(personalize, arn)).isEqualTo("CREATE IN_PROGRESS");
    assertThatThrownBy(() -> personalize.deleteDatasetGroup(b -> b.datasetGroupArn(arn)))
        .isExactlyInstanceOf(ResourceInUseException.class);
    clock.advance(Duration.ofSeconds(10));
    assertThat(groupStatus(personalize, arn)).isEqualTo("ACTIVE");
  }

  @Test
  void delete_of_a_group_already_being_deleted_is_refused_as_in_use() {
    useFake(Fixtures.realisticFake(clock));
    String arn = activeGroup(fake, "shop");
    personalize.deleteDatasetGroup(b -> b.datasetGroupArn(arn));

    assertThatThrownBy(() -> personalize.deleteDatasetGroup(b -> b.datasetGroupArn(arn)))
        .isExactlyInstanceOf(ResourceInUseException.class);
  }

  @Test
  void delete_of_a_failed_group_is_allowed() {
    Fixtures.failNext(fake, ResourceType.DATASET_GROUP, "failed");
    String arn = createGroup(personalize, "shop");

    personalize.deleteDatasetGroup(b -> b.datasetGroupArn(arn));

    assertThatThrownBy(() -> describe(arn)).isExactlyInstanceOf(ResourceNotFoundException.class);
  }

  @Test
  void the_failure_reason_is_not_shown_once_a_failed_group_is_being_deleted() {
    useFake(Fixtures.realisticFake(clock));
    Fixtures.failNext(fake, ResourceType.DATASET_GROUP, "failed");
    String arn = createGroup(personalize, "shop");
    clock.advance(Duration.ofSeconds(20));
    assertThat(describe(arn).failureReason()).isEqualTo("failed");

    personalize.deleteDatasetGroup(b -> b.datasetGroupArn(arn));

    assertThat(describe(arn).status()).isEqualTo("DELETE PENDING");
    assertThat(describe(arn).failureReason()).isNull();
  }

  @Test
  void delete_group_with_dataset_is_refused_as_in_use() {
    String group = activeGroup(fake, "shop");
    activeDataset(fake, group, "Interactions");

    assertThatThrownBy(() -> personalize.deleteDatasetGroup(b -> b.datasetGroupArn(group)))
        .isExactlyInstanceOf(ResourceInUseException.class);
    assertThat(groupStatus(personalize, group)).isEqualTo("ACTIVE");
  }

  @Test
  void delete_group_with_a_dataset_being_deleted_is_refused_as_in_use() {
    useFake(
        Fixtures.builder(clock)
            .timings(Timings.instant().withNever(ResourceType.DATASET, Phase.DELETE_PENDING))
            .build());
    String group = activeGroup(fake, "shop");
    String dataset = activeDataset(fake, group, "Items");
    personalize.deleteDataset(b -> b.datasetArn(dataset));
    assertThat(Fixtures.datasetStatus(personalize, dataset)).isEqualTo("DELETE PENDING");

    assertThatThrownBy(() -> personalize.deleteDatasetGroup(b -> b.datasetGroupArn(group)))
        .isExactlyInstanceOf(ResourceInUseException.class);
  }

  @Test
  void a_group_is_deletable_once_its_dataset_is_gone() {
    String group = activeGroup(fake, "shop");
    String dataset = activeDataset(fake, group, "Users");
    personalize.deleteDataset(b -> b.datasetArn(dataset));

    personalize.deleteDatasetGroup(b -> b.datasetGroupArn(group));

    assertThatThrownBy(() -> describe(group)).isExactlyInstanceOf(ResourceNotFoundException.class);
  }

  @Test
  void delete_group_with_solution_is_refused_as_in_use() {
    String group = activeGroup(fake, "shop");
    Fixtures.plantSolution(fake, group, "recs", Status.CREATE_FAILED);

    assertThatThrownBy(() -> personalize.deleteDatasetGroup(b -> b.datasetGroupArn(group)))
        .isExactlyInstanceOf(ResourceInUseException.class);
    assertThat(groupStatus(personalize, group)).isEqualTo("ACTIVE");
  }

  @Test
  void delete_group_with_event_tracker_is_refused_as_in_use() {
    String group = activeGroup(fake, "shop");
    personalize.createEventTracker(b -> b.name("tracker").datasetGroupArn(group));

    assertThatThrownBy(() -> personalize.deleteDatasetGroup(b -> b.datasetGroupArn(group)))
        .isExactlyInstanceOf(ResourceInUseException.class);
    assertThat(groupStatus(personalize, group)).isEqualTo("ACTIVE");
  }

  @Test
  void delete_group_with_an_event_tracker_being_deleted_is_refused_as_in_use() {
    useFake(
        Fixtures.builder(clock)
            .timings(Timings.instant().withNever(ResourceType.EVENT_TRACKER, Phase.DELETE_PENDING))
            .build());
    String group = activeGroup(fake, "shop");
    String tracker =
        personalize
            .createEventTracker(b -> b.name("tracker").datasetGroupArn(group))
            .eventTrackerArn();
    personalize.deleteEventTracker(b -> b.eventTrackerArn(tracker));

    assertThatThrownBy(() -> personalize.deleteDatasetGroup(b -> b.datasetGroupArn(group)))
        .isExactlyInstanceOf(ResourceInUseException.class);
  }

  @Test
  void with_manual_timings_a_pending_group_cannot_be_deleted() {
    useFake(Fixtures.builder(clock).timings(Timings.manual()).build());
    String group = createGroup(personalize, "shop");

    assertThatThrownBy(() -> personalize.deleteDatasetGroup(b -> b.datasetGroupArn(group)))
        .isExactlyInstanceOf(ResourceInUseException.class);
    assertThat(groupStatus(personalize, group)).isEqualTo("CREATE PENDING");
  }

  // ---- cascade ----

  @Test
  void the_filters_of_a_group_disappear_when_the_group_does_and_not_before() {
    useFake(
        Fixtures.builder(clock)
            .timings(
                Timings.instant()
                    .with(ResourceType.DATASET_GROUP, Phase.DELETE_PENDING, Duration.ofSeconds(10)))
            .build());
    String group = activeGroup(fake, "shop");
    String dataset = activeDataset(fake, group, "Interactions");
    String filter =
        personalize
            .createFilter(
                b ->
                    b.name("no-purchases")
                        .datasetGroupArn(group)
                        .filterExpression(
                            "EXCLUDE ItemID WHERE Interactions.EVENT_TYPE IN (\"purchase\")"))
            .filterArn();
    String other = activeGroup(fake, "other");
    activeDataset(fake, other, "Interactions");
    String otherFilter =
        personalize
            .createFilter(
                b ->
                    b.name("other-filter")
                        .datasetGroupArn(other)
                        .filterExpression(
                            "EXCLUDE ItemID WHERE Interactions.EVENT_TYPE IN (\"view\")"))
            .filterArn();
    personalize.deleteDataset(b -> b.datasetArn(dataset));

    personalize.deleteDatasetGroup(b -> b.datasetGroupArn(group));
    assertThat(personalize.describeFilter(b -> b.filterArn(filter)).filter().status())
        .isEqualTo("ACTIVE");

    clock.advance(Duration.ofSeconds(10));
    assertThatThrownBy(() -> personalize.describeFilter(b -> b.filterArn(filter)))
        .isExactlyInstanceOf(ResourceNotFoundException.class);
    assertThat(personalize.listFilters(b -> {}).filters())
        .extracting(f -> f.filterArn())
        .containsExactly(otherFilter);
    assertThat(personalize.listFilters(b -> b.datasetGroupArn(group)).filters()).isEmpty();
  }
}
