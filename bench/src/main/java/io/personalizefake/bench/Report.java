package io.personalizefake.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Turns the JSON results of one run of the suite into a markdown summary: every JMH figure (the
 * median, or the score where JMH gives no percentiles) beside the baseline of its class measured in
 * the same run (the {@code baseline_*} method with the same parameters and mode), their ratio, and
 * the targets. {@code args[0]} is the results folder; the summary is printed and written to {@code
 * summary.md} in it.
 *
 * <p>Files read: {@code jmh-*.json} (JMH's JSON output, one file per JMH run; the file name becomes
 * the run's label), {@code heap.json} ({@link HeapPerResource}) and {@code startup-*.json} ({@link
 * StartupProbe}, one JSON object per line).
 */
public final class Report {

  /** One JMH figure. */
  record Row(
      String run,
      String clazz,
      String method,
      String params,
      String mode,
      double median,
      double mean,
      String unit) {
    String key() {
      return run + "|" + clazz + "|" + params;
    }
  }

  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args.length > 0 ? args[0] : "bench/target/results");
    String md = render(dir);
    Files.writeString(dir.resolve("summary.md"), md);
    System.out.print(md);
  }

  static String render(Path dir) throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<Row> rows = new ArrayList<>();
    List<Path> files;
    try (Stream<Path> s = Files.list(dir)) {
      files = s.filter(p -> p.getFileName().toString().matches("jmh-.*\\.json")).sorted().toList();
    }
    for (Path f : files) {
      String run = f.getFileName().toString().replaceAll("^jmh-|\\.json$", "");
      for (JsonNode b : json.readTree(f.toFile())) {
        String full = b.get("benchmark").asText();
        int dot = full.lastIndexOf('.');
        String clazz = full.substring(full.lastIndexOf('.', dot - 1) + 1, dot);
        JsonNode m = b.get("primaryMetric");
        JsonNode p50 = m.path("scorePercentiles").path("50.0");
        double score = m.get("score").asDouble();
        rows.add(
            new Row(
                run,
                clazz,
                full.substring(dot + 1),
                params(b.path("params")),
                b.get("mode").asText(),
                p50.isMissingNode() ? score : p50.asDouble(),
                score,
                m.get("scoreUnit").asText()));
      }
    }
    StringBuilder out = new StringBuilder("# personalize-fake benchmark results\n\n");
    out.append(
        "Median of each figure (JMH's 50th percentile; for `avgt`, the median of the iterations), its baseline from the same run, and their ratio.\n\n");
    out.append(
        "| run | benchmark | params | mode | median | mean | baseline | baseline median | ratio |\n");
    out.append("| --- | --- | --- | --- | ---: | ---: | --- | ---: | ---: |\n");
    for (Row r : rows) {
      Row base = baseline(rows, r);
      out.append(
          String.format(
              Locale.ROOT,
              "| %s | %s.%s | %s | %s | %s %s | %s | %s | %s | %s |%n",
              r.run,
              r.clazz,
              r.method,
              r.params.isEmpty() ? "" : "`" + r.params + "`",
              r.mode,
              num(r.median),
              r.unit,
              num(r.mean),
              base == null || base == r ? "" : base.method,
              base == null || base == r ? "" : num(base.median) + " " + base.unit,
              base == null || base == r
                  ? ""
                  : String.format(Locale.ROOT, "%.2fx", r.median / base.median)));
    }
    out.append(
        "\n## Derived figures and targets\n\n| figure | value | target | met |\n| --- | ---: | --- | --- |\n");
    for (Row r : rows) {
      derived(rows, r, out);
    }
    Path heap = dir.resolve("heap.json");
    if (Files.exists(heap)) {
      JsonNode h = json.readTree(heap.toFile());
      double bytes = h.get("fakeBytesPerResource").asDouble();
      double base = h.get("baselineConcurrentHashMapBytesPerEntry").asDouble();
      target(
          out,
          "heap per dataset group, memory store, "
              + h.get("resources").asInt()
              + " groups (baseline: ConcurrentHashMap of the ARNs, "
              + num(base)
              + " B/entry, ratio "
              + String.format(Locale.ROOT, "%.2fx", bytes / base)
              + ")",
          num(bytes) + " B",
          "< 2048 B",
          bytes < 2048);
    }
    try (Stream<Path> s = Files.list(dir)) {
      for (Path f :
          s.filter(p -> p.getFileName().toString().matches("startup-.*\\.json"))
              .sorted()
              .toList()) {
        List<Double> totals = new ArrayList<>();
        Map<String, List<Double>> parts = new TreeMap<>();
        for (String line : Files.readAllLines(f)) {
          if (line.isBlank()) {
            continue;
          }
          JsonNode o = json.readTree(line);
          for (Iterator<Map.Entry<String, JsonNode>> it = o.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            parts.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue().asDouble());
          }
        }
        StringBuilder v = new StringBuilder();
        parts.forEach((k, l) -> v.append(k).append(' ').append(num(median(l))).append(" ms; "));
        String label = f.getFileName().toString().replaceAll("^startup-|\\.json$", "");
        out.append(
            "| cold start probe `"
                + label
                + "`, medians of "
                + parts.values().iterator().next().size()
                + " fresh JVMs | "
                + v
                + " | | |\n");
      }
    }
    return out.toString();
  }

  private static void derived(List<Row> rows, Row r, StringBuilder out) {
    String where = r.run + " " + (r.params.isEmpty() ? "" : r.params + " ");
    switch (r.clazz + "." + r.method) {
      case "ServiceBenchmark.describeDatasetGroup" -> {
        if (r.params.contains("memory")) {
          Row b = baseline(rows, r);
          double ratio = b == null ? Double.NaN : r.median / b.median;
          target(
              out,
              where + "Describe, memory, median",
              ns(r) + " ns, " + String.format(Locale.ROOT, "%.1fx", ratio) + " CHM.get",
              "< 1000 ns and < 20x",
              ns(r) < 1000 && ratio < 20);
        }
      }
      case "ServiceBenchmark.createDatasetGroup" -> {
        if (r.params.contains("memory")) {
          target(out, where + "Create, memory, median", ns(r) + " ns", "< 5000 ns", ns(r) < 5000);
        }
      }
      case "ListDepthBenchmark.page900" -> {
        Row b = baseline(rows, r);
        if (b != null) {
          double ratio = r.median / b.median;
          target(
              out,
              where + "List page 900 / first page (100,000 groups)",
              String.format(Locale.ROOT, "%.2fx", ratio),
              "< 2x",
              ratio < 2);
        }
      }
      case "WorkflowBenchmark.workflow" -> {
        double us = ns(r) / 1000;
        String value =
            num(us) + " us median, " + num(1e9 / (r.mean * factor(r.unit))) + " workflows/s";
        target(
            out,
            where + "full workflow",
            value,
            r.params.contains("memory") ? "< 200 us" : "",
            r.params.contains("memory") ? us < 200 : null);
      }
      case "CallBenchmark.describe_sdk_in_process" -> {
        Row service = sibling(rows, r, "describe_service");
        Row canned = sibling(rows, r, "describe_sdk_canned_reply");
        if (service != null) {
          double added = (ns(r) - ns(service)) / 1000;
          String floor =
              canned == null
                  ? ""
                  : "; the SDK answered by a canned reply "
                      + num(ns(canned) / 1000)
                      + " us, the fake's share "
                      + num((ns(r) - ns(canned)) / 1000)
                      + " us";
          target(
              out,
              where + "SDK client in process, added to the bare service (medians)",
              num(added) + " us" + floor,
              "< 20 us",
              added < 20);
        }
      }
      case "StartupBenchmark.cold_buildAndFirstCall" -> {
        double ms = ns(r) / 1e6;
        String vs = "";
        for (Row o : rows) {
          if (o != r && o.method.equals(r.method) && o.run.equals("cold")) {
            vs =
                String.format(
                    Locale.ROOT, " (%.2fx the run without an archive)", r.median / o.median);
          }
        }
        target(
            out,
            where + "build() to first answered call, cold" + vs,
            num(ms) + " ms",
            "< 50 ms",
            ms < 50);
      }
      case "StartupBenchmark.warm_buildAndFirstCall" ->
          target(
              out,
              where + "build() to first answered call, warm",
              num(ns(r) / 1000) + " us",
              "",
              null);
      case "ExtensionBenchmark.extensionTests", "ExtensionBenchmark.handBuiltTests" -> {
        Row b = baseline(rows, r);
        if (b != null) {
          double extra = (ns(r) - ns(b)) / 1000;
          boolean ext = r.method.equals("extensionTests");
          target(
              out,
              where
                  + (ext ? "@PersonalizeFakeTest" : "hand-built fake")
                  + " cost per test (over a test without a fake)",
              num(extra) + " us",
              ext ? "< 1000 us" : "",
              ext ? extra < 1000 : null);
        }
      }
      default -> {}
    }
  }

  private static void target(
      StringBuilder out, String figure, String value, String target, @Nullable Boolean met) {
    out.append("| ")
        .append(figure)
        .append(" | ")
        .append(value)
        .append(" | ")
        .append(target)
        .append(" | ")
        .append(met == null ? "" : met ? "yes" : "**no**")
        .append(" |\n");
  }

  private static @Nullable Row baseline(List<Row> rows, Row r) {
    Row any = null;
    for (Row b : rows) {
      if (b.key().equals(r.key()) && b.method.startsWith("baseline")) {
        if (b.mode.equals(r.mode)) {
          return b;
        }
        any = any == null ? b : any;
      }
    }
    return r.mode.equals("ss") || any == null || !any.mode.equals("ss") ? any : null;
  }

  /** The figure of {@code method} in the same run, class, parameters and mode as {@code r}. */
  private static @Nullable Row sibling(List<Row> rows, Row r, String method) {
    for (Row o : rows) {
      if (o.key().equals(r.key()) && o.mode.equals(r.mode) && o.method.equals(method)) {
        return o;
      }
    }
    return null;
  }

  /** The median in nanoseconds. */
  private static double ns(Row r) {
    return r.median * factor(r.unit);
  }

  private static double factor(String unit) {
    return switch (unit.substring(0, unit.indexOf('/'))) {
      case "ns" -> 1;
      case "us" -> 1e3;
      case "ms" -> 1e6;
      case "s" -> 1e9;
      default -> throw new IllegalArgumentException("unit " + unit);
    };
  }

  private static String params(JsonNode params) {
    Map<String, String> m = new LinkedHashMap<>();
    params.fields().forEachRemaining(e -> m.put(e.getKey(), e.getValue().asText()));
    StringBuilder s = new StringBuilder();
    m.forEach((k, v) -> s.append(s.length() == 0 ? "" : ",").append(k).append('=').append(v));
    return s.toString();
  }

  private static double median(List<Double> values) {
    List<Double> sorted = values.stream().sorted().toList();
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }

  private static String num(double v) {
    if (Double.isNaN(v)) {
      return "-";
    }
    return Math.abs(v) >= 100
        ? String.format(Locale.ROOT, "%,.0f", v)
        : String.format(Locale.ROOT, "%.3g", v);
  }
}
