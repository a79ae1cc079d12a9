package io.personalizefake.config;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The service quotas a fake enforces, per account and region. Every quota has the default of the
 * service at the time of the 2018-05-22 API and can be changed.
 */
public final class Quotas {

  /** The quotas by name. */
  public enum Quota {
    DATASET_GROUPS("datasetGroups", 500),
    SCHEMAS("schemas", 500),
    DATASETS("datasets", 500),
    EVENT_TRACKERS("eventTrackers", 500),
    SOLUTIONS("solutions", 500),
    CAMPAIGNS("campaigns", 5),
    TRANSITIONAL_SOLUTION_VERSIONS("transitionalSolutionVersions", 20),
    TRANSITIONAL_BATCH_INFERENCE_JOBS("transitionalBatchInferenceJobs", 5),
    TRANSITIONAL_DATASET_IMPORT_JOBS("transitionalDatasetImportJobs", 5),
    FILTERS("filters", 10),
    FILTER_PARAMETERS("filterParameters", 5),
    DATASET_GROUP_FILTER_PARAMETERS("datasetGroupFilterParameters", 10);

    private final String quotaName;
    private final long defaultValue;

    Quota(String quotaName, long defaultValue) {
      this.quotaName = quotaName;
      this.defaultValue = defaultValue;
    }

    /** The name used on the command line and the control endpoint, e.g. {@code campaigns}. */
    public String quotaName() {
      return quotaName;
    }

    public long defaultValue() {
      return defaultValue;
    }

    /** The quota with the given name, e.g. {@code campaigns}. */
    public static Quota named(String name) {
      for (Quota q : values()) {
        if (q.quotaName.equals(name)) {
          return q;
        }
      }
      throw new IllegalArgumentException("no quota named " + name);
    }
  }

  private final Map<Quota, Long> values;

  private Quotas(Map<Quota, Long> values) {
    this.values = values;
  }

  /** The service's defaults. */
  public static Quotas defaults() {
    Map<Quota, Long> map = new LinkedHashMap<>();
    for (Quota q : Quota.values()) {
      map.put(q, q.defaultValue());
    }
    return new Quotas(Collections.unmodifiableMap(map));
  }

  /** These quotas with one replaced. */
  public Quotas with(Quota quota, long value) {
    if (value < 0) {
      throw new IllegalArgumentException("a quota must not be negative: " + value);
    }
    Map<Quota, Long> map = new LinkedHashMap<>(values);
    map.put(quota, value);
    return new Quotas(Collections.unmodifiableMap(map));
  }

  public long get(Quota quota) {
    return values.get(quota);
  }

  public Map<Quota, Long> asMap() {
    return values;
  }
}
