package io.personalizefake.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.personalizefake.config.Quotas.Quota;
import io.personalizefake.config.Timings;
import io.personalizefake.error.InvalidInputException;
import io.personalizefake.error.LimitExceededException;
import io.personalizefake.error.ResourceAlreadyExistsException;
import io.personalizefake.error.ResourceInUseException;
import io.personalizefake.error.ResourceNotFoundException;
import io.personalizefake.json.Json;
import io.personalizefake.model.Filter;
import io.personalizefake.model.FilterSummary;
import io.personalizefake.model.ListFiltersResponse;
import io.personalizefake.model.ResourceType;
import io.personalizefake.ops.TestWorld.Type;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** CreateFilter, DescribeFilter, ListFilters, DeleteFilter (resources.md § Filter, filters.md). */
class FilterTest {

  private static final String CLICKS =
      "EXCLUDE ItemID WHERE Interactions.EVENT_TYPE IN (\"click\")";
  private static final String UNKNOWN_GROUP = TestWorld.unknownArn("dataset-group", "nope");

  /** filters.md §7, every valid example. */
  static Stream<String> validExamples() {
    return Stream.of(
        "EXCLUDE ItemID WHERE Interactions.EVENT_TYPE IN (\"purchase\")",
        "include itemid where interactions.event_type in (\"*\")",
        "EXCLUDE itemId WHERE INTERACTIONS.event_type in (\"watch\", \"skip\")",
        "INCLUDE ItemID WHERE Items.BRAND IN ($BRANDS)",
        "EXCLUDE ItemID WHERE Items.COLOR IN (\"red\", \"green\") OR Items.SIZE NOT IN (\"XL\")",
        "INCLUDE ItemID WHERE Items.PRICE <= 50 AND Items.RATING >= 4.5",
        "INCLUDE ItemID WHERE Items.PRICE < $MAX_PRICE",
        "EXCLUDE ItemID WHERE Items.AGE_RATING IN (\"adult\") IF CurrentUser.AGE < 18",
        "INCLUDE ItemID WHERE Items.CATEGORY IN ($CAT) IF CurrentUser.TIER IN (\"gold\") AND CurrentUser.AGE >= $MIN_AGE",
        "INCLUDE ItemID WHERE Items.CATEGORY IN ($CAT) | EXCLUDE ItemID WHERE Interactions.EVENT_TYPE IN (\"view\", \"cart\")");
  }

  /** filters.md §8, the examples that break the grammar or a syntactic rule (1-16). */
  static Stream<Arguments> syntaxErrors() {
    return Stream.of(
        Arguments.of(
            "grammar: WHERE missing", "EXCLUDE ItemID Interactions.EVENT_TYPE IN (\"click\")"),
        Arguments.of("F9", "EXCLUDE UserID WHERE Interactions.EVENT_TYPE IN (\"click\")"),
        Arguments.of(
            "F2",
            "INCLUDE ItemID WHERE Items.COLOR IN (\"red\") AND Interactions.EVENT_TYPE IN (\"click\")"),
        Arguments.of("F4 two parameters", "INCLUDE ItemID WHERE Items.COLOR IN ($A, $B)"),
        Arguments.of(
            "F4 parameter and string", "INCLUDE ItemID WHERE Items.COLOR IN ($A, \"red\")"),
        Arguments.of("F5 string compared", "INCLUDE ItemID WHERE Items.COLOR = \"red\""),
        Arguments.of("F5 numbers in IN", "INCLUDE ItemID WHERE Items.PRICE IN (10, 20)"),
        Arguments.of("F6", "EXCLUDE ItemID WHERE Items.GENRE IN (\"*\")"),
        Arguments.of("F3 CurrentUser in WHERE", "INCLUDE ItemID WHERE CurrentUser.AGE > 18"),
        Arguments.of(
            "F3 OR in IF",
            "INCLUDE ItemID WHERE Items.A IN (\"x\") IF CurrentUser.AGE > 18 OR CurrentUser.TIER IN (\"gold\")"),
        Arguments.of(
            "F3 two IF",
            "INCLUDE ItemID WHERE Items.A IN (\"x\") IF CurrentUser.AGE > 18 IF CurrentUser.B IN (\"y\")"),
        Arguments.of("single quotes", "INCLUDE ItemID WHERE Items.A IN ('x')"),
        Arguments.of("F10", "INCLUDE ItemID WHERE Items.A IN ()"),
        Arguments.of("F7", "EXCLUDE ItemID WHERE Interactions.EVENT_VALUE > 3"),
        Arguments.of("empty parameter name", "INCLUDE ItemID WHERE Items.A IN ($)"),
        Arguments.of(
            "F1 trailing bar", "EXCLUDE ItemID WHERE Interactions.EVENT_TYPE IN (\"click\") |"));
  }

