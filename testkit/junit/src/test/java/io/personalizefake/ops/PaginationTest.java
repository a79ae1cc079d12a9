package io.personalizefake.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.personalizefake.config.Quotas.Quota;
import io.personalizefake.error.InvalidInputException;
import io.personalizefake.error.InvalidNextTokenException;
import io.personalizefake.model.DatasetGroupSummary;
import io.personalizefake.model.DatasetImportJobSummary;
import io.personalizefake.model.DatasetSchemaSummary;
import io.personalizefake.model.DatasetSummary;
import io.personalizefake.model.EventTrackerSummary;
import io.personalizefake.model.FilterSummary;
import io.personalizefake.model.RecipeProvider;
import io.personalizefake.model.RecipeSummary;
import io.personalizefake.ops.TestWorld.Type;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Paging of every List operation (README.md § Lists and pagination): maxResults 1..100, default
 * 100; newest creationDateTime first, ties by ARN ascending; nextToken only when more items follow;
 * stable walks while resources come and go; tokens bound to their operation, filter value and
 * region; tokens of at most 1300 characters.
 */
class PaginationTest {

  private static final String CLICKS =
      "EXCLUDE ItemID WHERE Interactions.EVENT_TYPE IN (\"click\")";
  private static final int MAX_TOKEN = 1300;
  private static final String BASE64URL =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

  private static final List<String> RECIPES =
      List.of(
          "aws-hrnn",
          "aws-hrnn-coldstart",
          "aws-hrnn-metadata",
          "aws-personalized-ranking",
          "aws-popularity-count",
          "aws-sims",
          "aws-user-personalization");

  /** One page of a listing, reduced to the ARNs it shows. */
  record Page(List<String> arns, @Nullable String nextToken) {}

  /** An item created by a test, with the clock's time at its creation. */
  record Item(String arn, Instant created) {}

  /** The order the spec documents: newest first, ties by ARN ascending. */
  private static final Comparator<Item> DOCUMENTED =
      Comparator.comparing(Item::created).reversed().thenComparing(Item::arn);

  /**
   * One List operation (and, for filtered lists, one filter value) with the resources it lists: how
   * to create and delete one, and how to ask for a page.
   */
  abstract static class Op {
    private final String name;

    Op(String name) {
      this.name = name;
    }

    /** Creates what the listed resources need (a parent group or dataset). */
    void setUp(TestWorld w) {}

    /** Creates one listed resource; returns its ARN. */
    abstract String create(TestWorld w, String name);

    /** Deletes one listed resource; false when the resource type cannot be deleted. */
    abstract boolean delete(TestWorld w, String arn);

    abstract Page list(TestWorld w, @Nullable Integer maxResults, @Nullable String nextToken);

    /** The operation's name, without the filter. */
    String operation() {
      return name.split(" ")[0];
    }

    @Override
    public String toString() {
      return name;
    }
  }

