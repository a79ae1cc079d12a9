package io.personalizefake.ops;

import static io.personalizefake.ops.Fixtures.ARN_PREFIX;
import static io.personalizefake.ops.Fixtures.DATA_LOCATION;
import static io.personalizefake.ops.Fixtures.ROLE_ARN;
import static io.personalizefake.ops.Fixtures.USERS_SCHEMA;
import static io.personalizefake.ops.Fixtures.activeDataset;
import static io.personalizefake.ops.Fixtures.activeGroup;
import static io.personalizefake.ops.Fixtures.createImportJob;
import static io.personalizefake.ops.Fixtures.jobStatus;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

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
import io.personalizefake.model.CreateDatasetImportJobRequest;
import io.personalizefake.model.DataSource;
import io.personalizefake.model.DatasetImportJob;
import io.personalizefake.model.DatasetImportJobSummary;
import io.personalizefake.model.ListDatasetImportJobsResponse;
import io.personalizefake.model.ResourceType;
import io.personalizefake.service.PersonalizeService;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** CreateDatasetImportJob, DescribeDatasetImportJob, ListDatasetImportJobs. */
class DatasetImportJobTest {

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

  private PersonalizeFake fakeWith(Timings timings) {
    return Fixtures.builder(clock).timings(timings).build();
  }

  /** Timings under which import jobs never leave CREATE PENDING by themselves. */
  private static Timings jobsStayPending() {
    return Timings.instant().withNever(ResourceType.DATASET_IMPORT_JOB, Phase.CREATE_PENDING);
  }

  private DatasetImportJob describe(String arn) {
    return personalize.describeDatasetImportJob(b -> b.datasetImportJobArn(arn)).datasetImportJob();
  }

  private List<DatasetImportJobSummary> listAll() {
    return personalize.listDatasetImportJobs(b -> {}).datasetImportJobs();
  }

  private static DatasetImportJobSummary summaryOf(DatasetImportJob j) {
    return DatasetImportJobSummary.builder()
        .datasetImportJobArn(j.datasetImportJobArn())
        .jobName(j.jobName())
        .status(j.status())
        .creationDateTime(j.creationDateTime())
        .lastUpdatedDateTime(j.lastUpdatedDateTime())
        .failureReason(j.failureReason())
        .build();
  }

  private String usersDataset() {
    return activeDataset(fake, activeGroup(fake, "shop"), "Users");
  }

  private String create(String datasetArn, String jobName) {
    return createImportJob(personalize, datasetArn, jobName);
  }

  // ---- CreateDatasetImportJob / DescribeDatasetImportJob: success ----

  @Test
  void create_returns_the_arn_made_of_region_account_and_job_name() {
    String dataset = usersDataset();

    assertThat(create(dataset, "load"))
        .isEqualTo("arn:aws:personalize:us-east-1:123456789012:dataset-import-job/load");
  }

  @Test
  void describe_shows_every_member_and_no_failure_reason() {
    String dataset = usersDataset();
    clock.advance(Duration.ofMillis(1_500));
    Instant created = clock.instant();

    String arn =
        personalize
            .createDatasetImportJob(
                b ->
                    b.jobName("load")
                        .datasetArn(dataset)
                        .roleArn(ROLE_ARN)
                        .dataSource(d -> d.dataLocation("https://example.com/users.csv")))
            .datasetImportJobArn();
    DatasetImportJob job = describe(arn);

    assertThat(job.jobName()).isEqualTo("load");
    assertThat(job.datasetImportJobArn()).isEqualTo(arn);
    assertThat(job.datasetArn()).isEqualTo(dataset);
    assertThat(job.dataSource())
        .isEqualTo(DataSource.builder().dataLocation("https://example.com/users.csv").build());
    assertThat(job.roleArn()).isEqualTo(ROLE_ARN);
    assertThat(job.status()).isEqualTo("ACTIVE");
    assertThat(job.creationDateTime()).isEqualTo(created);
    assertThat(job.lastUpdatedDateTime()).isEqualTo(created);
    assertThat(job.failureReason()).isNull();
  }

