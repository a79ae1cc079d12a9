package io.personalizefake.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import io.personalizefake.error.InvalidInputException;
import io.personalizefake.error.ResourceNotFoundException;
import io.personalizefake.model.Algorithm;
import io.personalizefake.model.DefaultCategoricalHyperParameterRange;
import io.personalizefake.model.DefaultContinuousHyperParameterRange;
import io.personalizefake.model.DefaultIntegerHyperParameterRange;
import io.personalizefake.model.FeatureTransformation;
import io.personalizefake.model.ListRecipesResponse;
import io.personalizefake.model.Recipe;
import io.personalizefake.model.RecipeProvider;
import io.personalizefake.model.RecipeSummary;
import io.personalizefake.service.PersonalizeService;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** ListRecipes, DescribeRecipe, DescribeAlgorithm, DescribeFeatureTransformation (catalog.md). */
class CatalogTest {

  private static final Instant GA = Instant.ofEpochSecond(1560124800);
  private static final Instant USER_PERSONALIZATION_LAUNCH = Instant.ofEpochSecond(1596585600);

  private static final List<String> RECIPES =
      List.of(
          "aws-hrnn",
          "aws-hrnn-coldstart",
          "aws-hrnn-metadata",
          "aws-personalized-ranking",
          "aws-popularity-count",
          "aws-sims",
          "aws-user-personalization");

  private static final List<String> TRANSFORMATIONS =
      List.of("JSON-percentile-filtering", "featurize_metadata", "featurize_coldstart", "sims");

  private final PersonalizeService personalize = TestWorld.instant().personalize;

  /** catalog.md § Recipes: name, recipeType, algorithm, feature transformation. */
  static Stream<Arguments> recipes() {
    return Stream.of(
        Arguments.of("aws-hrnn", "USER_PERSONALIZATION", "aws-hrnn", "JSON-percentile-filtering"),
        Arguments.of(
            "aws-hrnn-coldstart",
            "USER_PERSONALIZATION",
            "aws-hrnn-coldstart",
            "featurize_coldstart"),
        Arguments.of(
            "aws-hrnn-metadata", "USER_PERSONALIZATION", "aws-hrnn-metadata", "featurize_metadata"),
        Arguments.of(
            "aws-personalized-ranking",
            "PERSONALIZED_RANKING",
            "aws-personalized-ranking",
            "JSON-percentile-filtering"),
        Arguments.of(
            "aws-popularity-count", "USER_PERSONALIZATION", "aws-popularity-count", "sims"),
        Arguments.of("aws-sims", "RELATED_ITEMS", "aws-sims", "sims"),
        Arguments.of(
            "aws-user-personalization",
            "USER_PERSONALIZATION",
            "aws-user-personalization",
            "JSON-percentile-filtering"));
  }

  // ---- ListRecipes ----

  @Test
  void list_recipes_returns_the_seven_recipes_by_name() {
    ListRecipesResponse all = personalize.listRecipes(b -> {});

    assertThat(all.recipes()).extracting(RecipeSummary::name).containsExactlyElementsOf(RECIPES);
    assertThat(all.recipes())
        .extracting(RecipeSummary::recipeArn)
        .containsExactlyElementsOf(
            RECIPES.stream().map(n -> "arn:aws:personalize:::recipe/" + n).toList());
    assertThat(all.recipes()).extracting(RecipeSummary::status).containsOnly("ACTIVE");
    assertThat(all.nextToken()).isNull();
  }

  @Test
  void list_recipes_of_the_service_provider_returns_the_same_seven() {
    ListRecipesResponse service =
        personalize.listRecipes(b -> b.recipeProvider(RecipeProvider.SERVICE));

    assertThat(service.recipes()).isEqualTo(personalize.listRecipes(b -> {}).recipes());
    assertThat(service.nextToken()).isNull();
  }

  @Test
  void list_recipes_summaries_agree_with_describe() {
    for (RecipeSummary s : personalize.listRecipes(b -> {}).recipes()) {
      Recipe r = recipe(s.name());
      assertThat(s.recipeArn()).isEqualTo(r.recipeArn());
      assertThat(s.status()).isEqualTo(r.status());
      assertThat(s.creationDateTime()).isEqualTo(r.creationDateTime());
      assertThat(s.lastUpdatedDateTime()).isEqualTo(r.lastUpdatedDateTime());
    }
  }

