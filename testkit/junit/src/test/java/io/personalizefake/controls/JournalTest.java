package io.personalizefake.controls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.personalizefake.Journal;
import io.personalizefake.error.InvalidInputException;
import io.personalizefake.error.ResourceNotFoundException;
import io.personalizefake.model.CreateDatasetGroupRequest;
import io.personalizefake.model.CreateDatasetGroupResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class JournalTest {

  private final Stack s = new Stack(b -> {});

  @Test
  void every_call_is_recorded_in_order_with_its_outcome_region_and_clock_time() {
    String group = s.group("shop");
    s.clock.advance(Duration.ofSeconds(7));
    assertThatThrownBy(() -> s.p.describeDatasetGroup(b -> b.datasetGroupArn(group + "x")))
        .isInstanceOf(ResourceNotFoundException.class);
    assertThatThrownBy(() -> s.p.createDatasetGroup(b -> b.name("bad name")))
        .isInstanceOf(InvalidInputException.class);
    s.fake.service("eu-west-1").listDatasetGroups(b -> {});

    List<Journal.Entry> calls = s.fake.journal().entries();
    assertThat(calls)
        .extracting(Journal.Entry::operation)
        .containsExactly(
            "CreateDatasetGroup",
            "DescribeDatasetGroup",
            "CreateDatasetGroup",
            "ListDatasetGroups");
    assertThat(calls).extracting(Journal.Entry::sequence).containsExactly(1L, 2L, 3L, 4L);
    assertThat(calls)
        .extracting(Journal.Entry::errorCode)
        .containsExactly(null, "ResourceNotFoundException", "InvalidInputException", null);
    assertThat(calls)
        .extracting(Journal.Entry::region)
        .containsExactly("us-east-1", "us-east-1", "us-east-1", "eu-west-1");
    assertThat(calls.get(0).at()).isEqualTo(Stack.START);
    assertThat(calls.get(1).at()).isEqualTo(Stack.START.plusSeconds(7));
    assertThat(calls.get(0).response(CreateDatasetGroupResponse.class))
        .hasValueSatisfying(r -> assertThat(r.datasetGroupArn()).isEqualTo(group));
    assertThat(calls.get(1).response(Object.class)).isEmpty();
    assertThat(calls.get(1).errorMessage()).contains(group + "x");
    assertThat(s.fake.journal().errors()).hasSize(2);
  }

  @Test
  void calls_are_found_by_operation_and_request_members() {
    s.group("shop");
    String other = s.group("books");
    s.p.describeDatasetGroup(b -> b.datasetGroupArn(other));
    s.p.listDatasetGroups(b -> b.maxResults(5));

    Journal journal = s.fake.journal();
    assertThat(journal.entries("createDatasetGroup")).hasSize(2);
    assertThat(journal.requests(CreateDatasetGroupRequest.class))
        .extracting(CreateDatasetGroupRequest::name)
        .containsExactly("shop", "books");
    assertThat(journal.find("CreateDatasetGroup", "name", "books"))
        .singleElement()
        .satisfies(
            e -> assertThat(e.request(CreateDatasetGroupRequest.class).name()).isEqualTo("books"));
    assertThat(journal.find("DescribeDatasetGroup", "datasetGroupArn", other)).hasSize(1);
    assertThat(journal.find("ListDatasetGroups", "maxResults", 5L)).hasSize(1);
    assertThat(journal.find("ListDatasetGroups", "maxResults", 6)).isEmpty();
    assertThat(journal.last("CreateDatasetGroup"))
        .hasValueSatisfying(
            e ->
                assertThat(e.member("name"))
                    .hasValueSatisfying(n -> assertThat(n.asText()).isEqualTo("books")));
    assertThat(journal.last("DeleteDatasetGroup")).isEmpty();
    assertThat(journal.entries().get(0).toString())
        .contains("CreateDatasetGroup")
        .contains("\"name\":\"shop\"")
        .contains("-> ok");
  }

  @Test
  void nested_members_are_found_by_a_dotted_path() {
    String version = s.activeVersion("shop");
    s.p.createCampaign(
        b ->
            b.name("c")
                .solutionVersionArn(version)
                .minProvisionedTPS(2)
                .campaignConfig(
                    c -> c.itemExplorationConfig(java.util.Map.of("explorationWeight", "0.5"))));
    assertThat(
            s.fake
                .journal()
                .find(
                    "CreateCampaign",
                    "campaignConfig.itemExplorationConfig.explorationWeight",
                    "0.5"))
        .hasSize(1);
    assertThat(s.fake.journal().find("CreateCampaign", "minProvisionedTPS", 2)).hasSize(1);
  }

  @Test
  void the_journal_keeps_the_latest_calls_up_to_its_capacity() {
    Stack small = new Stack(b -> b.journalCapacity(3));
    for (int i = 0; i < 5; i++) {
      small.p.listRecipes(b -> {});
    }
    assertThat(small.fake.journal().entries())
        .extracting(Journal.Entry::sequence)
        .containsExactly(3L, 4L, 5L);
    Stack none = new Stack(b -> b.journalCapacity(0));
    none.group("shop");
    assertThat(none.fake.journal().entries()).isEmpty();
  }

  @Test
  void clear_and_reset_forget_the_calls() {
    s.group("shop");
    s.fake.journal().clear();
    assertThat(s.fake.journal().size()).isZero();
    s.group("books");
    s.fake.reset();
    assertThat(s.fake.journal().entries()).isEmpty();
  }

  @Test
  void concurrent_calls_are_each_recorded_once() throws Exception {
    int threads = 4;
    int calls = 500;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<?>> done = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      String name = "thread-" + t;
      done.add(
          pool.submit(
              () -> {
                start.await();
                s.p.createDatasetGroup(b -> b.name(name));
                for (int i = 0; i < calls - 1; i++) {
                  s.p.listRecipes(b -> {});
                }
                return null;
              }));
    }
    start.countDown();
    for (Future<?> f : done) {
      f.get();
    }
    pool.shutdown();
    List<Journal.Entry> entries = s.fake.journal().entries();
    assertThat(entries).hasSize(threads * calls);
    Set<Long> sequences = new HashSet<>();
    entries.forEach(e -> sequences.add(e.sequence()));
    assertThat(sequences).hasSize(threads * calls);
    assertThat(entries)
        .isSortedAccordingTo(java.util.Comparator.comparingLong(Journal.Entry::sequence));
    assertThat(s.fake.journal().requests(CreateDatasetGroupRequest.class))
        .extracting(CreateDatasetGroupRequest::name)
        .containsExactlyInAnyOrder("thread-0", "thread-1", "thread-2", "thread-3");
  }
}