  @Test
  void a_failed_job_shows_its_failure_reason_in_describe_and_list() {
    String dataset = usersDataset();
    Fixtures.failNext(fake, ResourceType.DATASET_IMPORT_JOB, "Access denied to s3://bucket");

    String arn = create(dataset, "load");

    DatasetImportJob job = describe(arn);
    assertThat(job.status()).isEqualTo("CREATE FAILED");
    assertThat(job.failureReason()).isEqualTo("Access denied to s3://bucket");
    assertThat(listAll()).containsExactly(summaryOf(job));
  }

  @Test
  void a_dataset_can_have_several_import_jobs_one_after_the_other() {
    String dataset = usersDataset();
    String first = create(dataset, "first");
    clock.advance(Duration.ofSeconds(1));
    String second = create(dataset, "second");

    assertThat(personalize.listDatasetImportJobs(b -> b.datasetArn(dataset)).datasetImportJobs())
        .extracting(DatasetImportJobSummary::datasetImportJobArn)
        .containsExactly(second, first);
  }

  // ---- CreateDatasetImportJob: model constraints (check 1) ----

  static Stream<Arguments> requestsBreakingAConstraint() {
    String dataset = ARN_PREFIX + "dataset/shop/USERS";
    UnaryOperator<CreateDatasetImportJobRequest.Builder> valid =
        b ->
            b.jobName("load")
                .datasetArn(dataset)
                .roleArn(ROLE_ARN)
                .dataSource(DataSource.builder().dataLocation(DATA_LOCATION).build());
    return Stream.of(
        Arguments.of("no jobName", op(b -> valid.apply(b).jobName(null))),
        Arguments.of("no datasetArn", op(b -> valid.apply(b).datasetArn(null))),
        Arguments.of("no roleArn", op(b -> valid.apply(b).roleArn(null))),
        Arguments.of("no dataSource", op(b -> valid.apply(b).dataSource((DataSource) null))),
        Arguments.of("jobName abc!", op(b -> valid.apply(b).jobName("abc!"))),
        Arguments.of("jobName of 64", op(b -> valid.apply(b).jobName("j".repeat(64)))),
        Arguments.of("empty jobName", op(b -> valid.apply(b).jobName(""))),
        Arguments.of(
            "malformed datasetArn", op(b -> valid.apply(b).datasetArn("dataset/shop/USERS"))),
        Arguments.of(
            "datasetArn of 257",
            op(
                b ->
                    valid
                        .apply(b)
                        .datasetArn(
                            ARN_PREFIX + "dataset/" + "d".repeat(257 - ARN_PREFIX.length() - 8)))),
        Arguments.of(
            "malformed roleArn", op(b -> valid.apply(b).roleArn("arn:aws:iam::123:role/r"))),
        Arguments.of(
            "role ARN of a user",
            op(b -> valid.apply(b).roleArn("arn:aws:iam::123456789012:user/u"))),
        Arguments.of(
            "ftp location",
            op(b -> valid.apply(b).dataSource(d -> d.dataLocation("ftp://bucket/x.csv")))),
        Arguments.of(
            "location without path",
            op(b -> valid.apply(b).dataSource(d -> d.dataLocation("s3://")))),
        Arguments.of(
            "bare bucket name",
            op(b -> valid.apply(b).dataSource(d -> d.dataLocation("bucket/x.csv")))),
        Arguments.of(
            "location of 257",
            op(b -> valid.apply(b).dataSource(d -> d.dataLocation("s3://" + "b".repeat(252))))));
  }