  @ParameterizedTest
  @ValueSource(booleans = {false, true})
  void list_recipes_pages_by_three(boolean serviceOnly) {
    List<String> names = new ArrayList<>();
    List<Integer> sizes = new ArrayList<>();
    String token = null;
    do {
      String t = token;
      ListRecipesResponse page =
          personalize.listRecipes(
              b ->
                  b.maxResults(3)
                      .nextToken(t)
                      .recipeProvider(serviceOnly ? RecipeProvider.SERVICE : null));
      page.recipes().forEach(r -> names.add(r.name()));
      sizes.add(page.recipes().size());
      token = page.nextToken();
    } while (token != null);

    assertThat(sizes).containsExactly(3, 3, 1);
    assertThat(names).containsExactlyElementsOf(RECIPES);
  }

  @Test
  void list_recipes_refuses_an_unknown_provider() {
    assertThatThrownBy(() -> personalize.listRecipes(b -> b.recipeProvider("CUSTOM")))
        .isInstanceOf(InvalidInputException.class);
  }

  // ---- DescribeRecipe ----

  @ParameterizedTest
  @MethodSource("recipes")
  void every_recipe_is_described(
      String name, String type, String algorithm, String transformation) {
    Recipe r = recipe(name);

    assertThat(r.name()).isEqualTo(name);
    assertThat(r.recipeArn()).isEqualTo("arn:aws:personalize:::recipe/" + name);
    assertThat(r.recipeType()).isEqualTo(type);
    assertThat(r.algorithmArn()).isEqualTo("arn:aws:personalize:::algorithm/" + algorithm);
    assertThat(r.featureTransformationArn())
        .isEqualTo("arn:aws:personalize:::feature-transformation/" + transformation);
    assertThat(r.status()).isEqualTo("ACTIVE");
    assertThat(r.description()).isNotBlank();
    Instant created = name.equals("aws-user-personalization") ? USER_PERSONALIZATION_LAUNCH : GA;
    assertThat(r.creationDateTime()).isEqualTo(created);
    assertThat(r.lastUpdatedDateTime()).isEqualTo(created);
  }

  @Test
  void recipe_descriptions_are_the_catalogs() {
    assertThat(recipe("aws-sims").description())
        .isEqualTo("Item-to-item similarity from co-interactions.");
    assertThat(recipe("aws-personalized-ranking").description())
        .isEqualTo("Reorders a caller-supplied list of items for one user.");
  }

  @ParameterizedTest
  @MethodSource("recipes")
  void every_recipes_algorithm_and_feature_transformation_can_be_described(
      String name, String type, String algorithm, String transformation) {
    Recipe r = recipe(name);

    Algorithm a = personalize.describeAlgorithm(b -> b.algorithmArn(r.algorithmArn())).algorithm();
    FeatureTransformation f =
        personalize
            .describeFeatureTransformation(
                b -> b.featureTransformationArn(r.featureTransformationArn()))
            .featureTransformation();

    assertThat(a.name()).isEqualTo(algorithm);
    assertThat(a.algorithmArn()).isEqualTo(r.algorithmArn());
    assertThat(f.name()).isEqualTo(transformation);
    assertThat(f.featureTransformationArn()).isEqualTo(r.featureTransformationArn());
  }

  // ---- DescribeAlgorithm ----

  @ParameterizedTest
  @MethodSource("recipes")
  void every_algorithm_has_the_fakes_image_resource_config_and_times(
      String name, String type, String algorithm, String t) {
    Algorithm a = algorithm(algorithm);

    assertThat(a.algorithmImage().name()).isEqualTo(algorithm);
    assertThat(a.algorithmImage().dockerURI()).isEqualTo("personalize/" + algorithm + ":1");
    assertThat(a.defaultResourceConfig())
        .containsExactly(
            entry("maxNumberOfTrainingJobs", "20"), entry("maxParallelTrainingJobs", "5"));
    assertThat(a.trainingInputMode()).isEqualTo("File");
    assertThat(a.roleArn()).isNull();
    Instant created =
        algorithm.equals("aws-user-personalization") ? USER_PERSONALIZATION_LAUNCH : GA;
    assertThat(a.creationDateTime()).isEqualTo(created);
    assertThat(a.lastUpdatedDateTime()).isEqualTo(created);
  }

