package io.personalizefake.internal.store;

import io.personalizefake.spi.Key;
import io.personalizefake.spi.StoredRecord;
import java.util.Map;

/** Metrics a test set for a solution version (id = its ARN), returned by GetSolutionMetrics. */
public record MetricsRecord(Key key, Map<String, Double> metrics) implements StoredRecord {
  public static final String KIND = "x";

  public MetricsRecord {
    metrics = Map.copyOf(metrics);
  }
}