  private static UnaryOperator<CreateDatasetImportJobRequest.Builder> op(
      UnaryOperator<CreateDatasetImportJobRequest.Builder> f) {
    return f;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("requestsBreakingAConstraint")
  void create_breaking_a_model_constraint_is_invalid_input_and_creates_nothing(
      String what, UnaryOperator<CreateDatasetImportJobRequest.Builder> request) {
    usersDataset();

    assertThatThrownBy(
            () ->
                personalize.createDatasetImportJob(
                    request.apply(CreateDatasetImportJobRequest.builder()).build()))
        .isExactlyInstanceOf(InvalidInputException.class);
    assertThat(listAll()).isEmpty();
  }

  @Test
  void a_location_of_256_characters_is_accepted() {
    String dataset = usersDataset();
    String location = "s3://" + "b".repeat(251);

    String arn =
        personalize
            .createDatasetImportJob(
                b ->
                    b.jobName("load")
                        .datasetArn(dataset)
                        .roleArn(ROLE_ARN)
                        .dataSource(d -> d.dataLocation(location)))
            .datasetImportJobArn();

    assertThat(describe(arn).dataSource().dataLocation()).isEqualTo(location);
  }

  // ---- CreateDatasetImportJob: check 2, the data location is needed ----

  @Test
  void create_with_a_data_source_without_location_is_invalid_input_and_creates_nothing() {
    String dataset = usersDataset();

    assertThatThrownBy(
            () ->
                personalize.createDatasetImportJob(
                    b ->
                        b.jobName("load")
                            .datasetArn(dataset)
                            .roleArn(ROLE_ARN)
                            .dataSource(d -> {})))
        .isExactlyInstanceOf(InvalidInputException.class);
    assertThat(listAll()).isEmpty();
  }

  @Test
  void a_missing_location_is_reported_before_an_unknown_dataset() {
    assertThatThrownBy(
            () ->
                personalize.createDatasetImportJob(
                    b ->
                        b.jobName("load")
                            .datasetArn(ARN_PREFIX + "dataset/none/USERS")
                            .roleArn(ROLE_ARN)
                            .dataSource(d -> {})))
        .isExactlyInstanceOf(InvalidInputException.class);
  }

  // ---- CreateDatasetImportJob: check 3, the dataset exists ----

  @Test
  void create_for_an_unknown_dataset_is_not_found_and_creates_nothing() {
    activeGroup(fake, "shop");

    assertThatThrownBy(() -> create(ARN_PREFIX + "dataset/shop/USERS", "load"))
        .isExactlyInstanceOf(ResourceNotFoundException.class);
    assertThat(listAll()).isEmpty();
  }

  @Test
  void create_for_an_arn_of_another_type_is_not_found() {
    String group = activeGroup(fake, "shop");
    activeDataset(fake, group, "Users");

    assertThatThrownBy(() -> create(group, "load"))
        .isExactlyInstanceOf(ResourceNotFoundException.class);
  }

  @Test
  void create_for_a_dataset_of_another_region_is_not_found() {
    String dataset = usersDataset();

    assertThatThrownBy(() -> createImportJob(fake.service("us-west-2"), dataset, "load"))
        .isExactlyInstanceOf(ResourceNotFoundException.class);
  }

  @Test
  void an_unknown_dataset_is_reported_before_a_taken_name() {
    String dataset = usersDataset();
    create(dataset, "load");

    assertThatThrownBy(() -> create(ARN_PREFIX + "dataset/shop/ITEMS", "load"))
        .isExactlyInstanceOf(ResourceNotFoundException.class);
  }

  // ---- CreateDatasetImportJob: check 4, the dataset is ACTIVE ----

  @Test
  void create_for_a_dataset_being_created_is_refused_as_in_use() {
    useFake(fakeWith(Timings.instant().withNever(ResourceType.DATASET, Phase.CREATE_IN_PROGRESS)));
    String group = activeGroup(fake, "shop");
    String dataset =
        Fixtures.createDataset(
            personalize, group, "Users", Fixtures.createSchema(personalize, "users", USERS_SCHEMA));
    assertThat(Fixtures.datasetStatus(personalize, dataset)).isEqualTo("CREATE IN_PROGRESS");

    assertThatThrownBy(() -> create(dataset, "load"))
        .isExactlyInstanceOf(ResourceInUseException.class);
    assertThat(listAll()).isEmpty();
  }

  @Test
  void create_for_a_failed_dataset_is_refused_as_in_use() {
    String group = activeGroup(fake, "shop");
    Fixtures.failNext(fake, ResourceType.DATASET, "failed");
    String dataset =
        Fixtures.createDataset(
            personalize, group, "Users", Fixtures.createSchema(personalize, "users", USERS_SCHEMA));

    assertThatThrownBy(() -> create(dataset, "load"))
        .isExactlyInstanceOf(ResourceInUseException.class);
    assertThat(listAll()).isEmpty();
  }

  @Test
  void create_for_a_dataset_being_deleted_is_refused_as_in_use() {
    useFake(Fixtures.realisticFake(clock));
    String dataset = usersDataset();
    personalize.deleteDataset(b -> b.datasetArn(dataset));

    assertThatThrownBy(() -> create(dataset, "load"))
        .isExactlyInstanceOf(ResourceInUseException.class);
    assertThat(listAll()).isEmpty();
  }

  @Test
  void a_dataset_that_is_not_active_is_reported_before_a_taken_name() {
    useFake(Fixtures.realisticFake(clock));
    String group = activeGroup(fake, "shop");
    String users = activeDataset(fake, group, "Users");
    create(users, "load");
    String items =
        Fixtures.createDataset(
            personalize,
            group,
            "Items",
            Fixtures.createSchema(personalize, "items", Fixtures.ITEMS_SCHEMA));

    assertThatThrownBy(() -> create(items, "load"))
        .isExactlyInstanceOf(ResourceInUseException.class);
  }

  // ---- CreateDatasetImportJob: check 5, one running import per dataset ----

  @Test
  void create_while_another_import_of_the_dataset_is_pending_is_refused_as_in_use() {
    useFake(fakeWith(jobsStayPending()));
    String dataset = usersDataset();
    create(dataset, "first");

    assertThatThrownBy(() -> create(dataset, "second"))
        .isExactlyInstanceOf(ResourceInUseException.class);
    assertThat(listAll()).extracting(DatasetImportJobSummary::jobName).containsExactly("first");
  }

  @Test
  void create_while_another_import_of_the_dataset_is_in_progress_is_refused_as_in_use() {
    useFake(Fixtures.realisticFake(clock));
    String dataset = usersDataset();
    String first = create(dataset, "first");
    clock.advance(Duration.ofSeconds(10));
    assertThat(jobStatus(personalize, first)).isEqualTo("CREATE IN_PROGRESS");

    assertThatThrownBy(() -> create(dataset, "second"))
        .isExactlyInstanceOf(ResourceInUseException.class);

    clock.advance(Duration.ofMinutes(5));
    create(dataset, "second");
    assertThat(listAll()).hasSize(2);
  }

  @Test
  void a_failed_import_does_not_block_the_next_one() {
    String dataset = usersDataset();
    Fixtures.failNext(fake, ResourceType.DATASET_IMPORT_JOB, "failed");
    create(dataset, "first");

    String second = create(dataset, "second");

    assertThat(jobStatus(personalize, second)).isEqualTo("ACTIVE");
  }

  @Test
  void a_running_import_of_another_dataset_does_not_block() {
    useFake(fakeWith(jobsStayPending()));
    String group = activeGroup(fake, "shop");
    String users = activeDataset(fake, group, "Users");
    String items = activeDataset(fake, group, "Items");
    create(users, "load-users");

    create(items, "load-items");

    assertThat(listAll()).hasSize(2);
  }

  @Test
  void a_running_import_is_reported_before_a_taken_name() {
    useFake(fakeWith(jobsStayPending()));
    String dataset = usersDataset();
    create(dataset, "load");

    assertThatThrownBy(() -> create(dataset, "load"))
        .isExactlyInstanceOf(ResourceInUseException.class);
  }

  // ---- CreateDatasetImportJob: checks 6 and 7 ----

  @Test
  void create_with_a_taken_name_is_refused_as_already_existing() {
    String group = activeGroup(fake, "shop");
    String users = activeDataset(fake, group, "Users");
    String items = activeDataset(fake, group, "Items");
    String arn = create(users, "load");

    assertThatThrownBy(() -> create(items, "load"))
        .isExactlyInstanceOf(ResourceAlreadyExistsException.class);
    assertThatThrownBy(() -> create(users, "load"))
        .isExactlyInstanceOf(ResourceAlreadyExistsException.class);
    assertThat(listAll())
        .extracting(DatasetImportJobSummary::datasetImportJobArn)
        .containsExactly(arn);
    assertThat(describe(arn).datasetArn()).isEqualTo(users);
  }

  @Test
  void a_failed_job_keeps_its_name() {
    String dataset = usersDataset();
    Fixtures.failNext(fake, ResourceType.DATASET_IMPORT_JOB, "failed");
    create(dataset, "load");

    assertThatThrownBy(() -> create(dataset, "load"))
        .isExactlyInstanceOf(ResourceAlreadyExistsException.class);
  }

  @Test
  void a_taken_name_is_reported_before_the_quota() {
    useFake(
        Fixtures.builder(clock)
            .quota(Quota.TRANSITIONAL_DATASET_IMPORT_JOBS, 1)
            .timings(jobsStayPending())
            .build());
    String group = activeGroup(fake, "shop");
    String users = activeDataset(fake, group, "Users");
    String items = activeDataset(fake, group, "Items");
    create(users, "load");

    // the quota is full and the name is taken; the name collision wins
    assertThatThrownBy(() -> create(items, "load"))
        .isExactlyInstanceOf(ResourceAlreadyExistsException.class);
  }

  @Test
  void create_beyond_the_transitional_import_quota_is_refused_and_creates_nothing() {
    useFake(
        Fixtures.builder(clock)
            .quota(Quota.TRANSITIONAL_DATASET_IMPORT_JOBS, 2)
            .timings(jobsStayPending())
            .build());
    String shop = activeGroup(fake, "shop");
    String outlet = activeGroup(fake, "outlet");
    create(activeDataset(fake, shop, "Users"), "one");
    create(activeDataset(fake, shop, "Items"), "two");
    String third = activeDataset(fake, outlet, "Users");

    assertThatThrownBy(() -> create(third, "three"))
        .isExactlyInstanceOf(LimitExceededException.class);
    assertThat(listAll())
        .extracting(DatasetImportJobSummary::jobName)
        .containsExactlyInAnyOrder("one", "two");
  }

  @Test
  void only_transitional_imports_count_toward_the_quota() {
    useFake(
        Fixtures.builder(clock)
            .quota(Quota.TRANSITIONAL_DATASET_IMPORT_JOBS, 1)
            .timings(Timings.realistic())
            .build());
    String group = activeGroup(fake, "shop");
    String users = activeDataset(fake, group, "Users");
    String items = activeDataset(fake, group, "Items");
    String first = create(users, "first");
    assertThatThrownBy(() -> create(items, "second"))
        .isExactlyInstanceOf(LimitExceededException.class);

    clock.advance(Duration.ofSeconds(10).plusMinutes(5));
    assertThat(jobStatus(personalize, first)).isEqualTo("ACTIVE");
    String second = create(items, "second");

    assertThat(jobStatus(personalize, second)).isEqualTo("CREATE PENDING");
  }

  // ---- DescribeDatasetImportJob: errors ----

  @Test
  void describe_without_arn_is_invalid_input() {
    assertThatThrownBy(() -> personalize.describeDatasetImportJob(b -> {}))
        .isExactlyInstanceOf(InvalidInputException.class);
  }

  @Test
  void describe_with_a_malformed_arn_is_invalid_input() {
    assertThatThrownBy(() -> describe("dataset-import-job/load"))
        .isExactlyInstanceOf(InvalidInputException.class);
  }

  @Test
  void describe_of_an_arn_that_names_nothing_is_not_found() {
    assertThatThrownBy(() -> describe(ARN_PREFIX + "dataset-import-job/none"))
        .isExactlyInstanceOf(ResourceNotFoundException.class);
  }

  @Test
  void describe_of_an_arn_of_another_type_is_not_found() {
    String dataset = usersDataset();
    create(dataset, "load");

    assertThatThrownBy(() -> describe(dataset))
        .isExactlyInstanceOf(ResourceNotFoundException.class);
  }

  @Test
  void describe_of_an_arn_of_another_region_or_account_is_not_found() {
    String arn = create(usersDataset(), "load");

    assertThatThrownBy(() -> describe(arn.replace("us-east-1", "eu-west-1")))
        .isExactlyInstanceOf(ResourceNotFoundException.class);
    assertThatThrownBy(() -> describe(arn.replace("123456789012", "000000000000")))
        .isExactlyInstanceOf(ResourceNotFoundException.class);
  }

  // ---- ListDatasetImportJobs ----

  @Test
  void list_filters_by_dataset() {
    String group = activeGroup(fake, "shop");
    String users = activeDataset(fake, group, "Users");
    String items = activeDataset(fake, group, "Items");
    String u1 = create(users, "u1");
    String i1 = create(items, "i1");
    String u2 = create(users, "u2");

    assertThat(personalize.listDatasetImportJobs(b -> b.datasetArn(users)).datasetImportJobs())
        .extracting(DatasetImportJobSummary::datasetImportJobArn)
        .containsExactly(u1, u2);
    assertThat(personalize.listDatasetImportJobs(b -> b.datasetArn(items)).datasetImportJobs())
        .extracting(DatasetImportJobSummary::datasetImportJobArn)
        .containsExactly(i1);
  }

  @Test
  void list_with_an_unknown_dataset_is_empty() {
    create(usersDataset(), "load");

    ListDatasetImportJobsResponse response =
        personalize.listDatasetImportJobs(b -> b.datasetArn(ARN_PREFIX + "dataset/shop/ITEMS"));

    assertThat(response.datasetImportJobs()).isEmpty();
    assertThat(response.nextToken()).isNull();
  }

  @Test
  void list_with_a_dataset_group_arn_as_filter_is_empty() {
    String group = activeGroup(fake, "shop");
    create(activeDataset(fake, group, "Users"), "load");

    assertThat(personalize.listDatasetImportJobs(b -> b.datasetArn(group)).datasetImportJobs())
        .isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"dataset/shop/USERS", "arn:aws:s3:::bucket"})
  void list_with_a_malformed_dataset_arn_is_invalid_input(String filter) {
    assertThatThrownBy(() -> personalize.listDatasetImportJobs(b -> b.datasetArn(filter)))
        .isExactlyInstanceOf(InvalidInputException.class);
  }

