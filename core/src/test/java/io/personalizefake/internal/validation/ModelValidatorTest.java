package io.personalizefake.internal.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.personalizefake.error.InvalidInputException;
import io.personalizefake.model.CreateDatasetGroupRequest;
import io.personalizefake.model.CreateFilterRequest;
import io.personalizefake.model.CreateSchemaRequest;
import io.personalizefake.model.CreateSolutionRequest;
import io.personalizefake.model.CreateSolutionVersionRequest;
import io.personalizefake.model.ListDatasetGroupsRequest;
import io.personalizefake.model.ListRecipesRequest;
import io.personalizefake.model.TrainingMode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ModelValidatorTest {

  private final ModelValidator validator = ModelValidator.get();

  private void assertRejected(String op, Object request, String... fragments) {
    assertThatThrownBy(() -> validator.check(op, request))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContainingAll(fragments);
  }

  @Test
  void a_valid_request_passes() {
    assertThatCode(
            () ->
                validator.check(
                    "CreateDatasetGroup",
                    CreateDatasetGroupRequest.builder().name("shop-1_a").build()))
        .doesNotThrowAnyException();
  }

  @Test
  void a_missing_required_member_is_named() {
    assertRejected(
        "CreateDatasetGroup",
        CreateDatasetGroupRequest.builder().build(),
        "'name'",
        "must not be null");
  }

  @Test
  void lengths_are_checked_at_both_ends_in_code_points() {
    assertRejected(
        "CreateDatasetGroup",
        CreateDatasetGroupRequest.builder().name("").build(),
        "length greater than or equal to 1");
    assertRejected(
        "CreateDatasetGroup",
        CreateDatasetGroupRequest.builder().name("a".repeat(64)).build(),
        "length less than or equal to 63");
    assertThatCode(
            () ->
                validator.check(
                    "CreateDatasetGroup",
                    CreateDatasetGroupRequest.builder().name("a".repeat(63)).build()))
        .doesNotThrowAnyException();
    // 10000 code points of a character outside the BMP are 20000 UTF-16 units, and still fit
    String astral = "\uD83D\uDE00".repeat(10000);
    assertThatCode(
            () ->
                validator.check(
                    "CreateSchema", CreateSchemaRequest.builder().name("s").schema(astral).build()))
        .doesNotThrowAnyException();
  }

  @Test
  void patterns_must_match_the_whole_value() {
    assertRejected(
        "CreateDatasetGroup",
        CreateDatasetGroupRequest.builder().name("abc!").build(),
        "regular expression pattern");
    assertRejected(
        "CreateDatasetGroup", CreateDatasetGroupRequest.builder().name("-abc").build(), "'-abc'");
    assertRejected(
        "CreateDatasetGroup",
        CreateDatasetGroupRequest.builder()
            .name("g")
            .roleArn("not-a-role")
            .kmsKeyArn("arn:aws:kms:us-east-1:123456789012:key/k")
            .build(),
        "'roleArn'");
  }

  @Test
  void enums_accept_only_their_values() {
    assertRejected(
        "CreateSolutionVersion",
        CreateSolutionVersionRequest.builder()
            .solutionArn("arn:aws:personalize:us-east-1:123456789012:solution/s")
            .trainingMode("full")
            .build(),
        "enum value set",
        "[FULL, UPDATE]");
    assertThatCode(
            () ->
                validator.check(
                    "CreateSolutionVersion",
                    CreateSolutionVersionRequest.builder()
                        .solutionArn("arn:aws:personalize:us-east-1:123456789012:solution/s")
                        .trainingMode(TrainingMode.UPDATE)
                        .build()))
        .doesNotThrowAnyException();
    assertRejected(
        "ListRecipes",
        ListRecipesRequest.builder().recipeProvider("USER").build(),
        "'recipeProvider'");
  }

  @Test
  void numeric_ranges_are_inclusive() {
    assertRejected(
        "ListDatasetGroups",
        ListDatasetGroupsRequest.builder().maxResults(0).build(),
        "greater than or equal to 1");
    assertRejected(
        "ListDatasetGroups",
        ListDatasetGroupsRequest.builder().maxResults(101).build(),
        "less than or equal to 100");
    assertThatCode(
            () ->
                validator.check(
                    "ListDatasetGroups",
                    ListDatasetGroupsRequest.builder().maxResults(100).build()))
        .doesNotThrowAnyException();
  }

  @Test
  void nested_members_map_sizes_and_list_elements_are_checked() {
    Map<String, String> big = new HashMap<>();
    for (int i = 0; i < 101; i++) {
      big.put("p" + i, "v");
    }
    assertRejected(
        "CreateSolution",
        CreateSolutionRequest.builder()
            .name("s")
            .datasetGroupArn("arn:aws:personalize:us-east-1:123456789012:dataset-group/g")
            .solutionConfig(c -> c.algorithmHyperParameters(big))
            .build(),
        "'solutionConfig.algorithmHyperParameters'");
    assertRejected(
        "CreateSolution",
        CreateSolutionRequest.builder()
            .name("s")
            .datasetGroupArn("arn:aws:personalize:us-east-1:123456789012:dataset-group/g")
            .solutionConfig(c -> c.autoMLConfig(a -> a.recipeList(List.of("not an arn"))))
            .build(),
        "'solutionConfig.autoMLConfig.recipeList.1.member'");
  }

  @Test
  void every_violation_is_reported_together() {
    assertRejected(
        "CreateDatasetGroup",
        CreateDatasetGroupRequest.builder().name("bad name").roleArn("x").build(),
        "2 validation errors detected",
        "'name'",
        "'roleArn'");
  }

  @Test
  void a_sensitive_value_is_not_repeated_in_the_message() {
    assertThatThrownBy(
            () ->
                validator.check(
                    "CreateFilter",
                    CreateFilterRequest.builder()
                        .name("f")
                        .datasetGroupArn(
                            "arn:aws:personalize:us-east-1:123456789012:dataset-group/g")
                        .filterExpression("SECRET".repeat(500))
                        .build()))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("'filterExpression'")
        .hasMessageNotContaining("SECRET");
  }

  @Test
  void the_model_has_the_forty_three_operations_of_the_seed() {
    assertThat(ServiceModel.get().operations()).hasSize(43);
    assertThat(ServiceModel.get().shape("CreateCampaignRequest").required())
        .contains("minProvisionedTPS");
  }
}
