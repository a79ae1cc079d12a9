package io.personalizefake.model;

/**
 * The resource types of the control plane, with the segment their ARNs carry and whether their
 * deletion passes through {@code DELETE IN_PROGRESS}.
 */
public enum ResourceType {
  DATASET_GROUP("dataset-group", true, false),
  SCHEMA("schema", false, false),
  DATASET("dataset", true, true),
  DATASET_IMPORT_JOB("dataset-import-job", true, false),
  EVENT_TRACKER("event-tracker", true, true),
  FILTER("filter", true, true),
  SOLUTION("solution", true, true),
  SOLUTION_VERSION("solution", true, false),
  CAMPAIGN("campaign", true, true),
  /** The update in flight of a campaign, shown in {@code latestCampaignUpdate}. */
  CAMPAIGN_UPDATE("campaign", true, false),
  BATCH_INFERENCE_JOB("batch-inference-job", true, false);

  private final String arnSegment;
  private final boolean hasStatus;
  private final boolean deletesInProgress;

  ResourceType(String arnSegment, boolean hasStatus, boolean deletesInProgress) {
    this.arnSegment = arnSegment;
    this.hasStatus = hasStatus;
    this.deletesInProgress = deletesInProgress;
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
}
