package io.personalizefake.testkit.jqwik;

import io.personalizefake.config.Quotas;
import io.personalizefake.internal.store.ResourceRecord;
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
import io.personalizefake.spi.StoredRecord;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Every record of a fake's store at one instant, and the resources among them seen through their
 * Describe shapes: what the model predicts outcomes from and checks invariants against.
 */
final class Snapshot {

  static final String CREATE_PENDING = "CREATE PENDING";
  static final String CREATE_IN_PROGRESS = "CREATE IN_PROGRESS";
  static final String ACTIVE = "ACTIVE";
  static final String CREATE_FAILED = "CREATE FAILED";
  static final String DELETE_PENDING = "DELETE PENDING";
  static final String DELETE_IN_PROGRESS = "DELETE IN_PROGRESS";

  /** One stored resource as its Describe shape shows it. */
  record View(
      ResourceType type,
      String arn,
      String name,
      String status,
      Instant created,
      Instant updated,
      String failureReason,
      /*
       * dataset group of datasets, trackers, filters, solutions; dataset of import jobs; solution
       * of versions and of campaigns (through the deployed version); version of batch jobs
       */
      String parent,
      Object body,
      ResourceRecord record) {

    boolean transitional() {
      return Snapshot.transitional(status);
    }

    boolean deleting() {
      return DELETE_PENDING.equals(status) || DELETE_IN_PROGRESS.equals(status);
    }

    boolean active() {
      return ACTIVE.equals(status);
    }

    @Override
    public String toString() {
      return type + " " + arn + (status == null ? "" : " " + status);
    }
  }

  static boolean transitional(String status) {
    return CREATE_PENDING.equals(status) || CREATE_IN_PROGRESS.equals(status);
  }

  final List<StoredRecord> records;
  final Quotas quotas;
  final Map<String, View> byArn = new TreeMap<>();

  Snapshot(List<StoredRecord> records, Quotas quotas) {
    this.records = records;
    this.quotas = quotas;
    for (StoredRecord r : records) {
      if (r instanceof ResourceRecord rr) {
        byArn.put(rr.arn(), view(rr));
      }
    }
  }

  private static View view(ResourceRecord r) {
    Object b = r.body();
    if (b instanceof DatasetGroup g) {
      return new View(
          r.type(),
          r.arn(),
          g.name(),
          g.status(),
          g.creationDateTime(),
          g.lastUpdatedDateTime(),
          g.failureReason(),
          null,
          b,
          r);
    }
    if (b instanceof DatasetSchema s) {
      return new View(
          r.type(),
          r.arn(),
          s.name(),
          null,
          s.creationDateTime(),
          s.lastUpdatedDateTime(),
          null,
          null,
          b,
          r);
    }
    if (b instanceof Dataset d) {
      return new View(
          r.type(),
          r.arn(),
          d.name(),
          d.status(),
          d.creationDateTime(),
          d.lastUpdatedDateTime(),
          null,
          d.datasetGroupArn(),
          b,
          r);
    }
    if (b instanceof DatasetImportJob j) {
      return new View(
          r.type(),
          r.arn(),
          j.jobName(),
          j.status(),
          j.creationDateTime(),
          j.lastUpdatedDateTime(),
          j.failureReason(),
          j.datasetArn(),
          b,
          r);
    }
    if (b instanceof EventTracker t) {
      return new View(
          r.type(),
          r.arn(),
          t.name(),
          t.status(),
          t.creationDateTime(),
          t.lastUpdatedDateTime(),
          null,
          t.datasetGroupArn(),
          b,
          r);
    }
    if (b instanceof Filter f) {
      return new View(
          r.type(),
          r.arn(),
          f.name(),
          f.status(),
          f.creationDateTime(),
          f.lastUpdatedDateTime(),
          f.failureReason(),
          f.datasetGroupArn(),
          b,
          r);
    }
    if (b instanceof Solution s) {
      return new View(
          r.type(),
          r.arn(),
          s.name(),
          s.status(),
          s.creationDateTime(),
          s.lastUpdatedDateTime(),
          null,
          s.datasetGroupArn(),
          b,
          r);
    }
    if (b instanceof SolutionVersion v) {
      return new View(
          r.type(),
          r.arn(),
          null,
          v.status(),
          v.creationDateTime(),
          v.lastUpdatedDateTime(),
          v.failureReason(),
          v.solutionArn(),
          b,
          r);
    }
    if (b instanceof Campaign c) {
      return new View(
          r.type(),
          r.arn(),
          c.name(),
          c.status(),
          c.creationDateTime(),
          c.lastUpdatedDateTime(),
          c.failureReason(),
          Calls.solutionOf(c.solutionVersionArn()),
          b,
          r);
    }
    if (b instanceof BatchInferenceJob j) {
      return new View(
          r.type(),
          r.arn(),
          j.jobName(),
          j.status(),
          j.creationDateTime(),
          j.lastUpdatedDateTime(),
          j.failureReason(),
          j.solutionVersionArn(),
          b,
          r);
    }
    throw new AssertionError("a resource the workflows do not create: " + r);
  }

  /** The resource of {@code type} at {@code arn}, or null (also when another type is there). */
  View find(ResourceType type, String arn) {
    View v = arn == null ? null : byArn.get(arn);
    return v != null && v.type() == type ? v : null;
  }

  Collection<View> all() {
    return byArn.values();
  }

  List<View> all(ResourceType type) {
    return byArn.values().stream().filter(v -> v.type() == type).collect(Collectors.toList());
  }

  List<View> children(ResourceType type, String parent) {
    return byArn.values().stream()
        .filter(v -> v.type() == type && parent.equals(v.parent()))
        .collect(Collectors.toList());
  }

  /**
   * Resources of {@code type} that count toward its quota: those that exist and are not deleting.
   */
  long live(ResourceType type) {
    return all(type).stream().filter(v -> !v.deleting()).count();
  }

  long quota(Quotas.Quota quota) {
    return quotas.get(quota);
  }

  long transitional(ResourceType type) {
    return all(type).stream().filter(View::transitional).count();
  }

  /** The documented List order: newest first, ties by ARN ascending. */
  static final Comparator<View> LIST_ORDER =
      Comparator.comparing(View::created).reversed().thenComparing(View::arn);

  @Override
  public String toString() {
    return byArn.values().toString();
  }
}
