package io.tcgateway.benchmarks.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads JMH's JSON result file (an array of benchmark entries). */
public final class JmhResults {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private JmhResults() {}

  /**
   * The entries of a JMH JSON result file, in file order.
   *
   * @throws IllegalArgumentException if the text is not a JMH JSON array or an entry lacks a field
   */
  public static List<JmhResult> parse(String json) {
    JsonNode root;
    try {
      root = MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("JMH result is not JSON: " + e.getOriginalMessage(), e);
    }
    if (root == null || !root.isArray()) {
      throw new IllegalArgumentException("JMH result must be a JSON array of benchmarks");
    }
    List<JmhResult> results = new ArrayList<>();
    for (JsonNode entry : root) {
      results.add(entry(entry));
    }
    return List.copyOf(results);
  }

  private static JmhResult entry(JsonNode e) {
    String benchmark = text(e, "benchmark");
    JsonNode metric = required(e, "primaryMetric", benchmark);
    Map<String, String> params = new LinkedHashMap<>();
    e.path("params").properties().forEach(p -> params.put(p.getKey(), p.getValue().asText()));
    List<String> jvmArgs = new ArrayList<>();
    e.path("jvmArgs").forEach(a -> jvmArgs.add(a.asText()));
    JmhResult.Settings settings =
        new JmhResult.Settings(
            e.path("forks").asInt(),
            e.path("threads").asInt(),
            e.path("warmupIterations").asInt(),
            e.path("warmupTime").asText(""),
            e.path("measurementIterations").asInt(),
            e.path("measurementTime").asText(""),
            e.path("jmhVersion").asText(""),
            e.path("jdkVersion").asText(""),
            (e.path("vmName").asText("") + " " + e.path("vmVersion").asText("")).trim(),
            String.join(" ", jvmArgs));
    return new JmhResult(
        benchmark,
        params,
        e.path("mode").asText(""),
        number(required(metric, "score", benchmark)),
        number(metric.path("scoreError")),
        metric.path("scoreUnit").asText(""),
        settings);
  }

  /** A JSON number, or JMH's {@code "NaN"}/{@code "Infinity"} strings; missing is NaN. */
  private static double number(JsonNode node) {
    if (node.isNumber()) {
      return node.asDouble();
    }
    if (node.isTextual()) {
      try {
        return Double.parseDouble(node.asText());
      } catch (NumberFormatException ex) {
        return Double.NaN;
      }
    }
    return Double.NaN;
  }

  private static String text(JsonNode e, String field) {
    JsonNode node = e.get(field);
    if (node == null || !node.isTextual()) {
      throw new IllegalArgumentException("JMH entry without \"" + field + "\": " + e);
    }
    return node.asText();
  }

  private static JsonNode required(JsonNode e, String field, String benchmark) {
    JsonNode node = e.get(field);
    if (node == null || node.isNull()) {
      throw new IllegalArgumentException(benchmark + ": JMH entry without \"" + field + "\"");
    }
    return node;
  }
}
