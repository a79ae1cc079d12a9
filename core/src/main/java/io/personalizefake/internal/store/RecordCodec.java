package io.personalizefake.internal.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.personalizefake.internal.lifecycle.Status;
import io.personalizefake.internal.lifecycle.Step;
import io.personalizefake.json.Json;
import io.personalizefake.model.ResourceType;
import io.personalizefake.spi.Key;
import io.personalizefake.spi.RecordSerializer;
import io.personalizefake.spi.StoredRecord;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Turns every record the core stores into bytes and back, for stores that keep bytes (files).
 * Records are JSON objects with a one-letter tag; resource bodies are written in the service's own
 * JSON shapes, so a stored file reads like the API's answers. Keys have their own compact form
 * whose string order is the order of {@link Key#compareTo}.
 */
public final class RecordCodec implements RecordSerializer {

  private final ObjectMapper mapper = Json.mapper();

  /** Made by {@link java.util.ServiceLoader} as the {@link RecordSerializer#standard()} one. */
  public RecordCodec() {}

  @Override
  public byte[] encode(StoredRecord record) {
    ObjectNode n = mapper.createObjectNode();
    ArrayNode key = n.putArray("k");
    key.add(record.key().scope()).add(record.key().kind()).add(record.key().id());
    if (record instanceof ResourceRecord r) {
      n.put("t", "r");
      n.put("type", r.type().name());
      n.put("arn", r.arn());
      n.put("seq", r.seq());
      n.set("body", mapper.valueToTree(r.body()));
      ArrayNode plan = n.putArray("plan");
      for (Step s : r.plan()) {
        ObjectNode step = plan.addObject();
        if (s.status() != null) {
          step.put("status", s.status().name());
        }
        if (s.delay() != null) {
          step.put("delayMillis", s.delay().toMillis());
        }
        if (s.failureReason() != null) {
          step.put("failureReason", s.failureReason());
        }
        if (s.onUpdate()) {
          step.put("onUpdate", true);
        }
      }
      if (r.nextDue() != null) {
        n.put("nextDue", r.nextDue().toEpochMilli());
      }
    } else if (record instanceof IndexEntry e) {
      n.put("t", "i").put("arn", e.arn());
    } else if (record instanceof DueEntry e) {
      n.put("t", "d").put("arn", e.arn());
    } else if (record instanceof MetaRecord m) {
      n.put("t", "m")
          .put("seed", m.seed())
          .put("idsDrawn", m.idsDrawn())
          .put("nextSeq", m.nextSeq());
    } else if (record instanceof CountRecord c) {
      n.put("t", "c").put("live", c.live()).put("transitional", c.transitional());
    } else if (record instanceof FaultRecord f) {
      n.put("t", "f").put("reason", f.reason()).put("remaining", f.remaining());
    } else if (record instanceof MetricsRecord m) {
      n.put("t", "x");
      ObjectNode metrics = n.putObject("metrics");
      m.metrics().forEach(metrics::put);
    } else {
      throw new IllegalArgumentException("no encoding for " + record.getClass().getName());
    }
    try {
      return mapper.writeValueAsBytes(n);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public StoredRecord decode(byte[] bytes) {
    JsonNode n;
    try {
      n = mapper.readTree(bytes);
    } catch (IOException e) {
      throw new IllegalArgumentException("not an encoded record", e);
    }
    JsonNode k = n.get("k");
    Key key = new Key(k.get(0).asText(), k.get(1).asText(), k.get(2).asText());
    String tag = n.path("t").asText();
    return switch (tag) {
      case "r" -> resource(key, n);
      case "i" -> new IndexEntry(key, n.get("arn").asText());
      case "d" -> new DueEntry(key, n.get("arn").asText());
      case "m" ->
          new MetaRecord(
              key, n.get("seed").asLong(), n.get("idsDrawn").asLong(), n.get("nextSeq").asLong());
      case "c" -> new CountRecord(key, n.get("live").asLong(), n.get("transitional").asLong());
      case "f" -> new FaultRecord(key, n.get("reason").asText(), n.get("remaining").asLong());
      case "x" -> {
        Map<String, Double> metrics = new LinkedHashMap<>();
        n.get("metrics")
            .fields()
            .forEachRemaining(e -> metrics.put(e.getKey(), e.getValue().asDouble()));
        yield new MetricsRecord(key, metrics);
      }
      default -> throw new IllegalArgumentException("unknown record tag '" + tag + "'");
    };
  }

  private ResourceRecord resource(Key key, JsonNode n) {
    ResourceType type = ResourceType.valueOf(n.get("type").asText());
    Object body;
    try {
      body = mapper.treeToValue(n.get("body"), Kinds.of(type).bodyClass());
    } catch (IOException e) {
      throw new IllegalArgumentException("unreadable body of " + n.get("arn").asText(), e);
    }
    List<Step> plan = new ArrayList<>();
    for (JsonNode s : n.get("plan")) {
      @Nullable Status status = s.has("status") ? Status.valueOf(s.get("status").asText()) : null;
      @Nullable Duration delay =
          s.has("delayMillis") ? Duration.ofMillis(s.get("delayMillis").asLong()) : null;
      @Nullable String reason = s.has("failureReason") ? s.get("failureReason").asText() : null;
      plan.add(new Step(status, delay, reason, s.path("onUpdate").asBoolean(false)));
    }
    Instant due = n.has("nextDue") ? Instant.ofEpochMilli(n.get("nextDue").asLong()) : null;
    return new ResourceRecord(
        key, type, n.get("arn").asText(), n.get("seq").asLong(), body, plan, due);
  }
}
