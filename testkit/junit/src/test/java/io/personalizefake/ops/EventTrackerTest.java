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
import io.personalizefake.model.CreateEventTrackerResponse;
import io.personalizefake.model.EventTracker;
import io.personalizefake.model.EventTrackerSummary;
import io.personalizefake.model.ResourceType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * CreateEventTracker, DescribeEventTracker, ListEventTrackers, DeleteEventTracker (resources.md §
 * Event tracker).
 */
class EventTrackerTest {

  private static final String UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";
  private static final String ARN =
      "arn:aws:personalize:us-east-1:123456789012:event-tracker/[0-9a-f]{8}";

  // ---- success ----

  @Test
  void create_returns_an_arn_ending_in_eight_hex_digits_and_a_lowercase_uuid_tracking_id() {
    TestWorld w = TestWorld.instant();
    String group = w.group("shop");

    CreateEventTrackerResponse created =
        w.personalize.createEventTracker(b -> b.name("clicks").datasetGroupArn(group));

    assertThat(created.eventTrackerArn()).matches(ARN);
    assertThat(created.trackingId()).matches(UUID);
  }

  @Test
  void describe_shows_every_member_with_the_fakes_account_id() {
    TestWorld w = TestWorld.instant();
    String group = w.group("shop");
    CreateEventTrackerResponse created =
        w.personalize.createEventTracker(b -> b.name("clicks").datasetGroupArn(group));

    EventTracker tracker = describe(w, created.eventTrackerArn());

    assertThat(tracker.name()).isEqualTo("clicks");
    assertThat(tracker.eventTrackerArn()).isEqualTo(created.eventTrackerArn());
    assertThat(tracker.trackingId()).isEqualTo(created.trackingId());
    assertThat(tracker.accountId()).isEqualTo("123456789012");
    assertThat(tracker.datasetGroupArn()).isEqualTo(group);
    assertThat(tracker.status()).isEqualTo("ACTIVE");
    assertThat(tracker.creationDateTime()).isEqualTo(w.now());
    assertThat(tracker.lastUpdatedDateTime()).isEqualTo(w.now());
  }

  @Test
  void account_id_and_arn_carry_a_configured_account() {
    TestWorld w = TestWorld.with(b -> b.accountId("210987654321"));
    String group = w.group("shop");

    String arn = w.tracker(group, "clicks");

    assertThat(arn).matches("arn:aws:personalize:us-east-1:210987654321:event-tracker/[0-9a-f]{8}");
    assertThat(describe(w, arn).accountId()).isEqualTo("210987654321");
  }

  @Test
  void two_fakes_with_the_same_seed_and_clock_give_the_same_arns_and_tracking_ids() {
    assertThat(trackerIds(TestWorld.with(b -> b.seed(7))))
        .isEqualTo(trackerIds(TestWorld.with(b -> b.seed(7))));
  }

  @Test
  void another_seed_gives_other_ids() {
    assertThat(trackerIds(TestWorld.with(b -> b.seed(7))))
        .doesNotContainAnyElementsOf(trackerIds(TestWorld.with(b -> b.seed(8))));
  }