  @Test
  void list_summaries_equal_the_describe_fields() {
    useFake(Fixtures.realisticFake(clock));
    String group = activeGroup(fake, "shop");
    String users = activeDataset(fake, group, "Users");
    String items = activeDataset(fake, group, "Items");
    String done = create(users, "done");
    clock.advance(Duration.ofMinutes(6));
    Fixtures.failNext(fake, ResourceType.DATASET_IMPORT_JOB, "bad rows");
    String failed = create(users, "failed");
    clock.advance(Duration.ofMinutes(6));
    String running = create(items, "running");
    clock.advance(Duration.ofSeconds(30));

    assertThat(listAll())
        .containsExactly(
            summaryOf(describe(running)), summaryOf(describe(failed)), summaryOf(describe(done)));
    assertThat(listAll())
        .extracting(DatasetImportJobSummary::status, DatasetImportJobSummary::failureReason)
        .containsExactly(
            tuple("CREATE IN_PROGRESS", null),
            tuple("CREATE FAILED", "bad rows"),
            tuple("ACTIVE", null));
  }

  @Test
  void list_is_newest_first_with_ties_broken_by_arn() {
    String group = activeGroup(fake, "shop");
    String users = activeDataset(fake, group, "Users");
    String items = activeDataset(fake, group, "Items");
    String interactions = activeDataset(fake, group, "Interactions");
    create(users, "b");
    create(items, "c");
    create(interactions, "a");
    clock.advance(Duration.ofSeconds(1));
    create(users, "z");

    assertThat(listAll())
        .extracting(DatasetImportJobSummary::jobName)
        .containsExactly("z", "a", "b", "c");
    assertThat(personalize.listDatasetImportJobs(b -> b.datasetArn(users)).datasetImportJobs())
        .extracting(DatasetImportJobSummary::jobName)
        .containsExactly("z", "b");
  }