  @Test
  void aws_sims_has_its_two_tunable_hyperparameters() {
    Algorithm sims = algorithm("aws-sims");

    assertThat(sims.defaultHyperParameters())
        .containsOnly(
            entry("popularity_discount_factor", "0.5"), entry("min_cointeraction_count", "3"));
    List<DefaultContinuousHyperParameterRange> continuous =
        sims.defaultHyperParameterRanges().continuousHyperParameterRanges();
    assertThat(continuous).hasSize(1);
    assertThat(continuous.get(0).name()).isEqualTo("popularity_discount_factor");
    assertThat(continuous.get(0).minValue()).isEqualTo(0.0);
    assertThat(continuous.get(0).maxValue()).isEqualTo(1.0);
    assertThat(continuous.get(0).isTunable()).isTrue();
    List<DefaultIntegerHyperParameterRange> integer =
        sims.defaultHyperParameterRanges().integerHyperParameterRanges();
    assertThat(integer).hasSize(1);
    assertThat(integer.get(0).name()).isEqualTo("min_cointeraction_count");
    assertThat(integer.get(0).minValue()).isEqualTo(0);
    assertThat(integer.get(0).maxValue()).isEqualTo(10);
    assertThat(integer.get(0).isTunable()).isTrue();
    assertThat(sims.defaultHyperParameterRanges().categoricalHyperParameterRanges()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"aws-hrnn", "aws-hrnn-metadata"})
  void hrnn_algorithms_have_hidden_dimension_43(String name) {
    assertHrnnLike(algorithm(name), "43");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"aws-hrnn-coldstart", "aws-personalized-ranking", "aws-user-personalization"})
  void the_other_hrnn_like_algorithms_have_hidden_dimension_149(String name) {
    assertHrnnLike(algorithm(name), "149");
  }

  private static void assertHrnnLike(Algorithm a, String hiddenDimension) {
    assertThat(a.defaultHyperParameters())
        .containsOnly(
            entry("hidden_dimension", hiddenDimension),
            entry("bptt", "32"),
            entry("recency_mask", "true"));
    assertThat(a.defaultHyperParameterRanges().integerHyperParameterRanges())
        .extracting(r -> r.name() + " " + r.minValue() + ".." + r.maxValue() + " " + r.isTunable())
        .containsExactlyInAnyOrder("hidden_dimension 32..256 true", "bptt 2..32 true");
    List<DefaultCategoricalHyperParameterRange> categorical =
        a.defaultHyperParameterRanges().categoricalHyperParameterRanges();
    assertThat(categorical).hasSize(1);
    assertThat(categorical.get(0).name()).isEqualTo("recency_mask");
    assertThat(categorical.get(0).values()).containsExactlyInAnyOrder("true", "false");
    assertThat(categorical.get(0).isTunable()).isTrue();
    assertThat(a.defaultHyperParameterRanges().continuousHyperParameterRanges()).isEmpty();
  }

  @Test
  void aws_popularity_count_has_no_hyperparameters_but_empty_lists() {
    Algorithm a = algorithm("aws-popularity-count");

    assertThat(a.defaultHyperParameters()).isEmpty();
    assertThat(a.defaultHyperParameterRanges().integerHyperParameterRanges()).isEmpty();
    assertThat(a.defaultHyperParameterRanges().continuousHyperParameterRanges()).isEmpty();
    assertThat(a.defaultHyperParameterRanges().categoricalHyperParameterRanges()).isEmpty();
  }

  // ---- DescribeFeatureTransformation ----

  @Test
  void every_feature_transformation_is_described() {
    for (String name : TRANSFORMATIONS) {
      FeatureTransformation f = transformation(name);
      assertThat(f.name()).isEqualTo(name);
      assertThat(f.featureTransformationArn())
          .isEqualTo("arn:aws:personalize:::feature-transformation/" + name);
      assertThat(f.status()).isEqualTo("ACTIVE");
      assertThat(f.creationDateTime()).isEqualTo(GA);
      assertThat(f.lastUpdatedDateTime()).isEqualTo(GA);
      assertThat(f.defaultParameters()).isNotEmpty();
    }
  }

  @Test
  void sims_default_parameters_are_the_four_percentiles() {
    assertThat(transformation("sims").defaultParameters())
        .containsOnly(
            entry("min_user_history_length_percentile", "0.005"),
            entry("max_user_history_length_percentile", "0.995"),
            entry("min_item_interaction_count_percentile", "0.01"),
            entry("max_item_interaction_count_percentile", "0.9"));
  }

  @Test
  void other_feature_transformations_have_their_default_parameters() {
    Map<String, String> percentiles =
        Map.of(
            "min_user_history_length_percentile",
            "0.0",
            "max_user_history_length_percentile",
            "0.99");
    assertThat(transformation("JSON-percentile-filtering").defaultParameters())
        .isEqualTo(percentiles);
    assertThat(transformation("featurize_metadata").defaultParameters()).isEqualTo(percentiles);
    assertThat(transformation("featurize_coldstart").defaultParameters())
        .containsOnly(
            entry("cold_start_max_interactions", "15"),
            entry("cold_start_max_duration", "5.0"),
            entry("cold_start_relative_from", "latestItem"),
            entry("min_user_history_length_percentile", "0.0"),
            entry("max_user_history_length_percentile", "0.99"));
  }

  @Test
  void feature_transformation_names_are_case_sensitive() {
    assertThatThrownBy(() -> transformation("json-percentile-filtering"))
        .isInstanceOf(ResourceNotFoundException.class);
  }

  // ---- not found, malformed ----

  @Test
  void an_unknown_well_formed_arn_is_not_found() {
    assertThatThrownBy(() -> recipe("aws-nope")).isInstanceOf(ResourceNotFoundException.class);
    assertThatThrownBy(() -> algorithm("aws-nope")).isInstanceOf(ResourceNotFoundException.class);
    assertThatThrownBy(() -> transformation("nope")).isInstanceOf(ResourceNotFoundException.class);
  }

  @Test
  void an_arn_of_another_catalog_type_is_not_found() {
    assertThatThrownBy(
            () ->
                personalize.describeRecipe(
                    b -> b.recipeArn("arn:aws:personalize:::algorithm/aws-sims")))
        .isInstanceOf(ResourceNotFoundException.class);
    assertThatThrownBy(
            () ->
                personalize.describeAlgorithm(
                    b -> b.algorithmArn("arn:aws:personalize:::recipe/aws-sims")))
        .isInstanceOf(ResourceNotFoundException.class);
    assertThatThrownBy(
            () ->
                personalize.describeFeatureTransformation(
                    b -> b.featureTransformationArn("arn:aws:personalize:::recipe/aws-sims")))
        .isInstanceOf(ResourceNotFoundException.class);
  }

  @Test
  void a_catalog_arn_with_a_region_and_account_is_not_found() {
    assertThatThrownBy(
            () ->
                personalize.describeRecipe(
                    b -> b.recipeArn("arn:aws:personalize:us-east-1:123456789012:recipe/aws-sims")))
        .isInstanceOf(ResourceNotFoundException.class);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "aws-sims",
        "recipe/aws-sims",
        "arn:aws:s3:::recipe/aws-sims",
        "arn:aws:personalize:::",
        ""
      })
  void a_malformed_arn_is_invalid_input(String arn) {
    assertThatThrownBy(() -> personalize.describeRecipe(b -> b.recipeArn(arn)))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> personalize.describeAlgorithm(b -> b.algorithmArn(arn)))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(
            () -> personalize.describeFeatureTransformation(b -> b.featureTransformationArn(arn)))
        .isInstanceOf(InvalidInputException.class);
  }

  @Test
  void a_missing_or_too_long_arn_is_invalid_input() {
    String tooLong = "arn:aws:personalize:::recipe/" + "a".repeat(260);
    assertThatThrownBy(() -> personalize.describeRecipe(b -> {}))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> personalize.describeRecipe(b -> b.recipeArn(tooLong)))
        .isInstanceOf(InvalidInputException.class);
  }

  @Test
  void the_catalog_is_the_same_in_every_region_and_fake() {
    PersonalizeService other = TestWorld.with(b -> b.seed(1).region("eu-west-1")).personalize;

    assertThat(other.listRecipes(b -> {}).recipes())
        .isEqualTo(personalize.listRecipes(b -> {}).recipes());
    assertThat(
            other
                .describeAlgorithm(b -> b.algorithmArn("arn:aws:personalize:::algorithm/aws-sims"))
                .algorithm())
        .isEqualTo(algorithm("aws-sims"));
  }

  private Recipe recipe(String name) {
    return personalize
        .describeRecipe(b -> b.recipeArn("arn:aws:personalize:::recipe/" + name))
        .recipe();
  }

  private Algorithm algorithm(String name) {
    return personalize
        .describeAlgorithm(b -> b.algorithmArn("arn:aws:personalize:::algorithm/" + name))
        .algorithm();
  }

  private FeatureTransformation transformation(String name) {
    return personalize
        .describeFeatureTransformation(
            b -> b.featureTransformationArn("arn:aws:personalize:::feature-transformation/" + name))
        .featureTransformation();
  }
}
