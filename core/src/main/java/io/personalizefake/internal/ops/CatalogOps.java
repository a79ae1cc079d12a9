package io.personalizefake.internal.ops;

import io.personalizefake.error.ResourceNotFoundException;
import io.personalizefake.internal.paging.Pager;
import io.personalizefake.internal.paging.Pager.Page;
import io.personalizefake.model.Algorithm;
import io.personalizefake.model.DescribeAlgorithmRequest;
import io.personalizefake.model.DescribeAlgorithmResponse;
import io.personalizefake.model.DescribeFeatureTransformationRequest;
import io.personalizefake.model.DescribeFeatureTransformationResponse;
import io.personalizefake.model.DescribeRecipeRequest;
import io.personalizefake.model.DescribeRecipeResponse;
import io.personalizefake.model.FeatureTransformation;
import io.personalizefake.model.ListRecipesRequest;
import io.personalizefake.model.ListRecipesResponse;
import io.personalizefake.model.Recipe;
import io.personalizefake.model.RecipeSummary;

/** ListRecipes, DescribeRecipe, DescribeAlgorithm, DescribeFeatureTransformation. */
final class CatalogOps {

  private final Pager pager;

  CatalogOps(Pager pager) {
    this.pager = pager;
  }

  ListRecipesResponse listRecipes(ListRecipesRequest r) {
    // every recipe of the catalog is provided by the service, so SERVICE and no filter agree
    String op = "ListRecipes";
    String filter = r.recipeProvider();
    String after = pager.start(op, filter, r.nextToken());
    Page<RecipeSummary> page =
        pager.page(
            op,
            filter,
            r.maxResults(),
            Catalog.get().recipes().values().stream().filter(x -> x.name().compareTo(after) > 0),
            Recipe::name,
            x ->
                RecipeSummary.builder()
                    .name(x.name())
                    .recipeArn(x.recipeArn())
                    .status(x.status())
                    .creationDateTime(x.creationDateTime())
                    .lastUpdatedDateTime(x.lastUpdatedDateTime())
                    .build());
    return ListRecipesResponse.builder().recipes(page.items()).nextToken(page.nextToken()).build();
  }

  DescribeRecipeResponse describeRecipe(DescribeRecipeRequest r) {
    Recipe recipe = Catalog.get().recipe(r.recipeArn());
    if (recipe == null) {
      throw ResourceNotFoundException.of(r.recipeArn());
    }
    return DescribeRecipeResponse.builder().recipe(recipe).build();
  }

  DescribeAlgorithmResponse describeAlgorithm(DescribeAlgorithmRequest r) {
    Algorithm algorithm = Catalog.get().algorithm(r.algorithmArn());
    if (algorithm == null) {
      throw ResourceNotFoundException.of(r.algorithmArn());
    }
    return DescribeAlgorithmResponse.builder().algorithm(algorithm).build();
  }

  DescribeFeatureTransformationResponse describeFeatureTransformation(
      DescribeFeatureTransformationRequest r) {
    FeatureTransformation ft = Catalog.get().featureTransformation(r.featureTransformationArn());
    if (ft == null) {
      throw ResourceNotFoundException.of(r.featureTransformationArn());
    }
    return DescribeFeatureTransformationResponse.builder().featureTransformation(ft).build();
  }
}
