package io.tcgateway.domain.vectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;

/**
 * Reads the protocol vectors generated with the official JavaScript libraries (copied from {@code
 * shared/vectors} into {@code src/test/resources/vectors}; {@code .ci/run} checks they are in
 * sync). Shared with other modules through the domain test jar.
 */
public final class ProtocolVectors {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private ProtocolVectors() {}

  /** The whole file {@code vectors/<name>}. */
  public static JsonNode file(String name) {
    String path = "/vectors/" + name;
    try (InputStream in = ProtocolVectors.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource " + path);
      }
      return MAPPER.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The {@code meta} object of a file. */
  public static JsonNode meta(String name) {
    return file(name).path("meta");
  }

  /** Every element of {@code file[arrayName]}. */
  public static List<JsonNode> array(String name, String arrayName) {
    List<JsonNode> cases = new ArrayList<>();
    file(name).path(arrayName).forEach(cases::add);
    if (cases.isEmpty()) {
      throw new IllegalStateException(name + " has no " + arrayName);
    }
    return cases;
  }

  /** Every case of a file. */
  public static List<JsonNode> cases(String name) {
    return array(name, "cases");
  }

  /** Cases whose {@code expected} equals {@code expected} ("accept" or "reject"), named by id. */
  public static Stream<Named<JsonNode>> named(String name, String expected) {
    return cases(name).stream()
        .filter(c -> expected.equals(c.path("expected").asText()))
        .map(c -> Named.of(c.path("id").asText() + " " + c.path("reason").asText(""), c));
  }

  /** Every element of {@code file[arrayName]}, named by id. */
  public static Stream<Named<JsonNode>> namedArray(String name, String arrayName) {
    return array(name, arrayName).stream().map(c -> Named.of(c.path("id").asText(), c));
  }
}
