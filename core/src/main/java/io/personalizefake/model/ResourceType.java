package io.personalizefake.model;

import org.jspecify.annotations.Nullable;

/**
 * The resource types of the control plane and what the service model says of each, declared once:
 * the segment their ARNs carry, their operations, their Describe and summary shapes, the member
 * that holds their ARN, the parent a List filters them by, whether they have a status and whether
 * their deletion passes through {@code DELETE IN_PROGRESS}. A test checks each fact against the
 * service model.
 */
public enum ResourceType {
  DATASET_GROUP("dataset-group", "DatasetGroup", true, false, true),
  SCHEMA("schema", "Schema", false, false, true),
  DATASET("dataset", "Dataset", true, true, true),
  DATASET_IMPORT_JOB("dataset-import-job", "DatasetImportJob", true, false, false),
  EVENT_TRACKER("event-tracker", "EventTracker", true, true, true),
  FILTER("filter", "Filter", true, true, true),
  SOLUTION("solution", "Solution", true, true, true),
  SOLUTION_VERSION("solution", "SolutionVersion", true, false, false),
  CAMPAIGN("campaign", "Campaign", true, true, true),
  /** The update in flight of a campaign, shown in {@code latestCampaignUpdate}: no operations. */
  CAMPAIGN_UPDATE("campaign", null, true, false, false),
  BATCH_INFERENCE_JOB("batch-inference-job", "BatchInferenceJob", true, false, false);

  private final String arnSegment;
  private final @Nullable String noun;
  private final boolean hasStatus;
  private final boolean deletesInProgress;
  private final boolean deletable;

  ResourceType(
      String arnSegment,
      @Nullable String noun,
      boolean hasStatus,
      boolean deletesInProgress,
      boolean deletable) {
    this.arnSegment = arnSegment;
    this.noun = noun;
    this.hasStatus = hasStatus;
    this.deletesInProgress = deletesInProgress;
    this.deletable = deletable;
  }

  /** The resource-type segment of the ARN, e.g. {@code dataset-group}. */
  public String arnSegment() {
    return arnSegment;
  }

  /** Whether the resource has a {@code status} (schemas have none). */
  public boolean hasStatus() {
    return hasStatus;
  }

  /** Whether a delete shows {@code DELETE IN_PROGRESS} after {@code DELETE PENDING}. */
  public boolean deletesInProgress() {
    return deletesInProgress;
  }

  /** Whether the type has operations of its own (all but {@link #CAMPAIGN_UPDATE}). */
  public boolean hasOperations() {
    return noun != null;
  }

  /** The operation that creates one, e.g. {@code CreateDatasetGroup}. */
  public String createOperation() {
    return "Create" + noun();
  }

  /** The operation that describes one, e.g. {@code DescribeDatasetGroup}. */
  public String describeOperation() {
    return "Describe" + noun();
  }

  /** The operation that lists them, e.g. {@code ListDatasetGroups}. */
  public String listOperation() {
    return "List" + noun() + "s";
  }

  /** The operation that deletes one, e.g. {@code DeleteDatasetGroup}; null when there is none. */
  public @Nullable String deleteOperation() {
    return deletable ? "Delete" + noun() : null;
  }

  /** The request member that names one, e.g. {@code datasetGroupArn}. */
  public String arnMember() {
    String n = noun();
    return Character.toLowerCase(n.charAt(0)) + n.substring(1) + "Arn";
  }

  /** The member of the Describe response that holds the resource, e.g. {@code datasetGroup}. */
  public String describeMember() {
    String n = noun();
    return Character.toLowerCase(n.charAt(0)) + n.substring(1);
  }

  /**
   * The type a List of this type filters by (a dataset group for datasets, a solution for solution
   * versions and campaigns, ...); null when the List has no filter.
   */
  public @Nullable ResourceType parent() {
    return switch (this) {
      case DATASET, EVENT_TRACKER, FILTER, SOLUTION -> DATASET_GROUP;
      case DATASET_IMPORT_JOB -> DATASET;
      case SOLUTION_VERSION, CAMPAIGN -> SOLUTION;
      case BATCH_INFERENCE_JOB -> SOLUTION_VERSION;
      default -> null;
    };
  }

  /** The List request member that filters by {@link #parent()}; null when there is none. */
  public @Nullable String parentMember() {
    ResourceType parent = parent();
    return parent == null ? null : parent.arnMember();
  }