  @Test
  void a_token_is_bound_to_the_dataset_filter_it_was_issued_for() {
    String group = activeGroup(fake, "shop");
    String users = activeDataset(fake, group, "Users");
    create(users, "one");
    clock.advance(Duration.ofSeconds(1));
    create(users, "two");
    ListDatasetImportJobsResponse first =
        personalize.listDatasetImportJobs(b -> b.datasetArn(users).maxResults(1));
    String token = first.nextToken();

    assertThat(first.datasetImportJobs())
        .extracting(DatasetImportJobSummary::jobName)
        .containsExactly("two");
    assertThat(
            personalize
                .listDatasetImportJobs(b -> b.datasetArn(users).nextToken(token))
                .datasetImportJobs())
        .extracting(DatasetImportJobSummary::jobName)
        .containsExactly("one");
    assertThatThrownBy(() -> personalize.listDatasetImportJobs(b -> b.nextToken(token)))
        .isExactlyInstanceOf(InvalidNextTokenException.class);
  }

  // ---- lifecycle ----

  @Test
  void a_job_goes_pending_then_in_progress_after_10_seconds_then_active_after_5_minutes() {
    useFake(Fixtures.realisticFake(clock));
    String dataset = usersDataset();
    Instant created = clock.instant();

    String arn = create(dataset, "load");

    DatasetImportJob pending = describe(arn);
    assertThat(pending.status()).isEqualTo("CREATE PENDING");
    assertThat(pending.lastUpdatedDateTime()).isEqualTo(created);

    clock.advance(Duration.ofMillis(9_999));
    assertThat(jobStatus(personalize, arn)).isEqualTo("CREATE PENDING");
    clock.advance(Duration.ofMillis(1));
    DatasetImportJob inProgress = describe(arn);
    assertThat(inProgress.status()).isEqualTo("CREATE IN_PROGRESS");
    assertThat(inProgress.lastUpdatedDateTime()).isEqualTo(created.plusSeconds(10));

    clock.advance(Duration.ofMinutes(5).minusMillis(1));
    assertThat(jobStatus(personalize, arn)).isEqualTo("CREATE IN_PROGRESS");
    clock.advance(Duration.ofMillis(1));
    DatasetImportJob active = describe(arn);
    assertThat(active.status()).isEqualTo("ACTIVE");
    assertThat(active.lastUpdatedDateTime()).isEqualTo(created.plusSeconds(310));
    assertThat(active.creationDateTime()).isEqualTo(created);
    assertThat(active.failureReason()).isNull();
  }