  static Stream<Op> ops() {
    return Stream.of(
        new Op("ListDatasetGroups") {
          @Override
          String create(TestWorld w, String name) {
            return w.groupPending(name);
          }

          @Override
          boolean delete(TestWorld w, String arn) {
            w.personalize.deleteDatasetGroup(b -> b.datasetGroupArn(arn));
            return true;
          }

          @Override
          Page list(TestWorld w, @Nullable Integer max, @Nullable String token) {
            var r = w.personalize.listDatasetGroups(b -> b.maxResults(max).nextToken(token));
            return new Page(
                r.datasetGroups().stream().map(DatasetGroupSummary::datasetGroupArn).toList(),
                r.nextToken());
          }
        },
        new Op("ListSchemas") {
          @Override
          String create(TestWorld w, String name) {
            return w.schema(name, TestWorld.USERS_SCHEMA);
          }

          @Override
          boolean delete(TestWorld w, String arn) {
            w.personalize.deleteSchema(b -> b.schemaArn(arn));
            return true;
          }

          @Override
          Page list(TestWorld w, @Nullable Integer max, @Nullable String token) {
            var r = w.personalize.listSchemas(b -> b.maxResults(max).nextToken(token));
            return new Page(
                r.schemas().stream().map(DatasetSchemaSummary::schemaArn).toList(), r.nextToken());
          }
        },
        new Op("ListDatasets") {
          @Override
          String create(TestWorld w, String name) {
            return w.datasetPending(w.groupPending(name), Type.USERS);
          }

          @Override
          boolean delete(TestWorld w, String arn) {
            w.personalize.deleteDataset(b -> b.datasetArn(arn));
            return true;
          }

          @Override
          Page list(TestWorld w, @Nullable Integer max, @Nullable String token) {
            var r = w.personalize.listDatasets(b -> b.maxResults(max).nextToken(token));
            return new Page(
                r.datasets().stream().map(DatasetSummary::datasetArn).toList(), r.nextToken());
          }
        },
        new Op("ListDatasetImportJobs by dataset") {
          String dataset;

          @Override
          void setUp(TestWorld w) {
            dataset = w.dataset(w.group("jobs-home"), Type.INTERACTIONS);
          }

          @Override
          String create(TestWorld w, String name) {
            return w.importJob(dataset, name);
          }

          @Override
          boolean delete(TestWorld w, String arn) {
            return false;
          }

          @Override
          Page list(TestWorld w, @Nullable Integer max, @Nullable String token) {
            var r =
                w.personalize.listDatasetImportJobs(
                    b -> b.datasetArn(dataset).maxResults(max).nextToken(token));
            return new Page(
                r.datasetImportJobs().stream()
                    .map(DatasetImportJobSummary::datasetImportJobArn)
                    .toList(),
                r.nextToken());
          }
        },
        new Op("ListDatasetImportJobs") {
          final List<String> datasets = new ArrayList<>();
          int created;

          @Override
          void setUp(TestWorld w) {
            datasets.add(w.dataset(w.group("jobs-a"), Type.INTERACTIONS));
            datasets.add(w.dataset(w.group("jobs-b"), Type.ITEMS));
          }

          @Override
          String create(TestWorld w, String name) {
            return w.importJob(datasets.get(created++ % 2), name);
          }

          @Override
          boolean delete(TestWorld w, String arn) {
            return false;
          }

          @Override
          Page list(TestWorld w, @Nullable Integer max, @Nullable String token) {
            var r = w.personalize.listDatasetImportJobs(b -> b.maxResults(max).nextToken(token));
            return new Page(
                r.datasetImportJobs().stream()
                    .map(DatasetImportJobSummary::datasetImportJobArn)
                    .toList(),
                r.nextToken());
          }
        },
        new Op("ListEventTrackers") {
          @Override
          String create(TestWorld w, String name) {
            return w.tracker(w.group(name), "t");
          }

          @Override
          boolean delete(TestWorld w, String arn) {
            w.personalize.deleteEventTracker(b -> b.eventTrackerArn(arn));
            return true;
          }

          @Override
          Page list(TestWorld w, @Nullable Integer max, @Nullable String token) {
            var r = w.personalize.listEventTrackers(b -> b.maxResults(max).nextToken(token));
            return new Page(
                r.eventTrackers().stream().map(EventTrackerSummary::eventTrackerArn).toList(),
                r.nextToken());
          }
        },
        new Op("ListFilters by group") {
          String group;

          @Override
          void setUp(TestWorld w) {
            group = w.group("filters-home", Type.INTERACTIONS);
          }

          @Override
          String create(TestWorld w, String name) {
            return w.filter(group, name, CLICKS);
          }

          @Override
          boolean delete(TestWorld w, String arn) {
            w.personalize.deleteFilter(b -> b.filterArn(arn));
            return true;
          }

          @Override
          Page list(TestWorld w, @Nullable Integer max, @Nullable String token) {
            var r =
                w.personalize.listFilters(
                    b -> b.datasetGroupArn(group).maxResults(max).nextToken(token));
            return new Page(
                r.filters().stream().map(FilterSummary::filterArn).toList(), r.nextToken());
          }
        },
        new Op("ListFilters") {
          final List<String> groups = new ArrayList<>();
          int created;

          @Override
          void setUp(TestWorld w) {
            groups.add(w.group("filters-a", Type.INTERACTIONS));
            groups.add(w.group("filters-b", Type.INTERACTIONS));
          }

          @Override
          String create(TestWorld w, String name) {
            return w.filter(groups.get(created++ % 2), name, CLICKS);
          }

          @Override
          boolean delete(TestWorld w, String arn) {
            w.personalize.deleteFilter(b -> b.filterArn(arn));
            return true;
          }

          @Override
          Page list(TestWorld w, @Nullable Integer max, @Nullable String token) {
            var r = w.personalize.listFilters(b -> b.maxResults(max).nextToken(token));
            return new Page(
                r.filters().stream().map(FilterSummary::filterArn).toList(), r.nextToken());
          }
        });
  }

