package io.personalizefake.internal.store;

import io.personalizefake.internal.arn.Arns;
import io.personalizefake.model.BatchInferenceJob;
import io.personalizefake.model.BatchInferenceJobSummary;
import io.personalizefake.model.Campaign;
import io.personalizefake.model.CampaignSummary;
import io.personalizefake.model.Dataset;
import io.personalizefake.model.DatasetGroup;
import io.personalizefake.model.DatasetGroupSummary;
import io.personalizefake.model.DatasetImportJob;
import io.personalizefake.model.DatasetImportJobSummary;
import io.personalizefake.model.DatasetSchema;
import io.personalizefake.model.DatasetSchemaSummary;
import io.personalizefake.model.DatasetSummary;
import io.personalizefake.model.EventTracker;
import io.personalizefake.model.EventTrackerSummary;
import io.personalizefake.model.Filter;
import io.personalizefake.model.FilterSummary;
import io.personalizefake.model.ResourceType;
import io.personalizefake.model.Solution;
import io.personalizefake.model.SolutionSummary;
import io.personalizefake.model.SolutionVersion;
import io.personalizefake.model.SolutionVersionSummary;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/** The {@link Kind} of every stored resource type. */
public final class Kinds {

  private Kinds() {}

  public static final Kind<DatasetGroup> DATASET_GROUP =
      new Kind<>(
          ResourceType.DATASET_GROUP,
          DatasetGroup.class,
          DatasetGroup::datasetGroupArn,
          DatasetGroup::creationDateTime,
          DatasetGroup::status,
          (b, s, at, reason) ->
              b.toBuilder().status(s).lastUpdatedDateTime(at).failureReason(reason).build(),
          b -> null,
          b ->
              DatasetGroupSummary.builder()
                  .name(b.name())
                  .datasetGroupArn(b.datasetGroupArn())
                  .status(b.status())
                  .creationDateTime(b.creationDateTime())
                  .lastUpdatedDateTime(b.lastUpdatedDateTime())
                  .failureReason(b.failureReason())
                  .build());

  public static final Kind<DatasetSchema> SCHEMA =
      new Kind<>(
          ResourceType.SCHEMA,
          DatasetSchema.class,
          DatasetSchema::schemaArn,
          DatasetSchema::creationDateTime,
          b -> null,
          (b, s, at, reason) -> b,
          b -> null,
          b ->
              DatasetSchemaSummary.builder()
                  .name(b.name())
                  .schemaArn(b.schemaArn())
                  .creationDateTime(b.creationDateTime())
                  .lastUpdatedDateTime(b.lastUpdatedDateTime())
                  .build());

  public static final Kind<Dataset> DATASET =
      new Kind<>(
          ResourceType.DATASET,
          Dataset.class,
          Dataset::datasetArn,
          Dataset::creationDateTime,
          Dataset::status,
          // the Dataset shape has no failureReason member
          (b, s, at, reason) -> b.toBuilder().status(s).lastUpdatedDateTime(at).build(),
          Dataset::datasetGroupArn,
          b ->
              DatasetSummary.builder()
                  .name(b.name())
                  .datasetArn(b.datasetArn())
                  .datasetType(b.datasetType())
                  .status(b.status())
                  .creationDateTime(b.creationDateTime())
                  .lastUpdatedDateTime(b.lastUpdatedDateTime())
                  .build());

  public static final Kind<DatasetImportJob> DATASET_IMPORT_JOB =
      new Kind<>(
          ResourceType.DATASET_IMPORT_JOB,
          DatasetImportJob.class,
          DatasetImportJob::datasetImportJobArn,
          DatasetImportJob::creationDateTime,
          DatasetImportJob::status,
          (b, s, at, reason) ->
              b.toBuilder().status(s).lastUpdatedDateTime(at).failureReason(reason).build(),
          DatasetImportJob::datasetArn,
          b ->
              DatasetImportJobSummary.builder()
                  .datasetImportJobArn(b.datasetImportJobArn())
                  .jobName(b.jobName())
                  .status(b.status())
                  .creationDateTime(b.creationDateTime())
                  .lastUpdatedDateTime(b.lastUpdatedDateTime())
                  .failureReason(b.failureReason())
                  .build());

  public static final Kind<EventTracker> EVENT_TRACKER =
      new Kind<>(
          ResourceType.EVENT_TRACKER,
          EventTracker.class,
          EventTracker::eventTrackerArn,
          EventTracker::creationDateTime,
          EventTracker::status,
          // the EventTracker shape has no failureReason member
          (b, s, at, reason) -> b.toBuilder().status(s).lastUpdatedDateTime(at).build(),
          EventTracker::datasetGroupArn,
          b ->
              EventTrackerSummary.builder()
                  .name(b.name())
                  .eventTrackerArn(b.eventTrackerArn())
                  .status(b.status())
                  .creationDateTime(b.creationDateTime())
                  .lastUpdatedDateTime(b.lastUpdatedDateTime())
                  .build());

