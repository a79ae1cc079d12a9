package io.personalizefake.internal.ops;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.personalizefake.json.Json;
import io.personalizefake.model.Algorithm;
import io.personalizefake.model.FeatureTransformation;
import io.personalizefake.model.Recipe;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The read-only catalog of recipes, algorithms and feature transformations, the same in every fake.
 * Loaded once from {@code catalog.json}, written in the service's own JSON shapes.
 */
public final class Catalog {

  private final Map<String, Recipe> recipes;
  private final Map<String, Algorithm> algorithms;
  private final Map<String, FeatureTransformation> transformations;

  private Catalog(
      Map<String, Recipe> recipes,
      Map<String, Algorithm> algorithms,
      Map<String, FeatureTransformation> transformations) {
    this.recipes = recipes;
    this.algorithms = algorithms;
    this.transformations = transformations;
  }

  /** The catalog, read on first use (a fake that never asks for a recipe does not read it). */
  public static Catalog get() {
    return Holder.INSTANCE;
  }

  private static final class Holder {
    static final Catalog INSTANCE = load();
  }

  /** The recipes by ARN, in name order. */
  public Map<String, Recipe> recipes() {
    return recipes;
  }

  public @Nullable Recipe recipe(String arn) {
    return recipes.get(arn);
  }

  public @Nullable Algorithm algorithm(String arn) {
    return algorithms.get(arn);
  }

  public @Nullable FeatureTransformation featureTransformation(String arn) {
    return transformations.get(arn);
  }

  private static Catalog load() {
    String resource = "/io/personalizefake/catalog/catalog.json";
    ObjectMapper mapper = Json.mapper();
    try (InputStream in = Catalog.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing " + resource);
      }
      JsonNode root = mapper.readTree(in);
      return new Catalog(
          byArn(mapper, root.get("recipes"), Recipe.class, Recipe::recipeArn, Recipe::name),
          byArn(
              mapper,
              root.get("algorithms"),
              Algorithm.class,
              Algorithm::algorithmArn,
              Algorithm::name),
          byArn(
              mapper,
              root.get("featureTransformations"),
              FeatureTransformation.class,
              FeatureTransformation::featureTransformationArn,
              FeatureTransformation::name));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static <T> Map<String, T> byArn(
      ObjectMapper mapper,
      JsonNode array,
      Class<T> type,
      Function<T, String> arn,
      Function<T, String> name)
      throws IOException {
    List<T> items = mapper.readerForListOf(type).readValue(array);
    Map<String, T> map = new LinkedHashMap<>();
    items.stream().sorted(Comparator.comparing(name)).forEach(t -> map.put(arn.apply(t), t));
    return java.util.Collections.unmodifiableMap(map);
  }
}
