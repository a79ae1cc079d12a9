package io.personalizefake;

import io.personalizefake.config.Quotas;
import io.personalizefake.config.Quotas.Quota;
import io.personalizefake.model.ResourceType;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Every test control of a fake, in one interface with three implementations: the fake itself in
 * process ({@link PersonalizeFake}), the same controls served over HTTP under {@code /_fake/} by
 * the server, and {@code io.personalizefake.client.FakeAdminClient}, which calls those routes, so a
 * test drives a fake in another process with the same calls as one in its own JVM.
 *
 * <pre>{@code
 * FakeAdmin admin = FakeAdminClient.connect(URI.create("http://127.0.0.1:4566"));
 * admin.faults().raise("ThrottlingException").on("DescribeCampaign").everyNthCall(3);
 * String campaign = admin.awaitActive(campaignArn);
 * }</pre>
 *
 * The operations of the service are not here: they are {@code PersonalizeService}'s, reached in
 * process, through the SDK or over the AWS protocol.
 */
public interface FakeAdmin {

  /** The fake's account, e.g. {@code 123456789012}. */
  String accountId();

  /** The fake's own region, which controls without a region act on. */
  String region();

  /** The seed of generated identifiers (the store's, when it was reopened with one). */
  long seed();

  // --- the clock

  /** The clock's time, and whether it is frozen. Reading it does not auto-step it. */
  ClockState clockState();

  /**
   * Moves the fake clock forward by {@code amount}; what becomes due is applied by the next call.
   *
   * @throws IllegalStateException when the fake's clock is not a {@link FakeClock}
   */
  void advance(Duration amount);

  /**
   * Sets the fake clock to {@code instant}, never backwards.
   *
   * @throws IllegalArgumentException when {@code instant} is before the clock's time
   */
  void setClock(Instant instant);

  // --- status changes

  /** Applies every status change that is due now, in every region the fake has served. */
  void settleEveryRegion();

  /**
   * Fires status changes until no resource of any region is transitional or deleting and no
   * campaign update is in flight, moving the clock to each next due time in turn; steps that wait
   * for a test control (manual timings) fire at the current time.
   */
  void settleAll();

  /**
   * Advances the clock to each next due status change of {@code arn} until it is ACTIVE and no
   * update of it is in flight; returns {@code arn}.
   *
   * @throws AssertionError naming the resource, its status and failure reason when it ends CREATE
   *     FAILED (or its update does), is being deleted, does not exist, or has nothing more due
   */
  String awaitActive(String arn);

  /**
   * Advances the clock to each next due status change of {@code arn} until it is gone.
   *
   * @throws AssertionError when it is not being deleted or has nothing more due
   */
  void awaitDeleted(String arn);

  /**
   * Fires the next planned status change of {@code arn} now, whatever its due time.
   *
   * @throws IllegalStateException when nothing is planned for it
   */
  void advance(String arn);

  // --- faults

  /**
   * Makes the next {@code times} creates of {@code type} in {@code region} end in CREATE FAILED
   * with {@code failureReason}, replacing an earlier rule for that type and region. {@link
   * ResourceType#CAMPAIGN_UPDATE} makes campaign updates fail.
   */
  FaultRule failCreates(String region, ResourceType type, String failureReason, long times);

  /**
   * Makes one resource end in CREATE FAILED: its create, if it does not exist yet, or the step that
   * would make it (or its campaign update) ACTIVE; then the rule has nothing remaining.
   *
   * @throws IllegalStateException when the resource exists and nothing of it is in flight
   */
  FaultRule failCreateOf(String arn, String failureReason);

  /** Installs an operation-error rule; {@link #faults()} builds one fluently. */
  FaultRule addOperationError(OperationError error);

  /** Every rule in force: create failures of every region first, then operation errors. */
  List<FaultRule> faultRules();

  /** Removes the rule with {@code id}; false when there is none. */
  boolean removeFaultRule(String id);

  /** Removes every fault rule. */
  void clearFaultRules();

  /** The fault rules, fluently: {@code faults().raise("X").on("CreateCampaign").times(2)}. */
  default FaultRules faults() {
    return new FaultRules(this);
  }

  /** Makes the next create of {@code type} in the fake's region end in CREATE FAILED. */
  default void failNext(ResourceType type, String failureReason) {
    failNext(type, failureReason, 1);
  }

  /** Makes the next {@code count} creates of {@code type} in the fake's region fail. */
  default void failNext(ResourceType type, String failureReason, long count) {
    failCreates(region(), type, failureReason, count);
  }

  /** Makes {@code arn} end in CREATE FAILED; see {@link #failCreateOf}. */
  default void fail(String arn, String failureReason) {
    failCreateOf(arn, failureReason);
  }

  // --- quotas and metrics

  /** The quotas in force. */
  Quotas quotas();

  /** Changes one quota from now on, e.g. {@code quota(Quota.CAMPAIGNS, 50)}. */
  void quota(Quota quota, long value);

  /**
   * Sets what GetSolutionMetrics returns for an existing solution version, instead of the values
   * the fake computes.
   */
  void setMetrics(String solutionVersionArn, Map<String, Double> metrics);

  // --- the journal

  /** Every recorded call, oldest first. */
  List<Journal.Entry> journalEntries();

  /** Forgets every recorded call. */
  void clearJournal();

  /** The recorded calls, with ways to find one: {@code journal().requests(Type.class)}. */
  default Journal journal() {
    return new Journal(this);
  }

  // --- state

  /** An immutable copy of the whole state, after settling what is due. */
  FakeSnapshot snapshot();

  /**
   * Returns the fake to the state of {@code snapshot}. The clock does not move.
   *
   * @throws IllegalArgumentException when the snapshot is of another account
   */
  void restore(FakeSnapshot snapshot);

  /**
   * Drops every resource, fault rule, counter and journal entry of every region; the configuration
   * (clock, timings, quotas, account, region, seed) stays.
   */
  void reset();
}