  private static List<String> trackerIds(TestWorld w) {
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      String group = w.group("g" + i);
      CreateEventTrackerResponse r =
          w.personalize.createEventTracker(b -> b.name("t").datasetGroupArn(group));
      ids.add(r.eventTrackerArn());
      ids.add(r.trackingId());
    }
    return ids;
  }

  @Test
  void a_refused_create_draws_no_identifier() {
    TestWorld refused = TestWorld.with(b -> b.seed(7));
    String first = refused.group("first");
    String second = refused.group("second");
    refused.tracker(first, "t");
    assertThatThrownBy(() -> refused.tracker(first, "again"))
        .isInstanceOf(ResourceAlreadyExistsException.class);
    CreateEventTrackerResponse afterRefusal =
        refused.personalize.createEventTracker(b -> b.name("t").datasetGroupArn(second));

    TestWorld straight = TestWorld.with(b -> b.seed(7));
    String first2 = straight.group("first");
    String second2 = straight.group("second");
    straight.tracker(first2, "t");
    CreateEventTrackerResponse direct =
        straight.personalize.createEventTracker(b -> b.name("t").datasetGroupArn(second2));

    assertThat(afterRefusal.eventTrackerArn()).isEqualTo(direct.eventTrackerArn());
    assertThat(afterRefusal.trackingId()).isEqualTo(direct.trackingId());
  }

  @Test
  void tracker_ids_and_tracking_ids_never_repeat_within_a_fake() {
    TestWorld w = TestWorld.instant();
    Set<String> arns = new HashSet<>();
    Set<String> trackingIds = new HashSet<>();
    for (int i = 0; i < 60; i++) {
      String group = w.group("g" + i);
      CreateEventTrackerResponse r =
          w.personalize.createEventTracker(b -> b.name("t").datasetGroupArn(group));
      arns.add(r.eventTrackerArn());
      trackingIds.add(r.trackingId());
    }
    assertThat(arns).hasSize(60);
    assertThat(trackingIds).hasSize(60);
  }

  @Test
  void tracker_names_need_not_be_unique() {
    TestWorld w = TestWorld.instant();
    String a = w.tracker(w.group("a"), "same");
    String b = w.tracker(w.group("b"), "same");

    assertThat(a).isNotEqualTo(b);
  }

  @Test
  void creating_a_tracker_creates_no_dataset() {
    TestWorld w = TestWorld.instant();
    String group = w.group("shop");
    w.tracker(group, "t");

    assertThat(w.personalize.listDatasets(b -> b.datasetGroupArn(group)).datasets()).isEmpty();
  }

  // ---- one per group ----

  @Test
  void a_group_holds_at_most_one_tracker_whatever_the_trackers_state() {
    TestWorld w = TestWorld.realistic();
    String group = w.group("shop");
    String tracker = w.tracker(group, "first");
    Runnable second = () -> w.tracker(group, "second");

    assertThat(w.trackerStatus(tracker)).isEqualTo("CREATE PENDING");
    assertThatThrownBy(second::run).isInstanceOf(ResourceAlreadyExistsException.class);
    w.advanceSeconds(10);
    assertThat(w.trackerStatus(tracker)).isEqualTo("CREATE IN_PROGRESS");
    assertThatThrownBy(second::run).isInstanceOf(ResourceAlreadyExistsException.class);
    w.advanceSeconds(10);
    assertThat(w.trackerStatus(tracker)).isEqualTo("ACTIVE");
    assertThatThrownBy(second::run).isInstanceOf(ResourceAlreadyExistsException.class);

    w.personalize.deleteEventTracker(b -> b.eventTrackerArn(tracker));
    assertThat(w.trackerStatus(tracker)).isEqualTo("DELETE PENDING");
    assertThatThrownBy(second::run).isInstanceOf(ResourceAlreadyExistsException.class);
    w.advanceSeconds(10);
    assertThat(w.trackerStatus(tracker)).isEqualTo("DELETE IN_PROGRESS");
    assertThatThrownBy(second::run).isInstanceOf(ResourceAlreadyExistsException.class);
    w.advanceSeconds(10);

    String replacement = w.tracker(group, "second");
    assertThat(replacement).isNotEqualTo(tracker);
  }

  @Test
  void a_failed_tracker_still_occupies_its_group_until_it_is_deleted() {
    TestWorld w = TestWorld.instant();
    String group = w.group("shop");
    w.failNext(ResourceType.EVENT_TRACKER, "injected");
    String failed = w.tracker(group, "first");
    assertThat(w.trackerStatus(failed)).isEqualTo("CREATE FAILED");

    assertThatThrownBy(() -> w.tracker(group, "second"))
        .isInstanceOf(ResourceAlreadyExistsException.class);
    w.personalize.deleteEventTracker(b -> b.eventTrackerArn(failed));

    assertThat(w.trackerStatus(w.tracker(group, "second"))).isEqualTo("ACTIVE");
  }

  @Test
  void a_failed_tracker_counts_toward_the_quota() {
    TestWorld w = TestWorld.with(b -> b.quota(Quota.EVENT_TRACKERS, 1));
    w.failNext(ResourceType.EVENT_TRACKER, "injected");
    w.tracker(w.group("a"), "t");
    String b = w.group("b");

    assertThatThrownBy(() -> w.tracker(b, "t")).isInstanceOf(LimitExceededException.class);
  }

  @Test
  void the_one_tracker_rule_is_per_group() {
    TestWorld w = TestWorld.instant();
    w.tracker(w.group("a"), "t");

    String other = w.tracker(w.group("b"), "t");

    assertThat(w.trackerStatus(other)).isEqualTo("ACTIVE");
  }

  @Test
  void a_second_tracker_is_refused_as_already_existing_before_the_quota_is_checked() {
    TestWorld w = TestWorld.with(b -> b.quota(Quota.EVENT_TRACKERS, 1));
    String group = w.group("shop");
    w.tracker(group, "t");

    assertThatThrownBy(() -> w.tracker(group, "t2"))
        .isInstanceOf(ResourceAlreadyExistsException.class);
  }

  // ---- parent ----

  @Test
  void create_in_a_group_that_is_not_active_is_refused_as_in_use() {
    TestWorld w = TestWorld.realistic();
    String group = w.groupPending("shop");

    assertThat(w.groupStatus(group)).isEqualTo("CREATE PENDING");
    assertThatThrownBy(() -> w.tracker(group, "t")).isInstanceOf(ResourceInUseException.class);
    w.advanceSeconds(10);
    assertThat(w.groupStatus(group)).isEqualTo("CREATE IN_PROGRESS");
    assertThatThrownBy(() -> w.tracker(group, "t")).isInstanceOf(ResourceInUseException.class);
    w.advanceSeconds(10);
    assertThat(w.groupStatus(group)).isEqualTo("ACTIVE");

    w.personalize.deleteDatasetGroup(b -> b.datasetGroupArn(group));
    assertThat(w.groupStatus(group)).isEqualTo("DELETE PENDING");
    assertThatThrownBy(() -> w.tracker(group, "t")).isInstanceOf(ResourceInUseException.class);
    assertThat(w.personalize.listEventTrackers(b -> {}).eventTrackers()).isEmpty();
  }

  @Test
  void create_in_a_failed_group_is_refused_as_in_use() {
    TestWorld w = TestWorld.instant();
    w.failNext(ResourceType.DATASET_GROUP, "injected");
    String group = w.groupPending("shop");
    assertThat(w.groupStatus(group)).isEqualTo("CREATE FAILED");

    assertThatThrownBy(() -> w.tracker(group, "t")).isInstanceOf(ResourceInUseException.class);
  }

  @Test
  void create_in_an_unknown_group_is_not_found() {
    TestWorld w = TestWorld.instant();
    String schema = w.schemaFor(TestWorld.Type.USERS);

    assertThatThrownBy(() -> w.tracker(TestWorld.unknownArn("dataset-group", "nope"), "t"))
        .isInstanceOf(ResourceNotFoundException.class);
    assertThatExceptionOfType(ResourceNotFoundException.class)
        .as("an ARN of another type")
        .isThrownBy(() -> w.tracker(schema, "t"));
  }

  @Test
  void a_group_that_was_deleted_is_not_found() {
    TestWorld w = TestWorld.instant();
    String group = w.group("shop");
    w.personalize.deleteDatasetGroup(b -> b.datasetGroupArn(group));

    assertThatThrownBy(() -> w.tracker(group, "t")).isInstanceOf(ResourceNotFoundException.class);
  }

  @Test
  void model_constraints_are_checked_before_the_group_is_looked_up() {
    TestWorld w = TestWorld.instant();
    String unknown = TestWorld.unknownArn("dataset-group", "nope");

    assertThatThrownBy(() -> w.tracker(unknown, "bad name"))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> w.tracker("not-an-arn", "t"))
        .isInstanceOf(InvalidInputException.class);
    assertThatExceptionOfType(InvalidInputException.class)
        .as("name missing")
        .isThrownBy(() -> w.personalize.createEventTracker(b -> b.datasetGroupArn(unknown)));
  }

  // ---- describe / delete targets ----

  @Test
  void describe_and_delete_of_an_unknown_tracker_are_not_found() {
    TestWorld w = TestWorld.instant();
    String unknown = TestWorld.unknownArn("event-tracker", "0badc0de");
    String group = w.group("shop");

    assertThatThrownBy(() -> describe(w, unknown)).isInstanceOf(ResourceNotFoundException.class);
    assertThatThrownBy(() -> w.personalize.deleteEventTracker(b -> b.eventTrackerArn(unknown)))
        .isInstanceOf(ResourceNotFoundException.class);
    assertThatExceptionOfType(ResourceNotFoundException.class)
        .as("a dataset group ARN")
        .isThrownBy(() -> describe(w, group));
    assertThatThrownBy(() -> w.personalize.deleteEventTracker(b -> b.eventTrackerArn("garbage")))
        .isInstanceOf(InvalidInputException.class);
  }

  // ---- delete ----

  @Test
  void delete_goes_through_delete_pending_and_delete_in_progress_before_the_tracker_disappears() {
    TestWorld w = TestWorld.realistic();
    String group = w.group("shop");
    String tracker = w.tracker(group, "t");
    w.advanceSeconds(20);
    assertThat(w.trackerStatus(tracker)).isEqualTo("ACTIVE");
    w.advanceSeconds(100);
    Instant deleted = w.now();

    w.personalize.deleteEventTracker(b -> b.eventTrackerArn(tracker));

    EventTracker pending = describe(w, tracker);
    assertThat(pending.status()).isEqualTo("DELETE PENDING");
    assertThat(pending.lastUpdatedDateTime()).isEqualTo(deleted);
    w.advanceSeconds(9);
    assertThat(w.trackerStatus(tracker)).isEqualTo("DELETE PENDING");
    w.advanceSeconds(1);
    EventTracker inProgress = describe(w, tracker);
    assertThat(inProgress.status()).isEqualTo("DELETE IN_PROGRESS");
    assertThat(inProgress.lastUpdatedDateTime()).isEqualTo(deleted.plusSeconds(10));
    assertThat(inProgress.creationDateTime()).isEqualTo(pending.creationDateTime());
    assertThat(w.personalize.listEventTrackers(b -> {}).eventTrackers())
        .extracting(EventTrackerSummary::status)
        .containsExactly("DELETE IN_PROGRESS");
    w.advanceSeconds(9);
    assertThat(w.trackerStatus(tracker)).isEqualTo("DELETE IN_PROGRESS");
    w.advanceSeconds(1);

    assertThatThrownBy(() -> describe(w, tracker)).isInstanceOf(ResourceNotFoundException.class);
    assertThat(w.personalize.listEventTrackers(b -> {}).eventTrackers()).isEmpty();
  }

  @Test
  void a_delete_whose_steps_are_all_due_leaves_nothing_at_the_next_call() {
    TestWorld w = TestWorld.realistic();
    String tracker = w.tracker(w.group("shop"), "t");
    w.advanceSeconds(20);
    w.personalize.deleteEventTracker(b -> b.eventTrackerArn(tracker));

    w.advanceSeconds(3600);

    assertThatThrownBy(() -> describe(w, tracker)).isInstanceOf(ResourceNotFoundException.class);
  }

  @Test
  void with_instant_timings_a_deleted_tracker_is_gone_at_the_next_call() {
    TestWorld w = TestWorld.instant();
    String tracker = w.tracker(w.group("shop"), "t");

    w.personalize.deleteEventTracker(b -> b.eventTrackerArn(tracker));

    assertThatThrownBy(() -> describe(w, tracker)).isInstanceOf(ResourceNotFoundException.class);
    assertThatThrownBy(() -> w.personalize.deleteEventTracker(b -> b.eventTrackerArn(tracker)))
        .isInstanceOf(ResourceNotFoundException.class);
  }

  @Test
  void delete_of_a_tracker_being_created_is_refused_as_in_use() {
    TestWorld w = TestWorld.realistic();
    String tracker = w.tracker(w.group("shop"), "t");
    Consumer<String> delete = arn -> w.personalize.deleteEventTracker(b -> b.eventTrackerArn(arn));

    assertThatThrownBy(() -> delete.accept(tracker)).isInstanceOf(ResourceInUseException.class);
    w.advanceSeconds(10);
    assertThat(w.trackerStatus(tracker)).isEqualTo("CREATE IN_PROGRESS");
    assertThatThrownBy(() -> delete.accept(tracker)).isInstanceOf(ResourceInUseException.class);
    w.advanceSeconds(10);
    delete.accept(tracker);
    assertThat(w.trackerStatus(tracker)).isEqualTo("DELETE PENDING");
  }

  @Test
  void delete_of_a_tracker_being_deleted_is_refused_as_in_use() {
    TestWorld w = TestWorld.realistic();
    String tracker = w.tracker(w.group("shop"), "t");
    w.advanceSeconds(20);
    w.personalize.deleteEventTracker(b -> b.eventTrackerArn(tracker));

    assertThatThrownBy(() -> w.personalize.deleteEventTracker(b -> b.eventTrackerArn(tracker)))
        .isInstanceOf(ResourceInUseException.class);
    w.advanceSeconds(10);
    assertThat(w.trackerStatus(tracker)).isEqualTo("DELETE IN_PROGRESS");
    assertThatThrownBy(() -> w.personalize.deleteEventTracker(b -> b.eventTrackerArn(tracker)))
        .isInstanceOf(ResourceInUseException.class);
    assertThat(describe(w, tracker).lastUpdatedDateTime()).isEqualTo(TestWorld.T0.plusSeconds(50));
  }

  @Test
  void a_group_with_a_tracker_in_any_state_cannot_be_deleted() {
    TestWorld w = TestWorld.realistic();
    String group = w.group("shop");
    String tracker = w.tracker(group, "t");

    assertThatThrownBy(() -> w.personalize.deleteDatasetGroup(b -> b.datasetGroupArn(group)))
        .isInstanceOf(ResourceInUseException.class);
    w.advanceSeconds(20);
    w.personalize.deleteEventTracker(b -> b.eventTrackerArn(tracker));
    assertThatExceptionOfType(ResourceInUseException.class)
        .as("tracker DELETE PENDING")
        .isThrownBy(() -> w.personalize.deleteDatasetGroup(b -> b.datasetGroupArn(group)));
    w.advanceSeconds(20);
    w.personalize.deleteDatasetGroup(b -> b.datasetGroupArn(group));
    assertThat(w.groupStatus(group)).isEqualTo("DELETE PENDING");
  }

  // ---- quota ----

  @Test
  void the_event_tracker_quota_refuses_one_more_tracker() {
    TestWorld w = TestWorld.with(b -> b.quota(Quota.EVENT_TRACKERS, 2));
    w.tracker(w.group("a"), "t");
    w.tracker(w.group("b"), "t");
    String c = w.group("c");

    assertThatThrownBy(() -> w.tracker(c, "t")).isInstanceOf(LimitExceededException.class);
    assertThat(w.personalize.listEventTrackers(b -> {}).eventTrackers()).hasSize(2);
  }

  @Test
  void trackers_being_deleted_do_not_count_toward_the_quota() {
    TestWorld w =
        TestWorld.with(b -> b.timings(Timings.realistic()).quota(Quota.EVENT_TRACKERS, 2));
    String a = w.group("a");
    String b = w.group("b");
    String c = w.group("c");
    String first = w.tracker(a, "t");
    w.tracker(b, "t");
    assertThatExceptionOfType(LimitExceededException.class)
        .as("trackers being created count")
        .isThrownBy(() -> w.tracker(c, "t"));
    w.advanceSeconds(20);

    w.personalize.deleteEventTracker(x -> x.eventTrackerArn(first));
    assertThat(w.trackerStatus(first)).isEqualTo("DELETE PENDING");

    String third = w.tracker(c, "t");
    assertThat(w.trackerStatus(third)).isEqualTo("CREATE PENDING");
  }

  @Test
  void a_quota_of_zero_refuses_every_tracker() {
    TestWorld w = TestWorld.with(b -> b.quota(Quota.EVENT_TRACKERS, 0));
    String group = w.group("a");

    assertThatThrownBy(() -> w.tracker(group, "t")).isInstanceOf(LimitExceededException.class);
    assertThatExceptionOfType(ResourceNotFoundException.class)
        .as("the group is looked up before the quota")
        .isThrownBy(() -> w.tracker(TestWorld.unknownArn("dataset-group", "nope"), "t"));
  }

  // ---- list ----

  @Test
  void list_summaries_have_no_tracking_id_and_agree_with_describe() {
    TestWorld w = TestWorld.instant();
    String tracker = w.tracker(w.group("shop"), "clicks");
    EventTracker described = describe(w, tracker);

    List<EventTrackerSummary> summaries = w.personalize.listEventTrackers(b -> {}).eventTrackers();

    assertThat(summaries).hasSize(1);
    EventTrackerSummary s = summaries.get(0);
    assertThat(s.name()).isEqualTo(described.name());
    assertThat(s.eventTrackerArn()).isEqualTo(described.eventTrackerArn());
    assertThat(s.status()).isEqualTo(described.status());
    assertThat(s.creationDateTime()).isEqualTo(described.creationDateTime());
    assertThat(s.lastUpdatedDateTime()).isEqualTo(described.lastUpdatedDateTime());
    JsonNode json = Json.mapper().valueToTree(s);
    List<String> members = new ArrayList<>();
    json.fieldNames().forEachRemaining(members::add);
    assertThat(members)
        .containsExactlyInAnyOrder(
            "name", "eventTrackerArn", "status", "creationDateTime", "lastUpdatedDateTime")
        .doesNotContain("trackingId");
    assertThat(json.toString()).doesNotContain(described.trackingId());
  }

  @Test
  void list_filtered_by_group_shows_only_that_groups_tracker() {
    TestWorld w = TestWorld.instant();
    String a = w.group("a");
    String trackerA = w.tracker(a, "t");
    w.tracker(w.group("b"), "t");

    assertThat(w.personalize.listEventTrackers(b -> b.datasetGroupArn(a)).eventTrackers())
        .extracting(EventTrackerSummary::eventTrackerArn)
        .containsExactly(trackerA);
    assertThat(
            w.personalize
                .listEventTrackers(
                    b -> b.datasetGroupArn(TestWorld.unknownArn("dataset-group", "nope")))
                .eventTrackers())
        .isEmpty();
    assertThat(w.personalize.listEventTrackers(b -> {}).eventTrackers()).hasSize(2);
  }

  @Test
  void lists_show_trackers_in_every_state() {
    TestWorld w = TestWorld.realistic();
    w.tracker(w.group("a"), "t");

    assertThat(w.personalize.listEventTrackers(b -> {}).eventTrackers())
        .extracting(EventTrackerSummary::status)
        .containsExactly("CREATE PENDING");
  }

  private static EventTracker describe(TestWorld w, String arn) {
    return w.personalize.describeEventTracker(b -> b.eventTrackerArn(arn)).eventTracker();
  }
}