  public static final Kind<Filter> FILTER =
      new Kind<>(
          ResourceType.FILTER,
          Filter.class,
          Filter::filterArn,
          Filter::creationDateTime,
          Filter::status,
          (b, s, at, reason) ->
              b.toBuilder().status(s).lastUpdatedDateTime(at).failureReason(reason).build(),
          Filter::datasetGroupArn,
          b ->
              FilterSummary.builder()
                  .name(b.name())
                  .filterArn(b.filterArn())
                  .datasetGroupArn(b.datasetGroupArn())
                  .status(b.status())
                  .creationDateTime(b.creationDateTime())
                  .lastUpdatedDateTime(b.lastUpdatedDateTime())
                  .failureReason(b.failureReason())
                  .build());

  public static final Kind<Solution> SOLUTION =
      new Kind<>(
          ResourceType.SOLUTION,
          Solution.class,
          Solution::solutionArn,
          Solution::creationDateTime,
          Solution::status,
          // the Solution shape has no failureReason member
          (b, s, at, reason) -> b.toBuilder().status(s).lastUpdatedDateTime(at).build(),
          Solution::datasetGroupArn,
          b ->
              SolutionSummary.builder()
                  .name(b.name())
                  .solutionArn(b.solutionArn())
                  .status(b.status())
                  .creationDateTime(b.creationDateTime())
                  .lastUpdatedDateTime(b.lastUpdatedDateTime())
                  .build());

  public static final Kind<SolutionVersion> SOLUTION_VERSION =
      new Kind<>(
          ResourceType.SOLUTION_VERSION,
          SolutionVersion.class,
          SolutionVersion::solutionVersionArn,
          SolutionVersion::creationDateTime,
          SolutionVersion::status,
          (b, s, at, reason) ->
              b.toBuilder().status(s).lastUpdatedDateTime(at).failureReason(reason).build(),
          SolutionVersion::solutionArn,
          b ->
              SolutionVersionSummary.builder()
                  .solutionVersionArn(b.solutionVersionArn())
                  .status(b.status())
                  .creationDateTime(b.creationDateTime())
                  .lastUpdatedDateTime(b.lastUpdatedDateTime())
                  .failureReason(b.failureReason())
                  .build());

  public static final Kind<Campaign> CAMPAIGN =
      new Kind<>(
          ResourceType.CAMPAIGN,
          Campaign.class,
          Campaign::campaignArn,
          Campaign::creationDateTime,
          Campaign::status,
          (b, s, at, reason) ->
              b.toBuilder().status(s).lastUpdatedDateTime(at).failureReason(reason).build(),
          b -> Arns.solutionOfVersion(Objects.requireNonNull(b.solutionVersionArn())),
          b ->
              CampaignSummary.builder()
                  .name(b.name())
                  .campaignArn(b.campaignArn())
                  .status(b.status())
                  .creationDateTime(b.creationDateTime())
                  .lastUpdatedDateTime(b.lastUpdatedDateTime())
                  .failureReason(b.failureReason())
                  .build());

  public static final Kind<BatchInferenceJob> BATCH_INFERENCE_JOB =
      new Kind<>(
          ResourceType.BATCH_INFERENCE_JOB,
          BatchInferenceJob.class,
          BatchInferenceJob::batchInferenceJobArn,
          BatchInferenceJob::creationDateTime,
          BatchInferenceJob::status,
          (b, s, at, reason) ->
              b.toBuilder().status(s).lastUpdatedDateTime(at).failureReason(reason).build(),
          BatchInferenceJob::solutionVersionArn,
          b ->
              BatchInferenceJobSummary.builder()
                  .batchInferenceJobArn(b.batchInferenceJobArn())
                  .jobName(b.jobName())
                  .status(b.status())
                  .creationDateTime(b.creationDateTime())
                  .lastUpdatedDateTime(b.lastUpdatedDateTime())
                  .failureReason(b.failureReason())
                  .solutionVersionArn(b.solutionVersionArn())
                  .build());

  private static final Map<ResourceType, Kind<?>> BY_TYPE = new EnumMap<>(ResourceType.class);

  static {
    for (Kind<?> k :
        new Kind<?>[] {
          DATASET_GROUP,
          SCHEMA,
          DATASET,
          DATASET_IMPORT_JOB,
          EVENT_TRACKER,
          FILTER,
          SOLUTION,
          SOLUTION_VERSION,
          CAMPAIGN,
          BATCH_INFERENCE_JOB
        }) {
      BY_TYPE.put(k.type(), k);
    }
  }

  public static Kind<?> of(ResourceType type) {
    Kind<?> k = BY_TYPE.get(type);
    if (k == null) {
      throw new IllegalArgumentException("no stored kind for " + type);
    }
    return k;
  }
}
