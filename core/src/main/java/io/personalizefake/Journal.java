package io.personalizefake;

import com.fasterxml.jackson.databind.JsonNode;
import io.personalizefake.json.Json;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * Every call the fake answered, in order: the operation, the request, the response or the error
 * code, the region and the clock time. Calls through the SDK bridge and over HTTP are recorded too,
 * since they reach the same service. A test asserts what its application called:
 *
 * <pre>{@code
 * assertThat(fake.journal().requests(CreateCampaignRequest.class))
 *     .extracting(CreateCampaignRequest::minProvisionedTPS).containsExactly(1);
 * assertThat(fake.journal().find("DeleteCampaign", "campaignArn", arn)).hasSize(1);
 * }</pre>
 *
 * The fake keeps the most recent {@link PersonalizeFake.Builder#journalCapacity(int)} calls (10,000
 * by default; 0 turns it off). It lives in memory: a reopened store starts a new one.
 */
public final class Journal {

  /** One recorded call. Members are named as on the wire (e.g. {@code datasetGroupArn}). */
  public record Entry(
      long sequence,
      Instant at,
      String region,
      String operation,
      Object request,
      @Nullable Object response,
      @Nullable String errorCode,
      @Nullable String errorMessage) {

    /** Whether the call returned a response rather than an error. */
    public boolean succeeded() {
      return errorCode == null;
    }

    /** The request as its model type, e.g. {@code entry.request(CreateCampaignRequest.class)}. */
    public <Q> Q request(Class<Q> type) {
      return type.cast(request);
    }

    /** The response as its model type; empty when the call failed. */
    public <S> Optional<S> response(Class<S> type) {
      return Optional.ofNullable(response).map(type::cast);
    }

    /**
     * A member of the request by its wire name, with dots for nested members (e.g. {@code
     * solutionConfig.eventValueThreshold}); empty when the request does not have it.
     */
    public Optional<JsonNode> member(String path) {
      JsonNode node = Json.mapper().valueToTree(request);
      for (String part : path.split("\\.", -1)) {
        node = node.path(part);
      }
      return node.isMissingNode() || node.isNull() ? Optional.empty() : Optional.of(node);
    }

    /**
     * Whether the request's member at {@code path} equals {@code value} (a string, number, boolean
     * or model object).
     */
    public boolean hasMember(String path, Object value) {
      return member(path).map(n -> sameValue(n, Json.mapper().valueToTree(value))).orElse(false);
    }

    @Override
    public String toString() {
      String outcome = succeeded() ? "ok" : errorCode + ": " + errorMessage;
      return "#"
          + sequence
          + " "
          + at
          + " "
          + region
          + " "
          + operation
          + " "
          + Json.mapper().valueToTree(request)
          + " -> "
          + outcome;
    }
  }

  private final FakeAdmin admin;

  Journal(FakeAdmin admin) {
    this.admin = admin;
  }

  /** Every recorded call, oldest first. */
  public List<Entry> entries() {
    return admin.journalEntries();
  }

  /**
   * The recorded calls of one operation ({@code CreateCampaign} or {@code createCampaign}), oldest
   * first.
   */
  public List<Entry> entries(String operation) {
    String op = operationName(operation);
    return select(e -> e.operation().equals(op));
  }

  /**
   * The requests of every successful or failed call with requests of {@code type}, oldest first.
   */
  public <Q> List<Q> requests(Class<Q> type) {
    List<Q> requests = new ArrayList<>();
    for (Entry e : entries()) {
      if (type.isInstance(e.request())) {
        requests.add(type.cast(e.request()));
      }
    }
    return requests;
  }

  /** The calls of {@code operation} whose request member at {@code path} equals {@code value}. */
  public List<Entry> find(String operation, String path, Object value) {
    String op = operationName(operation);
    return select(e -> e.operation().equals(op) && e.hasMember(path, value));
  }

  /** The calls that match {@code filter}, oldest first. */
  public List<Entry> select(Predicate<Entry> filter) {
    List<Entry> found = new ArrayList<>();
    for (Entry e : entries()) {
      if (filter.test(e)) {
        found.add(e);
      }
    }
    return found;
  }

  /** The most recent call of {@code operation}. */
  public Optional<Entry> last(String operation) {
    List<Entry> found = entries(operation);
    return found.isEmpty() ? Optional.empty() : Optional.of(found.get(found.size() - 1));
  }

  /** The calls that ended in an error, oldest first. */
  public List<Entry> errors() {
    return select(e -> !e.succeeded());
  }

  /** How many calls are recorded. */
  public int size() {
    return entries().size();
  }

  /** Forgets every recorded call. */
  public void clear() {
    admin.clearJournal();
  }

  static String operationName(String name) {
    if (name == null || name.isEmpty()) {
      throw new IllegalArgumentException("an operation name is required");
    }
    return Character.toUpperCase(name.charAt(0)) + name.substring(1);
  }

  private static boolean sameValue(JsonNode a, JsonNode b) {
    if (a.isNumber() && b.isNumber()) {
      return a.decimalValue().compareTo(b.decimalValue()) == 0;
    }
    return a.equals(b);
  }
}