  private static TestWorld world() {
    return TestWorld.with(b -> b.quota(Quota.FILTERS, 1000));
  }

  /**
   * A name for the {@code i}-th item that does not sort in creation order: the sequence number is
   * scrambled by a permutation of 0..210.
   */
  private static String name(String prefix, int i) {
    return prefix + String.format("%03d", (i * 97) % 211);
  }

  /** Creates {@code n} items, {@code perInstant} at each instant, the instants a second apart. */
  private static List<Item> populate(TestWorld w, Op op, int n, int perInstant) {
    List<Item> items = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      if (i > 0 && i % perInstant == 0) {
        w.advanceSeconds(1);
      }
      items.add(new Item(op.create(w, name("n", i)), w.now()));
    }
    return items;
  }

  private static List<String> documentedOrder(List<Item> items) {
    return items.stream().sorted(DOCUMENTED).map(Item::arn).toList();
  }

  /** Every page of a walk with page size {@code k}, from the first. */
  private static List<Page> walk(TestWorld w, Op op, @Nullable Integer k) {
    List<Page> pages = new ArrayList<>();
    String token = null;
    do {
      Page page = op.list(w, k, token);
      pages.add(page);
      token = page.nextToken();
      assertThat(pages).as("the walk ends").hasSizeLessThan(1000);
    } while (token != null);
    return pages;
  }

  private static List<String> flatten(List<Page> pages) {
    return pages.stream().flatMap(p -> p.arns().stream()).toList();
  }

  private static List<Integer> pageSizes() {
    List<Integer> sizes = new ArrayList<>();
    for (int k = 1; k <= 25; k++) {
      sizes.add(k);
    }
    sizes.addAll(List.of(50, 99, 100));
    return sizes;
  }

  // ---- order and page sizes ----

  @ParameterizedTest(name = "{0}")
  @MethodSource("ops")
  void a_walk_with_any_page_size_returns_every_item_once_in_the_documented_order(Op op) {
    TestWorld w = world();
    op.setUp(w);
    List<String> expected = documentedOrder(populate(w, op, 23, 4));

    for (int k : pageSizes()) {
      List<Page> pages = walk(w, op, k);
      assertThat(flatten(pages)).as("maxResults %d", k).containsExactlyElementsOf(expected);
      for (Page p : pages) {
        assertThat(p.arns()).as("maxResults %d", k).hasSizeBetween(1, k);
        if (p.nextToken() != null) {
          assertThat(p.nextToken()).hasSizeLessThanOrEqualTo(MAX_TOKEN);
        }
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("ops")
  void items_created_at_the_same_instant_are_ordered_by_arn(Op op) {
    TestWorld w = world();
    op.setUp(w);
    List<String> arns = new ArrayList<>();
    for (int i = 0; i < 7; i++) {
      arns.add(op.create(w, name("same", i)));
    }

    assertThat(op.list(w, null, null).arns())
        .containsExactlyElementsOf(arns.stream().sorted().toList());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("ops")
  void newer_items_come_first(Op op) {
    TestWorld w = world();
    op.setUp(w);
    String older = op.create(w, "b-older");
    w.advance(Duration.ofMillis(1));
    String newer = op.create(w, "z-newer");

    assertThat(op.list(w, null, null).arns()).containsExactly(newer, older);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("ops")
  void max_results_defaults_to_100(Op op) {
    TestWorld w = world();
    op.setUp(w);
    List<String> expected = documentedOrder(populate(w, op, 101, 10));

    Page first = op.list(w, null, null);
    assertThat(first.arns()).containsExactlyElementsOf(expected.subList(0, 100));
    assertThat(first.nextToken()).isNotNull();
    Page second = op.list(w, null, first.nextToken());
    assertThat(second.arns()).containsExactly(expected.get(100));
    assertThat(second.nextToken()).isNull();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("ops")
  void max_results_outside_1_to_100_is_invalid_input(Op op) {
    TestWorld w = world();
    op.setUp(w);
    populate(w, op, 2, 1);

    for (int bad : new int[] {0, 101, -1, Integer.MAX_VALUE, Integer.MIN_VALUE}) {
      assertThatExceptionOfType(InvalidInputException.class)
          .as("maxResults %d", bad)
          .isThrownBy(() -> op.list(w, bad, null));
    }
    assertThat(op.list(w, 1, null).arns()).hasSize(1);
    assertThat(op.list(w, 100, null).arns()).hasSize(2);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("ops")
  void next_token_is_absent_on_the_last_page(Op op) {
    TestWorld w = world();
    op.setUp(w);
    assertThat(op.list(w, 1, null)).isEqualTo(new Page(List.of(), null));
    List<String> expected = documentedOrder(populate(w, op, 6, 6));

    Page first = op.list(w, 3, null);
    assertThat(first.nextToken()).isNotNull();
    Page last = op.list(w, 3, first.nextToken());
    assertThat(last.arns()).containsExactlyElementsOf(expected.subList(3, 6));
    assertThat(last.nextToken()).as("an exactly full last page").isNull();
    assertThat(op.list(w, 6, null).nextToken()).isNull();
    assertThat(op.list(w, 7, null).nextToken()).isNull();
    assertThat(op.list(w, 5, null).nextToken()).isNotNull();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("ops")
  void a_token_can_be_used_again_and_with_another_page_size(Op op) {
    TestWorld w = world();
    op.setUp(w);
    List<String> expected = documentedOrder(populate(w, op, 5, 5));
    String token = op.list(w, 2, null).nextToken();

    assertThat(op.list(w, 2, token).arns()).containsExactlyElementsOf(expected.subList(2, 4));
    assertThat(op.list(w, 2, token).arns()).containsExactlyElementsOf(expected.subList(2, 4));
    assertThat(op.list(w, 10, token).arns()).containsExactlyElementsOf(expected.subList(2, 5));
  }

  // ---- walks while the list changes ----

  @ParameterizedTest(name = "{0}")
  @MethodSource("ops")
  void a_walk_during_which_items_come_and_go_neither_repeats_nor_skips_a_lasting_item(Op op) {
    TestWorld w = world();
    op.setUp(w);
    List<String> expected = documentedOrder(populate(w, op, 15, 3));
    Set<String> notLasting = new HashSet<>();
    List<String> seen = new ArrayList<>();
    int created = 0;

    String token = null;
    do {
      Page page = op.list(w, 2, token);
      seen.addAll(page.arns());
      token = page.nextToken();
      // the item the token points after goes away
      String cursor = page.arns().get(page.arns().size() - 1);
      if (op.delete(w, cursor)) {
        notLasting.add(cursor);
      }
      // an item still ahead goes away
      List<String> ahead =
          expected.stream().filter(a -> !seen.contains(a) && !notLasting.contains(a)).toList();
      if (ahead.size() > 2 && op.delete(w, ahead.get(ahead.size() / 2))) {
        notLasting.add(ahead.get(ahead.size() / 2));
      }
      // new items: at the newest instant (they may sort after the cursor), and later
      op.create(w, name("new", created++));
      if (created % 3 == 0) {
        w.advanceSeconds(1);
      }
      op.create(w, name("new", created++));
    } while (token != null);

    assertThat(new HashSet<>(seen)).as("no item twice").hasSameSizeAs(seen);
    List<String> lasting = expected.stream().filter(a -> !notLasting.contains(a)).toList();
    assertThat(seen.stream().filter(lasting::contains).toList())
        .as("every lasting item once, in order")
        .containsExactlyElementsOf(lasting);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("ops")
  void a_page_starts_right_after_the_last_item_returned_even_when_that_item_is_gone(Op op) {
    TestWorld w = world();
    op.setUp(w);
    List<String> expected = documentedOrder(populate(w, op, 6, 3));
    Page first = op.list(w, 2, null);
    boolean deleted = op.delete(w, first.arns().get(1));

    assertThat(op.list(w, 2, first.nextToken()).arns())
        .containsExactlyElementsOf(expected.subList(2, 4));
    if (deleted) {
      assertThat(op.list(w, 100, null).arns()).doesNotContain(first.arns().get(1));
    }
  }

  // ---- filtered lists ----

  @Test
  void list_datasets_by_group_walks_that_groups_datasets_by_arn() {
    TestWorld w = world();
    String group = w.fullGroup("shop");
    w.fullGroup("other");

    List<String> seen = new ArrayList<>();
    String token = null;
    do {
      String t = token;
      var page =
          w.personalize.listDatasets(b -> b.datasetGroupArn(group).maxResults(1).nextToken(t));
      page.datasets().forEach(d -> seen.add(d.datasetArn()));
      token = page.nextToken();
    } while (token != null);

    String prefix = "arn:aws:personalize:us-east-1:123456789012:dataset/shop/";
    assertThat(seen).containsExactly(prefix + "INTERACTIONS", prefix + "ITEMS", prefix + "USERS");
  }

  // ---- tokens from elsewhere ----

  @Test
  void a_token_from_another_operation_is_refused() {
    TestWorld w = world();
    Map<String, Op> ops = new LinkedHashMap<>();
    int i = 0;
    for (Op op : ops().toList()) {
      op.setUp(w);
      for (int j = 0; j < 3; j++) {
        op.create(w, "o" + i + "-" + j);
      }
      ops.put(op.toString(), op);
      i++;
    }
    Map<String, String> tokens = new LinkedHashMap<>();
    ops.forEach((name, op) -> tokens.put(name, op.list(w, 1, null).nextToken()));
    tokens.put("ListRecipes", w.personalize.listRecipes(b -> b.maxResults(1)).nextToken());
    assertThat(tokens.values()).doesNotContainNull();

    for (var from : tokens.entrySet()) {
      String fromOp = from.getKey().split(" ")[0];
      for (Op to : ops.values()) {
        if (!fromOp.equals(to.operation())) {
          assertThatExceptionOfType(InvalidNextTokenException.class)
              .as("token of %s used in %s", from.getKey(), to)
              .isThrownBy(() -> to.list(w, 1, from.getValue()));
        }
      }
      if (!fromOp.equals("ListRecipes")) {
        assertThatExceptionOfType(InvalidNextTokenException.class)
            .as("token of %s used in ListRecipes", from.getKey())
            .isThrownBy(() -> w.personalize.listRecipes(b -> b.nextToken(from.getValue())));
      }
    }
  }

  @Test
  void a_token_from_another_filter_value_is_refused() {
    TestWorld w = world();
    String a = w.group("a", Type.INTERACTIONS, Type.ITEMS);
    String b = w.group("b", Type.INTERACTIONS, Type.ITEMS);
    String datasetA =
        w.personalize.listDatasets(x -> x.datasetGroupArn(a)).datasets().get(0).datasetArn();
    String datasetB =
        w.personalize.listDatasets(x -> x.datasetGroupArn(b)).datasets().get(0).datasetArn();
    w.importJob(datasetA, "j1-a");
    w.importJob(datasetA, "j2-a");
    w.importJob(datasetB, "j1-b");
    w.importJob(datasetB, "j2-b");
    w.filter(a, "f1-a", CLICKS);
    w.filter(a, "f2-a", CLICKS);
    w.filter(b, "f1-b", CLICKS);
    w.filter(b, "f2-b", CLICKS);
    w.tracker(a, "t");
    w.tracker(b, "t");

    // ListDatasets: group a, group b, no filter
    String datasetsOfA =
        w.personalize.listDatasets(x -> x.datasetGroupArn(a).maxResults(1)).nextToken();
    String allDatasets = w.personalize.listDatasets(x -> x.maxResults(1)).nextToken();
    assertThatThrownBy(
            () -> w.personalize.listDatasets(x -> x.datasetGroupArn(b).nextToken(datasetsOfA)))
        .isInstanceOf(InvalidNextTokenException.class);
    assertThatThrownBy(() -> w.personalize.listDatasets(x -> x.nextToken(datasetsOfA)))
        .isInstanceOf(InvalidNextTokenException.class);
    assertThatThrownBy(
            () -> w.personalize.listDatasets(x -> x.datasetGroupArn(a).nextToken(allDatasets)))
        .isInstanceOf(InvalidNextTokenException.class);

    // ListDatasetImportJobs: dataset a, dataset b, no filter
    String jobsOfA =
        w.personalize.listDatasetImportJobs(x -> x.datasetArn(datasetA).maxResults(1)).nextToken();
    String allJobs = w.personalize.listDatasetImportJobs(x -> x.maxResults(1)).nextToken();
    assertThatThrownBy(
            () ->
                w.personalize.listDatasetImportJobs(x -> x.datasetArn(datasetB).nextToken(jobsOfA)))
        .isInstanceOf(InvalidNextTokenException.class);
    assertThatThrownBy(() -> w.personalize.listDatasetImportJobs(x -> x.nextToken(jobsOfA)))
        .isInstanceOf(InvalidNextTokenException.class);
    assertThatThrownBy(
            () ->
                w.personalize.listDatasetImportJobs(x -> x.datasetArn(datasetA).nextToken(allJobs)))
        .isInstanceOf(InvalidNextTokenException.class);

    // ListFilters: group a, group b, no filter
    String filtersOfA =
        w.personalize.listFilters(x -> x.datasetGroupArn(a).maxResults(1)).nextToken();
    String allFilters = w.personalize.listFilters(x -> x.maxResults(1)).nextToken();
    assertThatThrownBy(
            () -> w.personalize.listFilters(x -> x.datasetGroupArn(b).nextToken(filtersOfA)))
        .isInstanceOf(InvalidNextTokenException.class);
    assertThatThrownBy(() -> w.personalize.listFilters(x -> x.nextToken(filtersOfA)))
        .isInstanceOf(InvalidNextTokenException.class);
    assertThatThrownBy(
            () -> w.personalize.listFilters(x -> x.datasetGroupArn(a).nextToken(allFilters)))
        .isInstanceOf(InvalidNextTokenException.class);

    // ListEventTrackers: a group holds one tracker, so only the unfiltered list has a second page
    String allTrackers = w.personalize.listEventTrackers(x -> x.maxResults(1)).nextToken();
    assertThatThrownBy(
            () -> w.personalize.listEventTrackers(x -> x.datasetGroupArn(a).nextToken(allTrackers)))
        .isInstanceOf(InvalidNextTokenException.class);

    // each token works with its own filter value
    assertThat(
            w.personalize.listDatasets(x -> x.datasetGroupArn(a).nextToken(datasetsOfA)).datasets())
        .hasSize(1);
    assertThat(w.personalize.listDatasets(x -> x.nextToken(allDatasets)).datasets()).hasSize(3);
    assertThat(
            w.personalize
                .listDatasetImportJobs(x -> x.datasetArn(datasetA).nextToken(jobsOfA))
                .datasetImportJobs())
        .hasSize(1);
    assertThat(w.personalize.listFilters(x -> x.datasetGroupArn(a).nextToken(filtersOfA)).filters())
        .hasSize(1);
    assertThat(w.personalize.listEventTrackers(x -> x.nextToken(allTrackers)).eventTrackers())
        .hasSize(1);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("ops")
  void a_token_of_another_region_is_refused(Op op) {
    TestWorld us = world();
    TestWorld eu = us.inRegion("eu-west-1");
    Op euOp = ops().filter(o -> o.toString().equals(op.toString())).findFirst().orElseThrow();
    op.setUp(us);
    euOp.setUp(eu);
    populate(us, op, 3, 3);
    populate(eu, euOp, 3, 3);
    String usToken = op.list(us, 1, null).nextToken();
    String euToken = euOp.list(eu, 1, null).nextToken();

    assertThatThrownBy(() -> euOp.list(eu, 1, usToken))
        .isInstanceOf(InvalidNextTokenException.class);
    assertThatThrownBy(() -> op.list(us, 1, euToken)).isInstanceOf(InvalidNextTokenException.class);
    assertThat(op.list(us, 1, usToken).arns()).hasSize(1);
    assertThat(euOp.list(eu, 1, euToken).arns()).hasSize(1);
  }

  // ---- tokens that were never issued ----

  @ParameterizedTest(name = "{0}")
  @MethodSource("ops")
  void a_token_changed_in_any_one_character_is_refused(Op op) {
    TestWorld w = world();
    op.setUp(w);
    populate(w, op, 3, 3);
    String token = op.list(w, 1, null).nextToken();
    assertThat(token).isNotNull();

    for (int i = 0; i < token.length(); i++) {
      for (char c : new char[] {shifted(token.charAt(i), 1), shifted(token.charAt(i), 32), '.'}) {
        String modified = token.substring(0, i) + c + token.substring(i + 1);
        assertThatExceptionOfType(InvalidNextTokenException.class)
            .as("character %d changed to %s", i, c)
            .isThrownBy(() -> op.list(w, 1, modified));
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("ops")
  void a_token_that_was_shortened_extended_or_padded_is_refused(Op op) {
    TestWorld w = world();
    op.setUp(w);
    populate(w, op, 3, 3);
    String token = op.list(w, 1, null).nextToken();

    for (String modified :
        List.of(
            token.substring(0, token.length() - 1),
            token.substring(1),
            token + "A",
            token + "AAAA",
            token + "=",
            token + "==",
            "A" + token,
            token + " ",
            token.toUpperCase(),
            token.toLowerCase())) {
      if (!modified.equals(token)) {
        assertThatExceptionOfType(InvalidNextTokenException.class)
            .as("'%s' for '%s'", modified, token)
            .isThrownBy(() -> op.list(w, 1, modified));
      }
    }
  }

  private static char shifted(char c, int by) {
    int at = BASE64URL.indexOf(c);
    return at < 0 ? 'A' : BASE64URL.charAt((at + by) % BASE64URL.length());
  }

  private static List<String> garbage() {
    Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
    return List.of(
        "",
        " ",
        "garbage",
        "null",
        "AAAA",
        "!!!!",
        "\u0000",
        "tökén",
        "x".repeat(1500),
        b64.encodeToString("ListDatasetGroups".getBytes(StandardCharsets.UTF_8)),
        b64.encodeToString(
            "ListDatasetGroups\u0002\u0002x\u00020123456789abcdef0123456789abcdef"
                .getBytes(StandardCharsets.UTF_8)),
        b64.encodeToString(new byte[64]));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("ops")
  void garbage_tokens_are_refused(Op op) {
    TestWorld w = world();
    op.setUp(w);
    populate(w, op, 3, 3);

    for (String garbage : garbage()) {
      assertThatExceptionOfType(InvalidNextTokenException.class)
          .as("'%s'", garbage)
          .isThrownBy(() -> op.list(w, 1, garbage));
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("ops")
  void a_token_longer_than_the_model_allows_is_invalid_input(Op op) {
    TestWorld w = world();
    op.setUp(w);

    assertThatThrownBy(() -> op.list(w, 1, "x".repeat(1501)))
        .isInstanceOf(InvalidInputException.class);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("ops")
  void tokens_are_at_most_1300_characters_even_with_the_longest_names(Op op) {
    TestWorld w = world();
    op.setUp(w);
    for (int i = 0; i < 4; i++) {
      op.create(w, "x".repeat(60) + String.format("%03d", i));
    }

    List<Page> pages = walk(w, op, 1);

    assertThat(pages).hasSize(4);
    for (Page p : pages.subList(0, 3)) {
      assertThat(p.nextToken()).hasSizeLessThanOrEqualTo(MAX_TOKEN);
    }
  }

  @Test
  void filtered_list_tokens_are_at_most_1300_characters_with_the_longest_parent_names() {
    TestWorld w = world();
    String group = w.group("g".repeat(63), Type.INTERACTIONS, Type.ITEMS, Type.USERS);
    String dataset =
        w.personalize.listDatasets(b -> b.datasetGroupArn(group)).datasets().get(0).datasetArn();
    for (int i = 0; i < 3; i++) {
      w.importJob(dataset, "j".repeat(60) + String.format("%03d", i));
      w.filter(group, "f".repeat(60) + String.format("%03d", i), CLICKS);
    }

    List<String> tokens =
        List.of(
            w.personalize.listDatasets(b -> b.datasetGroupArn(group).maxResults(1)).nextToken(),
            w.personalize
                .listDatasetImportJobs(b -> b.datasetArn(dataset).maxResults(1))
                .nextToken(),
            w.personalize.listFilters(b -> b.datasetGroupArn(group).maxResults(1)).nextToken());

    assertThat(tokens)
        .allSatisfy(t -> assertThat(t).isNotNull().hasSizeLessThanOrEqualTo(MAX_TOKEN));
  }

  // ---- ListRecipes ----

  @ParameterizedTest
  @ValueSource(booleans = {false, true})
  void list_recipes_walks_return_every_recipe_once_by_name(boolean serviceOnly) {
    TestWorld w = world();
    String provider = serviceOnly ? RecipeProvider.SERVICE.toString() : null;

    for (int k : pageSizes()) {
      List<String> names = new ArrayList<>();
      String token = null;
      do {
        String t = token;
        var page =
            w.personalize.listRecipes(b -> b.maxResults(k).nextToken(t).recipeProvider(provider));
        assertThat(page.recipes()).hasSizeBetween(1, k);
        page.recipes().forEach(r -> names.add(r.name()));
        token = page.nextToken();
        if (token != null) {
          assertThat(token).hasSizeLessThanOrEqualTo(MAX_TOKEN);
        }
      } while (token != null);
      assertThat(names).as("maxResults %d", k).containsExactlyElementsOf(RECIPES);
    }
  }

  @Test
  void list_recipes_max_results_defaults_to_100_and_is_checked() {
    TestWorld w = world();

    var all = w.personalize.listRecipes(b -> {});
    assertThat(all.recipes()).extracting(RecipeSummary::name).containsExactlyElementsOf(RECIPES);
    assertThat(all.nextToken()).isNull();
    for (int bad : new int[] {0, 101, -1}) {
      assertThatExceptionOfType(InvalidInputException.class)
          .as("maxResults %d", bad)
          .isThrownBy(() -> w.personalize.listRecipes(b -> b.maxResults(bad)));
    }
    assertThat(w.personalize.listRecipes(b -> b.maxResults(7)).nextToken()).isNull();
    assertThat(w.personalize.listRecipes(b -> b.maxResults(6)).nextToken()).isNotNull();
  }

  @Test
  void list_recipes_refuses_a_token_of_another_provider_value_region_or_operation() {
    TestWorld w = world();
    TestWorld eu = w.inRegion("eu-west-1");
    String all = w.personalize.listRecipes(b -> b.maxResults(2)).nextToken();
    String service =
        w.personalize
            .listRecipes(b -> b.maxResults(2).recipeProvider(RecipeProvider.SERVICE))
            .nextToken();
    w.groupPending("g1");
    w.groupPending("g2");
    String groups = w.personalize.listDatasetGroups(b -> b.maxResults(1)).nextToken();

    assertThatThrownBy(
            () ->
                w.personalize.listRecipes(
                    b -> b.nextToken(all).recipeProvider(RecipeProvider.SERVICE)))
        .isInstanceOf(InvalidNextTokenException.class);
    assertThatThrownBy(() -> w.personalize.listRecipes(b -> b.nextToken(service)))
        .isInstanceOf(InvalidNextTokenException.class);
    assertThatThrownBy(() -> eu.personalize.listRecipes(b -> b.nextToken(all)))
        .isInstanceOf(InvalidNextTokenException.class);
    assertThatThrownBy(() -> w.personalize.listRecipes(b -> b.nextToken(groups)))
        .isInstanceOf(InvalidNextTokenException.class);
    assertThat(w.personalize.listRecipes(b -> b.nextToken(all)).recipes())
        .extracting(RecipeSummary::name)
        .containsExactlyElementsOf(RECIPES.subList(2, 7));
  }

  @Test
  void list_recipes_refuses_modified_and_garbage_tokens() {
    TestWorld w = world();
    String token = w.personalize.listRecipes(b -> b.maxResults(2)).nextToken();

    for (int i = 0; i < token.length(); i++) {
      String modified =
          token.substring(0, i) + shifted(token.charAt(i), 1) + token.substring(i + 1);
      assertThatExceptionOfType(InvalidNextTokenException.class)
          .as("character %d changed", i)
          .isThrownBy(() -> w.personalize.listRecipes(b -> b.nextToken(modified)));
    }
    for (String garbage : garbage()) {
      assertThatExceptionOfType(InvalidNextTokenException.class)
          .as("'%s'", garbage)
          .isThrownBy(() -> w.personalize.listRecipes(b -> b.nextToken(garbage)));
    }
  }
}
