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

  /**
   * The region of an ARN ({@code arn:aws:personalize:us-east-1:123456789012:...}).
   *
   * @throws IllegalArgumentException when the ARN has no region in its fourth field
   */
  public static String regionOf(String arn) {
    int a = arn.indexOf(':');
    int b = a < 0 ? -1 : arn.indexOf(':', a + 1);
    int c = b < 0 ? -1 : arn.indexOf(':', b + 1);
    int d = c < 0 ? -1 : arn.indexOf(':', c + 1);
    if (d < 0 || !arn.startsWith("arn:") || !isRegionName(arn.substring(c + 1, d))) {
      throw new IllegalArgumentException("not an ARN of a region: " + arn);
    }
    return arn.substring(c + 1, d);
  }

  /**
   * Whether {@code s} is shaped like a region name: two letters, one or more dash-separated words
   * of letters, and a dash and a number ({@code us-east-1}, {@code us-gov-west-1}); the one rule of
   * region names, for the builder, the region header and ARNs, without a regular expression.
   */
  public static boolean isRegionName(String s) {
    int n = s.length();
    int lastDash = s.lastIndexOf('-');
    if (n < 6
        || lastDash < 3
        || lastDash == n - 1
        || !isLetter(s.charAt(0))
        || !isLetter(s.charAt(1))
        || s.charAt(2) != '-') {
      return false;
    }
    for (int i = lastDash + 1; i < n; i++) {
      if (s.charAt(i) < '0' || s.charAt(i) > '9') {
        return false;
      }
    }
    // between "xx-" and the last dash: words of letters, separated by single dashes
    boolean wordStarted = false;
    for (int i = 3; i < lastDash; i++) {
      char c = s.charAt(i);
      if (c == '-') {
        if (!wordStarted) {
          return false;
        }
        wordStarted = false;
      } else if (isLetter(c)) {
        wordStarted = true;
      } else {
        return false;
      }
    }
    return wordStarted;
  }

  private static boolean isLetter(char c) {
    return c >= 'a' && c <= 'z';
  }
}
