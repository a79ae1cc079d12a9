package io.personalizefake.controls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.personalizefake.FaultRule;
import io.personalizefake.error.InjectedServiceException;
import io.personalizefake.error.LimitExceededException;
import io.personalizefake.error.PersonalizeFakeException;
import io.personalizefake.error.ResourceInUseException;
import io.personalizefake.model.ResourceType;
import io.personalizefake.service.PersonalizeService;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FaultRulesTest {

  private final Stack s = new Stack(b -> {});

  private List<String> groups() {
    return s.p.listDatasetGroups(b -> {}).datasetGroups().stream().map(g -> g.name()).toList();
  }

  @Test
  void an_operation_error_is_raised_once_and_changes_nothing() {
    s.fake
        .faults()
        .raise("LimitExceededException")
        .on("CreateDatasetGroup")
        .withMessage("Too many groups")
        .once();
    assertThatThrownBy(() -> s.group("shop"))
        .isInstanceOf(LimitExceededException.class)
        .hasMessage("Too many groups");
    assertThat(groups()).isEmpty();
    s.group("shop");
    assertThat(groups()).containsExactly("shop");
    assertThat(s.fake.faults().list()).isEmpty();
  }

  @Test
  void an_operation_error_is_raised_for_the_next_n_calls_of_that_operation_only() {
    s.fake.faults().raise("ResourceInUseException").on("createDatasetGroup").times(2);
    assertThatThrownBy(() -> s.group("a")).isInstanceOf(ResourceInUseException.class);
    s.p.listDatasetGroups(b -> {}); // another operation: not counted
    assertThatThrownBy(() -> s.group("a")).isInstanceOf(ResourceInUseException.class);
    s.group("a");
  }

  @Test
  void every_nth_call_raises_the_error_until_the_rule_is_removed() {
    FaultRule rule =
        s.fake.faults().raise("ThrottlingException").on("ListDatasetGroups").everyNthCall(3);
    List<Boolean> failed = new ArrayList<>();
    for (int i = 0; i < 7; i++) {
      try {
        s.p.listDatasetGroups(b -> {});
        failed.add(false);
      } catch (InjectedServiceException e) {
        assertThat(e.errorCode()).isEqualTo("ThrottlingException");
        assertThat(e.httpStatus()).isEqualTo(400);
        assertThat(e.getMessage()).isEqualTo("Rate exceeded");
        failed.add(true);
      }
    }
    assertThat(failed).containsExactly(false, false, true, false, false, true, false);
    assertThat(s.fake.faults().remove(rule.id())).isTrue();
    assertThat(s.fake.faults().remove(rule.id())).isFalse();
    for (int i = 0; i < 3; i++) {
      s.p.listDatasetGroups(b -> {});
    }
  }

  @Test
  void always_raises_until_removed_and_server_errors_get_their_status() {
    FaultRule rule = s.fake.faults().raise("InternalFailure").on("DescribeDatasetGroup").always();
    String group = s.group("shop");
    for (int i = 0; i < 3; i++) {
      assertThatThrownBy(() -> s.p.describeDatasetGroup(b -> b.datasetGroupArn(group)))
          .isInstanceOfSatisfying(
              InjectedServiceException.class, e -> assertThat(e.httpStatus()).isEqualTo(500));
    }
    s.fake.faults().remove(rule.id());
    assertThat(s.groupStatus(group)).isEqualTo("ACTIVE");
    FaultRule unavailable =
        s.fake.faults().raise("ServiceUnavailable").on("DescribeDatasetGroup").once();
    assertThatThrownBy(() -> s.groupStatus(group))
        .isInstanceOfSatisfying(
            PersonalizeFakeException.class, e -> assertThat(e.httpStatus()).isEqualTo(503));
    assertThat(unavailable.everyNth()).isEqualTo(1);
  }

  @Test
  void operation_errors_apply_in_every_region() {
    s.fake.faults().raise("LimitExceededException").on("CreateDatasetGroup").once();
    PersonalizeService west = s.fake.service("eu-west-1");
    assertThatThrownBy(() -> west.createDatasetGroup(b -> b.name("shop")))
        .isInstanceOf(LimitExceededException.class);
  }

  @Test
  void rules_are_listed_with_what_remains() {
    FaultRule op = s.fake.faults().raise("LimitExceededException").on("CreateCampaign").times(2);
    FaultRule create =
        s.fake.faults().failCreates(ResourceType.SOLUTION_VERSION, "Insufficient data", 3);
    assertThat(op.kind()).isEqualTo(FaultRule.Kind.OPERATION_ERROR);
    assertThat(op.remaining()).isEqualTo(2);
    assertThat(create.kind()).isEqualTo(FaultRule.Kind.CREATE_FAILURE);
    assertThat(create.target()).isEqualTo("SOLUTION_VERSION");
    assertThat(create.region()).isEqualTo("us-east-1");
    assertThat(s.fake.faults().list()).containsExactly(create, op);
    s.fake.faults().failCreates(ResourceType.DATASET_GROUP, "No", 2);
    s.group("a");
    assertThat(s.fake.faults().list())
        .filteredOn(r -> r.target().equals("DATASET_GROUP"))
        .singleElement()
        .satisfies(r -> assertThat(r.remaining()).isEqualTo(1));
    s.fake.faults().clear();
    assertThat(s.fake.faults().list()).isEmpty();
  }

  @Test
  void reset_removes_every_rule() {
    s.fake.faults().raise("LimitExceededException").on("CreateCampaign").always();
    s.fake.faults().failCreates(ResourceType.DATASET_GROUP, "No", 2);
    s.fake.reset();
    assertThat(s.fake.faults().list()).isEmpty();
    assertThat(s.groupStatus(s.group("shop"))).isEqualTo("ACTIVE");
  }

  @Test
  void the_next_creates_of_a_type_end_create_failed_with_the_reason() {
    s.fake.faults().failCreates(ResourceType.DATASET_GROUP, "Quota of KMS keys", 2);
    String a = s.group("a");
    String b = s.group("b");
    String c = s.group("c");
    assertThat(List.of(s.groupStatus(a), s.groupStatus(b), s.groupStatus(c)))
        .containsExactly("CREATE FAILED", "CREATE FAILED", "ACTIVE");
    assertThat(s.p.describeDatasetGroup(r -> r.datasetGroupArn(a)).datasetGroup().failureReason())
        .isEqualTo("Quota of KMS keys");
  }

  @Test
  void create_failures_can_target_another_region() {
    s.fake.faults().failCreates("eu-west-1", ResourceType.DATASET_GROUP, "West fails", 1);
    assertThat(s.groupStatus(s.group("east"))).isEqualTo("ACTIVE");
    PersonalizeService west = s.fake.service("eu-west-1");
    String arn = west.createDatasetGroup(b -> b.name("west")).datasetGroupArn();
    assertThat(west.describeDatasetGroup(b -> b.datasetGroupArn(arn)).datasetGroup().status())
        .isEqualTo("CREATE FAILED");
  }

  @Test
  void injected_errors_are_in_the_journal() {
    s.fake.faults().raise("ThrottlingException").on("ListRecipes").once();
    assertThatThrownBy(() -> s.p.listRecipes(b -> {})).isInstanceOf(InjectedServiceException.class);
    assertThat(s.fake.journal().last("ListRecipes"))
        .hasValueSatisfying(e -> assertThat(e.errorCode()).isEqualTo("ThrottlingException"));
  }

  @Test
  void bad_rules_are_refused() {
    assertThatThrownBy(() -> s.fake.faults().raise("LimitExceededException").on("CreateWidget"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("CreateWidget");
    assertThatThrownBy(() -> s.fake.faults().raise("not a code!"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> s.fake.faults().raise("LimitExceededException").once())
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> s.fake.faults().raise("X").on("ListRecipes").times(0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> s.fake.faults().raise("X").on("ListRecipes").everyNthCall(0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> s.fake.faults().failCreates(ResourceType.DATASET_GROUP, "", 1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(s.fake.faults().list()).isEmpty();
  }
}