  // ---- valid expressions ----

  @ParameterizedTest
  @MethodSource("validExamples")
  void every_valid_example_of_the_spec_is_accepted_and_stored_as_given(String expression) {
    TestWorld w = TestWorld.instant();
    String group = w.fullGroup("shop");

    String arn = w.filter(group, "f", expression);

    assertThat(arn).isEqualTo("arn:aws:personalize:us-east-1:123456789012:filter/f");
    Filter filter = describe(w, arn);
    assertThat(filter.filterExpression()).isEqualTo(expression);
    assertThat(filter.name()).isEqualTo("f");
    assertThat(filter.filterArn()).isEqualTo(arn);
    assertThat(filter.datasetGroupArn()).isEqualTo(group);
    assertThat(filter.status()).isEqualTo("ACTIVE");
    assertThat(filter.creationDateTime()).isEqualTo(w.now());
    assertThat(filter.lastUpdatedDateTime()).isEqualTo(w.now());
    assertThat(filter.failureReason()).isNull();
  }

  @Test
  void all_valid_examples_fit_in_one_group() {
    TestWorld w = TestWorld.instant();
    String group = w.fullGroup("shop");
    List<String> examples = validExamples().toList();

    for (int i = 0; i < examples.size(); i++) {
      w.filter(group, "f" + i, examples.get(i));
    }

    assertThat(w.personalize.listFilters(b -> b.datasetGroupArn(group)).filters())
        .hasSize(examples.size());
  }

  @Test
  void an_interactions_expression_needs_only_an_interactions_dataset() {
    TestWorld w = TestWorld.instant();
    String group = w.group("shop", Type.INTERACTIONS);

    assertThat(w.filterStatus(w.filter(group, "f", CLICKS))).isEqualTo("ACTIVE");
  }

  @Test
  void item_and_user_fields_are_matched_ignoring_case() {
    TestWorld w = TestWorld.instant();
    String group = w.fullGroup("shop");

    String arn =
        w.filter(
            group,
            "f",
            "include itemid where items.brand in (\"acme\") if currentuser.tier in (\"gold\") and currentuser.age > 3");

    assertThat(w.filterStatus(arn)).isEqualTo("ACTIVE");
  }

  @Test
  void the_expression_is_returned_byte_for_byte() {
    TestWorld w = TestWorld.instant();
    String group = w.fullGroup("shop");
    String expression =
        "  eXcLuDe\tItemId\r\n  WHERE   Items.Genre   NOT   IN(\"Café\",\"日本\",\"😀 x\")"
            + "\n|\tinclude ITEMID where INTERACTIONS.Event_Type in (\"*\",\"Buy\")   ";

    String arn = w.filter(group, "f", expression);

    assertThat(describe(w, arn).filterExpression()).isEqualTo(expression);
  }

  @Test
  void the_expression_length_is_counted_in_code_points() {
    TestWorld w = TestWorld.instant();
    String group = w.fullGroup("shop");
    String head = "EXCLUDE ItemID WHERE Items.GENRE IN (\"";
    String tail = "\")";
    String fill = "😀".repeat(2500 - head.length() - tail.length());
    String longest = head + fill + tail;
    assertThat(longest.codePointCount(0, longest.length())).isEqualTo(2500);
    assertThat(longest.length()).isGreaterThan(2500);

    String arn = w.filter(group, "longest", longest);
    assertThat(describe(w, arn).filterExpression()).isEqualTo(longest);

    String tooLong = head + fill + "x" + tail;
    assertThatThrownBy(() -> w.filter(group, "too-long", tooLong))
        .isInstanceOf(InvalidInputException.class);
  }

  // ---- syntax ----

