package io.tcgateway.benchmarks.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@code native/sodium_bench.c} printed: the libsodium version and one result per operation.
 *
 * @param version libsodium's {@code sodium_version_string()}, or {@code "unknown"}
 * @param secondsPerIteration length of one timed iteration; {@code NaN} if not printed
 * @param results in output order
 */
public record SodiumResults(
    String version, double secondsPerIteration, List<SodiumResult> results) {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  public SodiumResults {
    Objects.requireNonNull(version, "version");
    results = List.copyOf(results);
  }

  /**
   * Reads the program's output: one JSON object per line ({@code {"library":..,"version":..}} and
   * {@code {"benchmark":..,"opsPerSecond":[..],"mean":..}}). Lines not starting with {@code {} are
   * ignored, so compiler or shell noise in a captured log does no harm.
   *
   * @throws IllegalArgumentException if a JSON line is malformed or a result lacks a field
   */
  public static SodiumResults parse(List<String> lines) {
    String version = "unknown";
    double seconds = Double.NaN;
    List<SodiumResult> results = new ArrayList<>();
    for (String raw : lines) {
      String line = raw.strip();
      if (!line.startsWith("{")) {
        continue;
      }
      JsonNode node;
      try {
        node = MAPPER.readTree(line);
      } catch (JsonProcessingException e) {
        throw new IllegalArgumentException("libsodium output line is not JSON: " + line, e);
      }
      if (node.has("library")) {
        version = node.path("version").asText(version);
        if (node.path("secondsPerIteration").isNumber()) {
          seconds = node.get("secondsPerIteration").asDouble();
        }
      } else if (node.has("benchmark")) {
        if (!node.path("mean").isNumber() || !node.path("opsPerSecond").isArray()) {
          throw new IllegalArgumentException("libsodium result without mean/opsPerSecond: " + line);
        }
        List<Double> rates = new ArrayList<>();
        node.path("opsPerSecond").forEach(r -> rates.add(r.asDouble()));
        results.add(
            new SodiumResult(node.get("benchmark").asText(), rates, node.get("mean").asDouble()));
      }
    }
    return new SodiumResults(version, seconds, results);
  }

  /** The result of operation {@code name}, if it was measured. */
  public Optional<SodiumResult> find(String name) {
    return results.stream().filter(r -> r.name().equals(name)).findFirst();
  }
}