  @Test
  void when_the_clock_jumps_past_the_run_the_job_shows_the_due_time_of_its_end() {
    useFake(Fixtures.realisticFake(clock));
    String dataset = usersDataset();
    Instant created = clock.instant();
    String arn = create(dataset, "load");

    clock.advance(Duration.ofHours(5));

    DatasetImportJob job = describe(arn);
    assertThat(job.status()).isEqualTo("ACTIVE");
    assertThat(job.lastUpdatedDateTime()).isEqualTo(created.plusSeconds(310));
    assertThat(job.creationDateTime()).isEqualTo(created);
  }

  @Test
  void a_failure_is_recorded_at_the_due_time_of_the_last_step() {
    useFake(Fixtures.realisticFake(clock));
    String dataset = usersDataset();
    Instant created = clock.instant();
    Fixtures.failNext(fake, ResourceType.DATASET_IMPORT_JOB, "bad rows");
    String arn = create(dataset, "load");
    clock.advance(Duration.ofMinutes(4));
    assertThat(describe(arn).failureReason()).isNull();

    clock.advance(Duration.ofMinutes(4));

    DatasetImportJob job = describe(arn);
    assertThat(job.status()).isEqualTo("CREATE FAILED");
    assertThat(job.failureReason()).isEqualTo("bad rows");
    assertThat(job.lastUpdatedDateTime()).isEqualTo(created.plusSeconds(310));
  }

  @Test
  void with_manual_timings_a_job_stays_pending() {
    useFake(fakeWith(jobsStayPending()));
    String arn = create(usersDataset(), "load");

    clock.advance(Duration.ofDays(100));

    assertThat(jobStatus(personalize, arn)).isEqualTo("CREATE PENDING");
  }

  @Test
  void a_job_name_is_reusable_once_its_dataset_has_been_deleted() {
    String group = activeGroup(fake, "shop");
    String users = activeDataset(fake, group, "Users");
    String arn = create(users, "load");
    personalize.deleteDataset(b -> b.datasetArn(users));
    assertThatThrownBy(() -> describe(arn)).isExactlyInstanceOf(ResourceNotFoundException.class);
    String items = activeDataset(fake, group, "Items");

    String again = create(items, "load");

    assertThat(again).isEqualTo(arn);
    assertThat(describe(again).datasetArn()).isEqualTo(items);
  }
}
