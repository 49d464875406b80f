package io.tcgateway.bootstrap.crash;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tcgateway.testkit.Eventually;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * One gateway as a separate OS process running the real shaded jar ({@code -Dgateway.jar}, set by
 * failsafe), on a fixed port so it can be killed and started again at the same address. {@link
 * #kill} is SIGKILL: no shutdown hook runs, nothing is flushed.
 */
final class GatewayProcess implements AutoCloseable {
  static final Duration WAIT = Duration.ofSeconds(30);
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  final int port;
  final String origin;
  private final Map<String, String> properties;
  private final Path log;
  private Process process;

  /** One answer of the API. */
  record Answer(int status, JsonNode body) {}

  /**
   * @param properties the gateway's settings, passed as {@code -D} system properties
   * @param log where the process's output goes (appended across restarts)
   */
  GatewayProcess(int port, Map<String, String> properties, Path log) {
    this.port = port;
    this.origin = "http://127.0.0.1:" + port;
    this.properties = new LinkedHashMap<>(properties);
    this.properties.put("micronaut.server.port", Integer.toString(port));
    this.properties.put("micronaut.server.host", "127.0.0.1");
    this.log = log;
  }

  static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Starts the process and waits until {@code /health} answers. */
  GatewayProcess start() {
    Path jar = Path.of(System.getProperty("gateway.jar", "target/tc-gateway.jar"));
    if (!Files.isRegularFile(jar)) {
      throw new AssertionError("shaded jar missing (run mvn verify): " + jar);
    }
    List<String> command = new ArrayList<>();
    command.add(ProcessHandle.current().info().command().orElse("java"));
    command.add("-Xmx512m");
    properties.forEach((key, value) -> command.add("-D" + key + "=" + value));
    command.add("-jar");
    command.add(jar.toString());
    try {
      process =
          new ProcessBuilder(command)
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
              .start();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Eventually.await(
        "gateway on " + origin + " up (log: " + log + ")",
        WAIT,
        () -> {
          if (!process.isAlive()) {
            throw new AssertionError("the gateway exited: " + tail());
          }
          try {
            return HTTP.send(
                        HttpRequest.newBuilder(URI.create(origin + "/health")).build(),
                        HttpResponse.BodyHandlers.discarding())
                    .statusCode()
                == 200;
          } catch (IOException e) {
            return false;
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
          }
        });
    return this;
  }

  /** SIGKILL, and waits until the process is gone. */
  void kill() {
    process.destroyForcibly();
    try {
      process.waitFor();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  Answer get(String path) {
    return send(HttpRequest.newBuilder(URI.create(origin + "/" + path)).GET());
  }

  Answer post(String path, Object body) {
    try {
      return send(
          HttpRequest.newBuilder(URI.create(origin + "/" + path))
              .header("Content-Type", "application/json")
              .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Polls {@code path} until {@code done} holds for its body. */
  JsonNode await(String path, Predicate<JsonNode> done, String what) {
    JsonNode[] last = {null};
    Eventually.await(
        what + " (last: " + last[0] + ")",
        WAIT,
        () -> {
          last[0] = get(path).body();
          return done.test(last[0]);
        });
    return last[0];
  }

  /** The user's events as {@code [id, type, data]}, read until {@code quiet} passes without one. */
  List<String[]> events(String user, Duration quiet) {
    return CrashEvents.read(origin, user, quiet);
  }

  private Answer send(HttpRequest.Builder request) {
    try {
      HttpResponse<String> response =
          HTTP.send(
              request.timeout(WAIT).build(),
              HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      String text = response.body();
      return new Answer(
          response.statusCode(),
          text == null || text.isBlank() ? JSON.nullNode() : JSON.readTree(text));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private String tail() {
    try {
      List<String> lines = Files.readAllLines(log);
      return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    } catch (IOException e) {
      return "(no log: " + e.getMessage() + ")";
    }
  }

  @Override
  public void close() {
    if (process != null && process.isAlive()) {
      process.destroy();
      try {
        if (!process.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) {
          process.destroyForcibly();
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
