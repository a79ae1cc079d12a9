package io.personalizefake.properties;

import io.personalizefake.model.ResourceType;
import io.personalizefake.service.PersonalizeService;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** Reads through the service by resource type, for tests that race calls against each other. */
final class ServiceReads {

  private ServiceReads() {}

  /** The Describe shape of {@code arn}. */
  static Object describe(PersonalizeService p, ResourceType type, String arn) {
    return switch (type) {
      case DATASET_GROUP -> p.describeDatasetGroup(b -> b.datasetGroupArn(arn)).datasetGroup();
      case SCHEMA -> p.describeSchema(b -> b.schemaArn(arn)).schema();
      case DATASET -> p.describeDataset(b -> b.datasetArn(arn)).dataset();
      case DATASET_IMPORT_JOB ->
          p.describeDatasetImportJob(b -> b.datasetImportJobArn(arn)).datasetImportJob();
      case EVENT_TRACKER -> p.describeEventTracker(b -> b.eventTrackerArn(arn)).eventTracker();
      case FILTER -> p.describeFilter(b -> b.filterArn(arn)).filter();
      default -> throw new IllegalArgumentException(type.name());
    };
  }

  private record Page(List<?> items, String nextToken) {}

  /** Every summary of a data-side List, page by page. */
  static List<Object> listAll(
      PersonalizeService p,
      ResourceType type,
      String parent,
      Integer maxResults,
      String firstToken) {
    Function<String, Page> page =
        switch (type) {
          case DATASET_GROUP ->
              t -> {
                var r = p.listDatasetGroups(b -> b.maxResults(maxResults).nextToken(t));
                return new Page(r.datasetGroups(), r.nextToken());
              };
          case DATASET ->
              t -> {
                var r =
                    p.listDatasets(
                        b -> b.datasetGroupArn(parent).maxResults(maxResults).nextToken(t));
                return new Page(r.datasets(), r.nextToken());
              };
          case EVENT_TRACKER ->
              t -> {
                var r =
                    p.listEventTrackers(
                        b -> b.datasetGroupArn(parent).maxResults(maxResults).nextToken(t));
                return new Page(r.eventTrackers(), r.nextToken());
              };
          default -> throw new IllegalArgumentException(type.name());
        };
    List<Object> all = new ArrayList<>();
    String token = firstToken;
    do {
      Page next = page.apply(token);
      all.addAll(next.items() == null ? List.of() : next.items());
      token = next.nextToken();
    } while (token != null);
    return all;
  }
}