  /** The shape Describe returns, e.g. {@link DatasetGroup}. */
  public Class<?> describeShape() {
    return switch (this) {
      case DATASET_GROUP -> DatasetGroup.class;
      case SCHEMA -> DatasetSchema.class;
      case DATASET -> Dataset.class;
      case DATASET_IMPORT_JOB -> DatasetImportJob.class;
      case EVENT_TRACKER -> EventTracker.class;
      case FILTER -> Filter.class;
      case SOLUTION -> Solution.class;
      case SOLUTION_VERSION -> SolutionVersion.class;
      case CAMPAIGN -> Campaign.class;
      case BATCH_INFERENCE_JOB -> BatchInferenceJob.class;
      case CAMPAIGN_UPDATE -> throw noOperations();
    };
  }

  /** The shape List returns for each, e.g. {@link DatasetGroupSummary}. */
  public Class<?> summaryShape() {
    return switch (this) {
      case DATASET_GROUP -> DatasetGroupSummary.class;
      case SCHEMA -> DatasetSchemaSummary.class;
      case DATASET -> DatasetSummary.class;
      case DATASET_IMPORT_JOB -> DatasetImportJobSummary.class;
      case EVENT_TRACKER -> EventTrackerSummary.class;
      case FILTER -> FilterSummary.class;
      case SOLUTION -> SolutionSummary.class;
      case SOLUTION_VERSION -> SolutionVersionSummary.class;
      case CAMPAIGN -> CampaignSummary.class;
      case BATCH_INFERENCE_JOB -> BatchInferenceJobSummary.class;
      case CAMPAIGN_UPDATE -> throw noOperations();
    };
  }

  /** The ARN of a Describe shape of this type. */
  public @Nullable String arnOf(Object description) {
    return switch (this) {
      case DATASET_GROUP -> ((DatasetGroup) description).datasetGroupArn();
      case SCHEMA -> ((DatasetSchema) description).schemaArn();
      case DATASET -> ((Dataset) description).datasetArn();
      case DATASET_IMPORT_JOB -> ((DatasetImportJob) description).datasetImportJobArn();
      case EVENT_TRACKER -> ((EventTracker) description).eventTrackerArn();
      case FILTER -> ((Filter) description).filterArn();
      case SOLUTION -> ((Solution) description).solutionArn();
      case SOLUTION_VERSION -> ((SolutionVersion) description).solutionVersionArn();
      case CAMPAIGN -> ((Campaign) description).campaignArn();
      case BATCH_INFERENCE_JOB -> ((BatchInferenceJob) description).batchInferenceJobArn();
      case CAMPAIGN_UPDATE -> throw noOperations();
    };
  }

  /** The status of a Describe shape of this type; null for a type without one. */
  public @Nullable String statusOf(Object description) {
    return switch (this) {
      case DATASET_GROUP -> ((DatasetGroup) description).status();
      case SCHEMA -> null;
      case DATASET -> ((Dataset) description).status();
      case DATASET_IMPORT_JOB -> ((DatasetImportJob) description).status();
      case EVENT_TRACKER -> ((EventTracker) description).status();
      case FILTER -> ((Filter) description).status();
      case SOLUTION -> ((Solution) description).status();
      case SOLUTION_VERSION -> ((SolutionVersion) description).status();
      case CAMPAIGN -> ((Campaign) description).status();
      case BATCH_INFERENCE_JOB -> ((BatchInferenceJob) description).status();
      case CAMPAIGN_UPDATE -> throw noOperations();
    };
  }

  /**
   * The summary of a Describe shape, as List shows it: the shape's generated {@code summary()},
   * every member of the summary shape taken from the Describe member of the same name.
   */
  public Object summaryOf(Object description) {
    return switch (this) {
      case DATASET_GROUP -> ((DatasetGroup) description).summary();
      case SCHEMA -> ((DatasetSchema) description).summary();
      case DATASET -> ((Dataset) description).summary();
      case DATASET_IMPORT_JOB -> ((DatasetImportJob) description).summary();
      case EVENT_TRACKER -> ((EventTracker) description).summary();
      case FILTER -> ((Filter) description).summary();
      case SOLUTION -> ((Solution) description).summary();
      case SOLUTION_VERSION -> ((SolutionVersion) description).summary();
      case CAMPAIGN -> ((Campaign) description).summary();
      case BATCH_INFERENCE_JOB -> ((BatchInferenceJob) description).summary();
      case CAMPAIGN_UPDATE -> throw noOperations();
    };
  }

  private String noun() {
    if (noun == null) {
      throw noOperations();
    }
    return noun;
  }

  private IllegalStateException noOperations() {
    return new IllegalStateException(this + " has no operations of its own");
  }
}
