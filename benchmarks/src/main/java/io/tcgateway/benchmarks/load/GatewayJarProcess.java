package io.tcgateway.benchmarks.load;

import java.io.IOException;
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
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The real gateway (the shaded bootstrap jar) as a child process of {@link GatewayLoadHarness}, so
 * that its heap and CPU are its own: started with {@code -D} settings, waited for until {@code
 * /health} answers, its heap read after a full GC with {@code jcmd}, stopped on {@link #close}.
 */
final class GatewayJarProcess implements AutoCloseable {
  private static final Duration START_TIMEOUT = Duration.ofSeconds(90);

  /**
   * The used heap in {@code jcmd GC.heap_info}: G1's {@code garbage-first heap total reserved
   * 2097152K, committed 1048576K, used 16654K} or ZGC's {@code ZHeap used 52M, capacity 1024M}.
   */
  private static final Pattern HEAP_USED =
      Pattern.compile("(?:heap\\s+total.*?, used (\\d+)K)|(?:ZHeap\\s+used (\\d+)M)");

  private final Process process;
  private final String origin;
  private final Path log;

  private GatewayJarProcess(Process process, String origin, Path log) {
    this.process = process;
    this.origin = origin;
    this.log = log;
  }

  /**
   * Starts {@code jar} with {@code jvmOptions} and {@code properties} on a free loopback port, its
   * output appended to {@code log}, and waits until {@code /health} answers 200.
   */
  static GatewayJarProcess start(
      Path jar, List<String> jvmOptions, Map<String, String> properties, Path log)
      throws IOException, InterruptedException {
    if (!Files.isRegularFile(jar)) {
      throw new IllegalArgumentException("no gateway jar at " + jar + " (mvn package first)");
    }
    int port = freePort();
    List<String> command = new ArrayList<>();
    command.add(javaTool("java"));
    command.addAll(jvmOptions);
    command.add("-Dmicronaut.server.host=127.0.0.1");
    command.add("-Dmicronaut.server.port=" + port);
    properties.forEach((key, value) -> command.add("-D" + key + "=" + value));
    command.add("-jar");
    command.add(jar.toString());
    Process process =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
            .start();
    GatewayJarProcess gateway = new GatewayJarProcess(process, "http://127.0.0.1:" + port, log);
    gateway.awaitHealthy();
    return gateway;
  }

  /** {@code http://127.0.0.1:<port>}. */
  String origin() {
    return origin;
  }

  /** Heap in use after a full GC, from {@code jcmd <pid> GC.run} then {@code GC.heap_info}. */
  long heapUsedAfterGc() throws IOException, InterruptedException {
    jcmd("GC.run");
    jcmd("GC.run");
    String info = jcmd("GC.heap_info");
    Matcher used = HEAP_USED.matcher(info);
    if (!used.find()) {
      throw new IOException("no heap line in jcmd GC.heap_info: " + info);
    }
    return used.group(1) != null
        ? Long.parseLong(used.group(1)) * 1024
        : Long.parseLong(used.group(2)) * 1024 * 1024;
  }

  /** The gateway's CPU time so far (user + system), from the OS. */
  Duration cpuTime() {
    return process.toHandle().info().totalCpuDuration().orElse(Duration.ZERO);
  }

  private String jcmd(String command) throws IOException, InterruptedException {
    Process jcmd =
        new ProcessBuilder(javaTool("jcmd"), Long.toString(process.pid()), command)
            .redirectErrorStream(true)
            .start();
    String output = new String(jcmd.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!jcmd.waitFor(120, TimeUnit.SECONDS) || jcmd.exitValue() != 0) {
      throw new IOException("jcmd " + command + " failed: " + output);
    }
    return output;
  }

  private void awaitHealthy() throws IOException, InterruptedException {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IOException("the gateway exited with " + process.exitValue() + "; see " + log);
      }
      try {
        int status =
            http.send(
                    HttpRequest.newBuilder(URI.create(origin + "/health")).build(),
                    HttpResponse.BodyHandlers.discarding())
                .statusCode();
        if (status == 200) {
          return;
        }
      } catch (IOException notYet) {
        // not listening yet
      }
      Thread.sleep(200);
    }
    process.destroyForcibly();
    throw new IOException("the gateway was not healthy within " + START_TIMEOUT + "; see " + log);
  }

  private static String javaTool(String name) {
    return Path.of(System.getProperty("java.home"), "bin", name).toString();
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  /** SIGTERM (the gateway shuts down gracefully), then SIGKILL after 20 s. */
  @Override
  public void close() {
    process.destroy();
    try {
      if (!process.waitFor(20, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }
}