  @ParameterizedTest(name = "{0}")
  @MethodSource("syntaxErrors")
  void a_syntax_error_is_invalid_input(String rule, String expression) {
    TestWorld w = TestWorld.instant();
    String group = w.fullGroup("shop");

    assertThatThrownBy(() -> w.filter(group, "f", expression))
        .isInstanceOf(InvalidInputException.class);
    assertThat(w.personalize.listFilters(b -> {}).filters()).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("syntaxErrors")
  void a_syntax_error_is_reported_before_the_group_is_looked_up(String rule, String expression) {
    TestWorld w = TestWorld.instant();

    assertThatThrownBy(() -> w.filter(UNKNOWN_GROUP, "f", expression))
        .isInstanceOf(InvalidInputException.class);
  }

  @Test
  void a_syntax_error_is_reported_before_a_name_collision() {
    TestWorld w = TestWorld.instant();
    String group = w.fullGroup("shop");
    w.filter(group, "f", CLICKS);

    assertThatThrownBy(() -> w.filter(group, "f", "EXCLUDE ItemID WHERE"))
        .isInstanceOf(InvalidInputException.class);
  }

  @Test
  void model_constraints_are_invalid_input() {
    TestWorld w = TestWorld.instant();
    String group = w.fullGroup("shop");

    assertThatExceptionOfType(InvalidInputException.class)
        .as("empty expression")
        .isThrownBy(() -> w.filter(group, "f", ""));
    assertThatExceptionOfType(InvalidInputException.class)
        .as("expression missing")
        .isThrownBy(() -> w.personalize.createFilter(b -> b.name("f").datasetGroupArn(group)));
    assertThatExceptionOfType(InvalidInputException.class)
        .as("bad name")
        .isThrownBy(() -> w.filter(group, "bad name", CLICKS));
    assertThatExceptionOfType(InvalidInputException.class)
        .as("malformed group ARN")
        .isThrownBy(() -> w.filter("dataset-group/shop", "f", CLICKS));
  }

  // ---- group ----

  @Test
  void a_valid_expression_for_an_unknown_group_is_not_found() {
    TestWorld w = TestWorld.instant();

    assertThatThrownBy(() -> w.filter(UNKNOWN_GROUP, "f", CLICKS))
        .isInstanceOf(ResourceNotFoundException.class);
    assertThatExceptionOfType(ResourceNotFoundException.class)
        .as("semantic rules come after the lookup")
        .isThrownBy(
            () ->
                w.filter(
                    UNKNOWN_GROUP, "f", "INCLUDE ItemID WHERE Items.NO_SUCH_FIELD IN (\"x\")"));
  }

  @Test
  void a_group_that_is_not_active_is_refused_as_invalid_input() {
    TestWorld w = TestWorld.realistic();
    String group = w.groupPending("shop");

    assertThatThrownBy(() -> w.filter(group, "f", CLICKS))
        .isInstanceOf(InvalidInputException.class);
    w.advanceSeconds(10);
    assertThat(w.groupStatus(group)).isEqualTo("CREATE IN_PROGRESS");
    assertThatThrownBy(() -> w.filter(group, "f", CLICKS))
        .isInstanceOf(InvalidInputException.class);
    w.advanceSeconds(10);
    w.personalize.deleteDatasetGroup(b -> b.datasetGroupArn(group));
    assertThat(w.groupStatus(group)).isEqualTo("DELETE PENDING");
    assertThatThrownBy(() -> w.filter(group, "f", CLICKS))
        .isInstanceOf(InvalidInputException.class)
        .isNotInstanceOf(ResourceInUseException.class);
    assertThat(w.personalize.listFilters(b -> {}).filters()).isEmpty();
  }

  @Test
  void a_failed_group_is_refused_as_invalid_input() {
    TestWorld w = TestWorld.instant();
    w.failNext(ResourceType.DATASET_GROUP, "injected");
    String group = w.groupPending("shop");
    assertThat(w.groupStatus(group)).isEqualTo("CREATE FAILED");

    assertThatThrownBy(() -> w.filter(group, "f", CLICKS))
        .isInstanceOf(InvalidInputException.class);
  }

  @Test
  void a_failed_filter_shows_its_reason_keeps_its_name_and_counts_toward_the_limits() {
    TestWorld w = TestWorld.with(b -> b.quota(Quota.FILTERS, 3));
    String group = w.fullGroup("shop");
    w.failNext(ResourceType.FILTER, "injected failure");
    String failed = w.filter(group, "f", parameters(1, 5));

    Filter described = describe(w, failed);
    assertThat(described.status()).isEqualTo("CREATE FAILED");
    assertThat(described.failureReason()).isEqualTo("injected failure");
    FilterSummary summary = w.personalize.listFilters(b -> {}).filters().get(0);
    assertThat(summary.status()).isEqualTo("CREATE FAILED");
    assertThat(summary.failureReason()).isEqualTo("injected failure");
    assertThatThrownBy(() -> w.filter(group, "f", CLICKS))
        .isInstanceOf(ResourceAlreadyExistsException.class);
    w.filter(group, "g", parameters(6, 10));
    assertThatExceptionOfType(LimitExceededException.class)
        .as("its parameters count for the group")
        .isThrownBy(() -> w.filter(group, "h", parameters(11, 11)));
    w.filter(group, "h", CLICKS);
    assertThatExceptionOfType(LimitExceededException.class)
        .as("it counts toward the filter quota")
        .isThrownBy(() -> w.filter(group, "i", CLICKS));

    w.personalize.deleteFilter(b -> b.filterArn(failed));
    assertThat(w.filterStatus(w.filter(group, "f", parameters(11, 11)))).isEqualTo("ACTIVE");
  }

  // ---- semantics ----

  @Test
  void s1_an_interactions_expression_needs_an_interactions_dataset() {
    TestWorld w = TestWorld.instant();
    String group = w.group("shop", Type.ITEMS, Type.USERS);

    assertThatThrownBy(() -> w.filter(group, "f", CLICKS))
        .isInstanceOf(InvalidInputException.class);
  }

  @Test
  void s2_an_items_expression_needs_an_items_dataset() {
    TestWorld w = TestWorld.instant();
    String group = w.group("shop", Type.INTERACTIONS, Type.USERS);

    assertThatThrownBy(() -> w.filter(group, "f", "INCLUDE ItemID WHERE Items.BRAND IN (\"acme\")"))
        .isInstanceOf(InvalidInputException.class);
  }

  @Test
  void s2_an_items_field_must_be_in_the_items_schema() {
    TestWorld w = TestWorld.instant();
    String group = w.fullGroup("shop");

    assertThatThrownBy(
            () -> w.filter(group, "f", "INCLUDE ItemID WHERE Items.NO_SUCH_FIELD IN (\"x\")"))
        .isInstanceOf(InvalidInputException.class);
    assertThatExceptionOfType(InvalidInputException.class)
        .as("a field of the Users schema")
        .isThrownBy(() -> w.filter(group, "f", "INCLUDE ItemID WHERE Items.TIER IN (\"x\")"));
  }

  @Test
  void s3_a_current_user_condition_needs_a_users_dataset_with_the_field() {
    TestWorld w = TestWorld.instant();
    String noUsers = w.group("no-users", Type.INTERACTIONS, Type.ITEMS);
    String full = w.fullGroup("full");

    assertThatExceptionOfType(InvalidInputException.class)
        .as("no Users dataset")
        .isThrownBy(
            () ->
                w.filter(
                    noUsers,
                    "f",
                    "INCLUDE ItemID WHERE Items.A IN (\"x\") IF CurrentUser.TIER IN (\"gold\")"));
    assertThatExceptionOfType(InvalidInputException.class)
        .as("no such Users field")
        .isThrownBy(
            () ->
                w.filter(
                    full,
                    "f",
                    "INCLUDE ItemID WHERE Items.A IN (\"x\") IF CurrentUser.NO_SUCH IN (\"gold\")"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "INCLUDE ItemID WHERE Items.PRICE IN (\"10\")",
        "INCLUDE ItemID WHERE Items.STOCK_COUNT NOT IN (\"0\")",
        "INCLUDE ItemID WHERE Items.PRICE IN ($P)",
        "INCLUDE ItemID WHERE Items.COLOR > 3",
        "INCLUDE ItemID WHERE Items.COLOR <= $C",
        "INCLUDE ItemID WHERE Items.IN_STOCK IN (\"true\")",
        "INCLUDE ItemID WHERE Items.IN_STOCK = 1",
        "INCLUDE ItemID WHERE Items.A IN (\"x\") IF CurrentUser.AGE IN (\"18\")",
        "INCLUDE ItemID WHERE Items.A IN (\"x\") IF CurrentUser.TIER >= 2",
        "INCLUDE ItemID WHERE Items.A IN (\"x\") IF CurrentUser.VIP IN (\"true\")",
        "INCLUDE ItemID WHERE Items.A IN (\"x\") IF CurrentUser.VIP = 1"
      })
  void s4_the_predicate_must_suit_the_field_type(String expression) {
    TestWorld w = TestWorld.instant();
    String group = w.fullGroup("shop");

    assertThatThrownBy(() -> w.filter(group, "f", expression))
        .isInstanceOf(InvalidInputException.class);
  }

  @Test
  void numeric_comparisons_accept_every_numeric_type() {
    TestWorld w = TestWorld.instant();
    String group = w.fullGroup("shop");

    w.filter(group, "double", "INCLUDE ItemID WHERE Items.PRICE > 1");
    w.filter(group, "float", "INCLUDE ItemID WHERE Items.RATING = 4.5");
    w.filter(group, "int", "INCLUDE ItemID WHERE Items.STOCK_COUNT >= $MIN_STOCK");
    w.filter(group, "long", "INCLUDE ItemID WHERE Items.CREATION_TIMESTAMP < 1700000000");

    assertThat(w.personalize.listFilters(b -> {}).filters()).hasSize(4);
  }

  @Test
  void an_items_dataset_being_deleted_counts_as_absent() {
    TestWorld w = TestWorld.realistic();
    String group = w.group("shop", Type.INTERACTIONS, Type.ITEMS);
    String items = datasetOfType(w, group, "ITEMS");
    String itemsExpression = "INCLUDE ItemID WHERE Items.BRAND IN (\"acme\")";

    w.personalize.deleteDataset(b -> b.datasetArn(items));
    assertThat(w.datasetStatus(items)).isEqualTo("DELETE PENDING");
    assertThatThrownBy(() -> w.filter(group, "f", itemsExpression))
        .isInstanceOf(InvalidInputException.class);
    w.advanceSeconds(10);
    assertThat(w.datasetStatus(items)).isEqualTo("DELETE IN_PROGRESS");
    assertThatThrownBy(() -> w.filter(group, "f", itemsExpression))
        .isInstanceOf(InvalidInputException.class);

    assertThat(w.filterStatus(w.filter(group, "interactions", CLICKS))).isEqualTo("CREATE PENDING");
  }

  @Test
  void an_interactions_dataset_being_deleted_counts_as_absent() {
    TestWorld w = TestWorld.realistic();
    String group = w.group("shop", Type.INTERACTIONS);
    String interactions = datasetOfType(w, group, "INTERACTIONS");

    w.personalize.deleteDataset(b -> b.datasetArn(interactions));

    assertThatThrownBy(() -> w.filter(group, "f", CLICKS))
        .isInstanceOf(InvalidInputException.class);
  }

  @Test
  void a_users_dataset_being_deleted_counts_as_absent() {
    TestWorld w = TestWorld.realistic();
    String group = w.group("shop", Type.ITEMS, Type.USERS);
    String users = datasetOfType(w, group, "USERS");

    w.personalize.deleteDataset(b -> b.datasetArn(users));

    assertThatThrownBy(
            () ->
                w.filter(
                    group,
                    "f",
                    "INCLUDE ItemID WHERE Items.A IN (\"x\") IF CurrentUser.TIER IN (\"gold\")"))
        .isInstanceOf(InvalidInputException.class);
  }

  private static String datasetOfType(TestWorld w, String group, String type) {
    return w.personalize.listDatasets(b -> b.datasetGroupArn(group)).datasets().stream()
        .filter(d -> d.datasetType().equals(type))
        .findFirst()
        .orElseThrow()
        .datasetArn();
  }

  @Test
  void a_semantic_error_is_reported_before_a_name_collision() {
    TestWorld w = TestWorld.instant();
    String group = w.fullGroup("shop");
    w.filter(group, "f", CLICKS);

    assertThatThrownBy(
            () -> w.filter(group, "f", "INCLUDE ItemID WHERE Items.NO_SUCH_FIELD IN (\"x\")"))
        .isInstanceOf(InvalidInputException.class);
  }

  // ---- names ----

  @Test
  void a_filter_name_is_unique_in_the_account_and_region() {
    TestWorld w = TestWorld.instant();
    String a = w.fullGroup("a");
    String b = w.fullGroup("b");
    w.filter(a, "f", CLICKS);

    assertThatThrownBy(() -> w.filter(a, "f", CLICKS))
        .isInstanceOf(ResourceAlreadyExistsException.class);
    assertThatExceptionOfType(ResourceAlreadyExistsException.class)
        .as("another group")
        .isThrownBy(() -> w.filter(b, "f", CLICKS));
    assertThat(w.personalize.listFilters(x -> {}).filters()).hasSize(1);
  }

  @Test
  void a_filter_being_deleted_keeps_its_name_until_it_is_gone() {
    TestWorld w = TestWorld.realistic();
    String group = w.fullGroup("shop");
    String f = w.filter(group, "f", CLICKS);
    w.advanceSeconds(20);
    w.personalize.deleteFilter(b -> b.filterArn(f));

    assertThatThrownBy(() -> w.filter(group, "f", CLICKS))
        .isInstanceOf(ResourceAlreadyExistsException.class);
    w.advanceSeconds(20);
    assertThat(w.filter(group, "f", CLICKS)).isEqualTo(f);
    assertThat(w.filterStatus(f)).isEqualTo("CREATE PENDING");
  }

  @Test
  void a_name_collision_is_reported_before_the_quota() {
    TestWorld w = TestWorld.with(b -> b.quota(Quota.FILTERS, 1));
    String group = w.fullGroup("shop");
    w.filter(group, "f", CLICKS);

    assertThatThrownBy(() -> w.filter(group, "f", CLICKS))
        .isInstanceOf(ResourceAlreadyExistsException.class);
  }

  // ---- parameters ----

  @Test
  void six_parameters_in_one_filter_exceed_the_limit() {
    TestWorld w = TestWorld.instant();
    String group = w.fullGroup("shop");
    String six =
        "EXCLUDE ItemID WHERE Items.TAG IN ($P1) OR Items.TAG IN ($P2) OR Items.TAG IN ($P3) OR Items.TAG IN ($P4)"
            + " OR Items.TAG IN ($P5) OR Items.TAG IN ($P6)";

    assertThatThrownBy(() -> w.filter(group, "f", six)).isInstanceOf(LimitExceededException.class);
    assertThat(w.personalize.listFilters(b -> {}).filters()).isEmpty();
  }

  @Test
  void five_parameters_in_one_filter_are_allowed_and_a_repeated_parameter_counts_once() {
    TestWorld w = TestWorld.instant();
    String group = w.fullGroup("shop");

    w.filter(group, "five", parameters(1, 5));
    w.filter(
        group,
        "repeated",
        "EXCLUDE ItemID WHERE Items.TAG IN ($P1) OR Items.TAG IN ($P1) OR Items.GENRE IN ($P2) OR Items.GENRE IN ($P3)"
            + " OR Items.TAG IN ($P4) OR Items.PRICE < $P5 | INCLUDE ItemID WHERE Items.A IN ($P1) IF CurrentUser.AGE > $P5");

    assertThat(w.personalize.listFilters(b -> {}).filters()).hasSize(2);
  }

  @Test
  void parameters_spread_over_expressions_and_if_clauses_count_together() {
    TestWorld w = TestWorld.instant();
    String group = w.fullGroup("shop");
    String six =
        "EXCLUDE ItemID WHERE Items.TAG IN ($P1) OR Items.GENRE IN ($P2) IF CurrentUser.AGE > $P3"
            + " | INCLUDE ItemID WHERE Items.A IN ($P4) OR Items.PRICE < $P5 IF CurrentUser.TIER IN ($P6)";

    assertThatThrownBy(() -> w.filter(group, "f", six)).isInstanceOf(LimitExceededException.class);
  }

  @Test
  void parameter_names_are_case_sensitive() {
    TestWorld w = TestWorld.instant();
    String group = w.fullGroup("shop");
    String six =
        "EXCLUDE ItemID WHERE Items.TAG IN ($P1) OR Items.TAG IN ($p1) OR Items.TAG IN ($P2) OR Items.TAG IN ($P3)"
            + " OR Items.TAG IN ($P4) OR Items.TAG IN ($P5)";

    assertThatThrownBy(() -> w.filter(group, "f", six)).isInstanceOf(LimitExceededException.class);
  }

  @Test
  void more_than_ten_distinct_parameters_across_a_groups_filters_exceed_the_limit() {
    TestWorld w = TestWorld.instant();
    String group = w.fullGroup("shop");
    w.filter(group, "f1", parameters(1, 5));
    w.filter(group, "f2", parameters(6, 10));

    assertThatThrownBy(() -> w.filter(group, "f3", parameters(11, 11)))
        .isInstanceOf(LimitExceededException.class);
    w.filter(group, "reuses", parameters(4, 8));
    w.filter(group, "none", CLICKS);
    assertThat(w.personalize.listFilters(b -> b.datasetGroupArn(group)).filters()).hasSize(4);
  }

  @Test
  void parameters_of_another_groups_filters_do_not_count() {
    TestWorld w = TestWorld.instant();
    String a = w.fullGroup("a");
    String b = w.fullGroup("b");
    w.filter(a, "a1", parameters(1, 5));
    w.filter(a, "a2", parameters(6, 10));

    w.filter(b, "b1", parameters(11, 15));
    w.filter(b, "b2", parameters(16, 20));

    assertThat(w.personalize.listFilters(x -> {}).filters()).hasSize(4);
  }

  @Test
  void parameters_of_filters_being_deleted_do_not_count() {
    TestWorld w = TestWorld.realistic();
    String group = w.fullGroup("shop");
    String f1 = w.filter(group, "f1", parameters(1, 5));
    w.filter(group, "f2", parameters(6, 10));
    assertThatExceptionOfType(LimitExceededException.class)
        .as("filters being created count")
        .isThrownBy(() -> w.filter(group, "f3", parameters(11, 15)));
    w.advanceSeconds(20);

    w.personalize.deleteFilter(b -> b.filterArn(f1));
    assertThat(w.filterStatus(f1)).isEqualTo("DELETE PENDING");

    assertThat(w.filterStatus(w.filter(group, "f3", parameters(11, 15))))
        .isEqualTo("CREATE PENDING");
  }

  private static String parameters(int from, int to) {
    return "EXCLUDE ItemID WHERE "
        + IntStream.rangeClosed(from, to)
            .mapToObj(i -> "Items.TAG IN ($P" + i + ")")
            .collect(Collectors.joining(" OR "));
  }

  // ---- quota ----

  @Test
  void the_filter_quota_counts_filters_of_every_group() {
    TestWorld w = TestWorld.with(b -> b.quota(Quota.FILTERS, 2));
    String a = w.fullGroup("a");
    String b = w.fullGroup("b");
    w.filter(a, "f1", CLICKS);
    w.filter(b, "f2", CLICKS);

    assertThatThrownBy(() -> w.filter(a, "f3", CLICKS)).isInstanceOf(LimitExceededException.class);
    assertThatThrownBy(() -> w.filter(b, "f3", CLICKS)).isInstanceOf(LimitExceededException.class);
  }

  @Test
  void the_default_filter_quota_is_ten() {
    TestWorld w = TestWorld.instant();
    String group = w.fullGroup("shop");
    for (int i = 0; i < 10; i++) {
      w.filter(group, "f" + i, CLICKS);
    }

    assertThatThrownBy(() -> w.filter(group, "f10", CLICKS))
        .isInstanceOf(LimitExceededException.class);
  }

  @Test
  void filters_being_deleted_do_not_count_toward_the_quota() {
    TestWorld w = TestWorld.with(b -> b.timings(Timings.realistic()).quota(Quota.FILTERS, 1));
    String group = w.fullGroup("shop");
    String f1 = w.filter(group, "f1", CLICKS);
    assertThatExceptionOfType(LimitExceededException.class)
        .as("a filter being created counts")
        .isThrownBy(() -> w.filter(group, "f2", CLICKS));
    w.advanceSeconds(20);

    w.personalize.deleteFilter(b -> b.filterArn(f1));

    assertThat(w.filterStatus(w.filter(group, "f2", CLICKS))).isEqualTo("CREATE PENDING");
  }

  // ---- describe and list ----

  @Test
  void describe_of_an_unknown_filter_is_not_found() {
    TestWorld w = TestWorld.instant();
    String group = w.fullGroup("shop");

    assertThatThrownBy(() -> describe(w, TestWorld.unknownArn("filter", "nope")))
        .isInstanceOf(ResourceNotFoundException.class);
    assertThatExceptionOfType(ResourceNotFoundException.class)
        .as("a dataset group ARN")
        .isThrownBy(() -> describe(w, group));
    assertThatThrownBy(() -> describe(w, "not an arn")).isInstanceOf(InvalidInputException.class);
  }

  @Test
  void list_filters_by_group_returns_that_groups_filters_newest_first() {
    TestWorld w = TestWorld.instant();
    String a = w.fullGroup("a");
    String b = w.fullGroup("b");
    String a1 = w.filter(a, "a1", CLICKS);
    w.filter(b, "b1", CLICKS);
    w.advanceSeconds(1);
    String a2 = w.filter(a, "a2", CLICKS);

    ListFiltersResponse listed = w.personalize.listFilters(x -> x.datasetGroupArn(a));

    assertThat(listed.filters()).extracting(FilterSummary::filterArn).containsExactly(a2, a1);
    assertThat(listed.nextToken()).isNull();
    assertThat(w.personalize.listFilters(x -> {}).filters()).hasSize(3);
    assertThat(w.personalize.listFilters(x -> x.datasetGroupArn(UNKNOWN_GROUP)).filters())
        .isEmpty();
  }

  @Test
  void list_summaries_agree_with_describe_and_carry_no_expression() {
    TestWorld w = TestWorld.instant();
    String group = w.fullGroup("shop");
    String arn = w.filter(group, "f", CLICKS);
    Filter described = describe(w, arn);

    ListFiltersResponse listed = w.personalize.listFilters(b -> b.datasetGroupArn(group));

    FilterSummary s = listed.filters().get(0);
    assertThat(s.name()).isEqualTo("f");
    assertThat(s.filterArn()).isEqualTo(arn);
    assertThat(s.datasetGroupArn()).isEqualTo(group);
    assertThat(s.status()).isEqualTo(described.status());
    assertThat(s.creationDateTime()).isEqualTo(described.creationDateTime());
    assertThat(s.lastUpdatedDateTime()).isEqualTo(described.lastUpdatedDateTime());
    JsonNode json = Json.mapper().valueToTree(listed);
    assertThat(json.has("Filters")).as("capital F on the wire").isTrue();
    assertThat(json.has("filters")).isFalse();
    List<String> members = new ArrayList<>();
    json.get("Filters").get(0).fieldNames().forEachRemaining(members::add);
    assertThat(members)
        .containsExactlyInAnyOrder(
            "name",
            "filterArn",
            "datasetGroupArn",
            "status",
            "creationDateTime",
            "lastUpdatedDateTime");
  }

  // ---- delete ----

  @Test
  void delete_goes_through_delete_pending_and_delete_in_progress_before_the_filter_disappears() {
    TestWorld w = TestWorld.realistic();
    String group = w.fullGroup("shop");
    String f = w.filter(group, "f", CLICKS);
    assertThat(w.filterStatus(f)).isEqualTo("CREATE PENDING");
    w.advanceSeconds(10);
    assertThat(w.filterStatus(f)).isEqualTo("CREATE IN_PROGRESS");
    w.advanceSeconds(10);
    assertThat(w.filterStatus(f)).isEqualTo("ACTIVE");
    Instant deleted = w.now();

    w.personalize.deleteFilter(b -> b.filterArn(f));

    assertThat(describe(w, f).status()).isEqualTo("DELETE PENDING");
    assertThat(describe(w, f).lastUpdatedDateTime()).isEqualTo(deleted);
    w.advanceSeconds(10);
    assertThat(describe(w, f).status()).isEqualTo("DELETE IN_PROGRESS");
    assertThat(describe(w, f).lastUpdatedDateTime()).isEqualTo(deleted.plusSeconds(10));
    assertThat(w.personalize.listFilters(b -> {}).filters())
        .extracting(FilterSummary::status)
        .containsExactly("DELETE IN_PROGRESS");
    w.advanceSeconds(10);
    assertThatThrownBy(() -> describe(w, f)).isInstanceOf(ResourceNotFoundException.class);
    assertThat(w.personalize.listFilters(b -> {}).filters()).isEmpty();
  }

  @Test
  void delete_of_a_filter_being_created_or_deleted_is_refused_as_in_use() {
    TestWorld w = TestWorld.realistic();
    String group = w.fullGroup("shop");
    String f = w.filter(group, "f", CLICKS);

    assertThatThrownBy(() -> w.personalize.deleteFilter(b -> b.filterArn(f)))
        .isInstanceOf(ResourceInUseException.class);
    w.advanceSeconds(10);
    assertThatThrownBy(() -> w.personalize.deleteFilter(b -> b.filterArn(f)))
        .isInstanceOf(ResourceInUseException.class);
    w.advanceSeconds(10);
    w.personalize.deleteFilter(b -> b.filterArn(f));
    assertThatThrownBy(() -> w.personalize.deleteFilter(b -> b.filterArn(f)))
        .isInstanceOf(ResourceInUseException.class);
    w.advanceSeconds(10);
    assertThat(w.filterStatus(f)).isEqualTo("DELETE IN_PROGRESS");
    assertThatThrownBy(() -> w.personalize.deleteFilter(b -> b.filterArn(f)))
        .isInstanceOf(ResourceInUseException.class);
  }

  @Test
  void delete_of_an_unknown_or_deleted_filter_is_not_found() {
    TestWorld w = TestWorld.instant();
    String group = w.fullGroup("shop");
    String f = w.filter(group, "f", CLICKS);
    w.personalize.deleteFilter(b -> b.filterArn(f));

    assertThatThrownBy(() -> w.personalize.deleteFilter(b -> b.filterArn(f)))
        .isInstanceOf(ResourceNotFoundException.class);
    assertThatThrownBy(
            () ->
                w.personalize.deleteFilter(
                    b -> b.filterArn(TestWorld.unknownArn("filter", "nope"))))
        .isInstanceOf(ResourceNotFoundException.class);
  }

  @Test
  void filters_disappear_with_their_dataset_group() {
    TestWorld w = TestWorld.realistic();
    String group = w.group("shop", Type.INTERACTIONS);
    String dataset = datasetOfType(w, group, "INTERACTIONS");
    String f = w.filter(group, "f", CLICKS);
    w.advanceSeconds(20);
    w.personalize.deleteDataset(b -> b.datasetArn(dataset));
    w.advanceSeconds(20);
    assertThat(w.filterStatus(f)).as("a filter outlives the dataset it names").isEqualTo("ACTIVE");

    w.personalize.deleteDatasetGroup(b -> b.datasetGroupArn(group));
    assertThat(w.filterStatus(f)).as("until the group is gone").isEqualTo("ACTIVE");
    w.advanceSeconds(10);

    assertThatThrownBy(() -> w.groupStatus(group)).isInstanceOf(ResourceNotFoundException.class);
    assertThatThrownBy(() -> describe(w, f)).isInstanceOf(ResourceNotFoundException.class);
    assertThat(w.personalize.listFilters(b -> {}).filters()).isEmpty();
  }

  private static Filter describe(TestWorld w, String arn) {
    return w.personalize.describeFilter(b -> b.filterArn(arn)).filter();
  }
}
