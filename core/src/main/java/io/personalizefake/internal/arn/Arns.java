package io.personalizefake.internal.arn;

import io.personalizefake.model.ResourceType;

/**
 * Mints the ARNs of one account and region, in the shapes the service uses ({@code
 * arn:aws:personalize:us-east-1:123456789012:dataset-group/name}).
 */
public final class Arns {

  private final String prefix;

  public Arns(String partition, String region, String account) {
    this.prefix = "arn:" + partition + ":personalize:" + region + ":" + account + ":";
  }

  public String of(ResourceType type, String resourceId) {
    return prefix + type.arnSegment() + "/" + resourceId;
  }

  public String datasetGroup(String name) {
    return of(ResourceType.DATASET_GROUP, name);
  }

  public String schema(String name) {
    return of(ResourceType.SCHEMA, name);
  }

  /** {@code dataset/{datasetGroupName}/{TYPE}}. */
  public String dataset(String datasetGroupName, String upperCaseType) {
    return of(ResourceType.DATASET, datasetGroupName + "/" + upperCaseType);
  }

  public String datasetImportJob(String name) {
    return of(ResourceType.DATASET_IMPORT_JOB, name);
  }

  public String eventTracker(String trackerId) {
    return of(ResourceType.EVENT_TRACKER, trackerId);
  }

  public String filter(String name) {
    return of(ResourceType.FILTER, name);
  }

  public String solution(String name) {
    return of(ResourceType.SOLUTION, name);
  }

  /** {@code solution/{solutionName}/{versionId}}. */
  public String solutionVersion(String solutionName, String versionId) {
    return of(ResourceType.SOLUTION, solutionName + "/" + versionId);
  }

  public String campaign(String name) {
    return of(ResourceType.CAMPAIGN, name);
  }

  public String batchInferenceJob(String name) {
    return of(ResourceType.BATCH_INFERENCE_JOB, name);
  }

  /** The name at the end of a name-based ARN: what follows the last {@code /}. */
  public static String lastSegment(String arn) {
    return arn.substring(arn.lastIndexOf('/') + 1);
  }

  /** The ARN of the solution a solution version ARN belongs to. */
  public static String solutionOfVersion(String solutionVersionArn) {
    int slash = solutionVersionArn.lastIndexOf('/');
    return slash < 0 ? solutionVersionArn : solutionVersionArn.substring(0, slash);
  }
}
