package io.personalizefake.internal.store;

import io.personalizefake.internal.arn.Arns;
import io.personalizefake.model.BatchInferenceJob;
import io.personalizefake.model.Campaign;
import io.personalizefake.model.Dataset;
import io.personalizefake.model.DatasetGroup;
import io.personalizefake.model.DatasetImportJob;
import io.personalizefake.model.DatasetSchema;
import io.personalizefake.model.EventTracker;
import io.personalizefake.model.Filter;
import io.personalizefake.model.ResourceType;
import io.personalizefake.model.Solution;
import io.personalizefake.model.SolutionVersion;
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
          DatasetGroup::creationDateTime,
          (b, s, at, reason) ->
              b.toBuilder().status(s).lastUpdatedDateTime(at).failureReason(reason).build(),
          b -> null);

  public static final Kind<DatasetSchema> SCHEMA =
      new Kind<>(
          ResourceType.SCHEMA,
          DatasetSchema.class,
          DatasetSchema::creationDateTime,
          (b, s, at, reason) -> b,
          b -> null);

  public static final Kind<Dataset> DATASET =
      new Kind<>(
          ResourceType.DATASET,
          Dataset.class,
          Dataset::creationDateTime, // the Dataset shape has no failureReason member
          (b, s, at, reason) -> b.toBuilder().status(s).lastUpdatedDateTime(at).build(),
          Dataset::datasetGroupArn);

  public static final Kind<DatasetImportJob> DATASET_IMPORT_JOB =
      new Kind<>(
          ResourceType.DATASET_IMPORT_JOB,
          DatasetImportJob.class,
          DatasetImportJob::creationDateTime,
          (b, s, at, reason) ->
              b.toBuilder().status(s).lastUpdatedDateTime(at).failureReason(reason).build(),
          DatasetImportJob::datasetArn);

  public static final Kind<EventTracker> EVENT_TRACKER =
      new Kind<>(
          ResourceType.EVENT_TRACKER,
          EventTracker.class,
          EventTracker::creationDateTime, // the EventTracker shape has no failureReason member
          (b, s, at, reason) -> b.toBuilder().status(s).lastUpdatedDateTime(at).build(),
          EventTracker::datasetGroupArn);

  public static final Kind<Filter> FILTER =
      new Kind<>(
          ResourceType.FILTER,
          Filter.class,
          Filter::creationDateTime,
          (b, s, at, reason) ->
              b.toBuilder().status(s).lastUpdatedDateTime(at).failureReason(reason).build(),
          Filter::datasetGroupArn);

  public static final Kind<Solution> SOLUTION =
      new Kind<>(
          ResourceType.SOLUTION,
          Solution.class,
          Solution::creationDateTime, // the Solution shape has no failureReason member
          (b, s, at, reason) -> b.toBuilder().status(s).lastUpdatedDateTime(at).build(),
          Solution::datasetGroupArn);

  public static final Kind<SolutionVersion> SOLUTION_VERSION =
      new Kind<>(
          ResourceType.SOLUTION_VERSION,
          SolutionVersion.class,
          SolutionVersion::creationDateTime,
          (b, s, at, reason) ->
              b.toBuilder().status(s).lastUpdatedDateTime(at).failureReason(reason).build(),
          SolutionVersion::solutionArn);

  public static final Kind<Campaign> CAMPAIGN =
      new Kind<>(
          ResourceType.CAMPAIGN,
          Campaign.class,
          Campaign::creationDateTime,
          (b, s, at, reason) ->
              b.toBuilder().status(s).lastUpdatedDateTime(at).failureReason(reason).build(),
          b -> Arns.solutionOfVersion(Objects.requireNonNull(b.solutionVersionArn())));

  public static final Kind<BatchInferenceJob> BATCH_INFERENCE_JOB =
      new Kind<>(
          ResourceType.BATCH_INFERENCE_JOB,
          BatchInferenceJob.class,
          BatchInferenceJob::creationDateTime,
          (b, s, at, reason) ->
              b.toBuilder().status(s).lastUpdatedDateTime(at).failureReason(reason).build(),
          BatchInferenceJob::solutionVersionArn);

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
