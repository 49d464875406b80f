package io.tcgateway.benchmarks.load;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A {@link BridgeServerMain} in a child JVM (same JDK and class path as this one), so that its heap
 * and CPU are its own: started with the given JVM options and bridge properties, asked for its heap
 * after GC and its counters over stdin/stdout, stopped on {@link #close}.
 */
final class BridgeServerProcess implements AutoCloseable {
  private static final Duration START_TIMEOUT = Duration.ofSeconds(60);

  private final Process process;
  private final BufferedReader replies;
  private final Writer commands;
  private final int port;

  private BridgeServerProcess(Process process) throws IOException {
    this.process = process;
    this.replies =
        new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    this.commands = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
    this.port = Integer.parseInt(reply("port").get("port"));
  }

  /**
   * Starts the server JVM and waits until it listens.
   *
   * @param jvmOptions e.g. {@code -Xmx2g}
   * @param properties Micronaut properties on top of {@link BridgeServerMain}'s
   */
  static BridgeServerProcess start(List<String> jvmOptions, Map<String, String> properties)
      throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvmOptions);
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(BridgeServerMain.class.getName());
    properties.forEach((key, value) -> command.add(key + "=" + value));
    Process process =
        new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    // Kills a server that does not come up, so that reading its port cannot hang.
    Thread watchdog =
        Thread.ofVirtual()
            .start(
                () -> {
                  try {
                    Thread.sleep(START_TIMEOUT);
                    process.destroyForcibly();
                  } catch (InterruptedException started) {
                    // it came up (or failed) in time
                  }
                });
    try {
      return new BridgeServerProcess(process);
    } catch (IOException | RuntimeException e) {
      process.destroyForcibly();
      throw e;
    } finally {
      watchdog.interrupt();
    }
  }

  /** Where the bridge listens (its {@code /bridge} endpoints). */
  InetSocketAddress address() {
    return new InetSocketAddress("127.0.0.1", port);
  }

  /** The server JVM's process id. */
  long pid() {
    return process.pid();
  }

  /** The server's heap after GC and its direct memory. */
  HeapReading heap() throws IOException {
    Map<String, String> values = ask("heap");
    return new HeapReading(
        Long.parseLong(values.get("used")),
        Long.parseLong(values.get("direct")),
        Long.parseLong(values.get("netty-direct")));
  }

  /** The server's CPU time, GC pauses and buffered messages so far. */
  ServerStats stats() throws IOException {
    Map<String, String> values = ask("stats");
    return new ServerStats(
        Long.parseLong(values.get("cpu-ns")),
        Long.parseLong(values.get("gc-pauses")),
        Long.parseLong(values.get("gc-pause-ms")),
        Long.parseLong(values.get("buffered")));
  }

  /** Asks the server to stop; kills it if it has not after 20 s. */
  @Override
  public void close() {
    try {
      commands.write("stop\n");
      commands.flush();
    } catch (IOException gone) {
      // already stopped
    }
    try {
      if (!process.waitFor(20, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }

  private Map<String, String> ask(String command) throws IOException {
    commands.write(command + "\n");
    commands.flush();
    return reply(command);
  }

  /**
   * The next line that starts with {@code keyword}, as {@code key=value} pairs (the single value of
   * {@code keyword <value>} under the key {@code keyword}). Other lines are passed to stderr.
   */
  private Map<String, String> reply(String keyword) throws IOException {
    for (String line = replies.readLine(); line != null; line = replies.readLine()) {
      if (line.startsWith("error ")) {
        throw new IllegalStateException("bridge server: " + line);
      }
      if (!line.startsWith(keyword + " ")) {
        System.err.println("[bridge server] " + line);
        continue;
      }
      Map<String, String> values = new HashMap<>();
      for (String part : line.substring(keyword.length() + 1).split(" ")) {
        int equals = part.indexOf('=');
        if (equals < 0) {
          values.put(keyword, part);
        } else {
          values.put(part.substring(0, equals), part.substring(equals + 1));
        }
      }
      return values;
    }
    throw new UncheckedIOException(
        new IOException("bridge server exited (code " + exitCode() + ") before '" + keyword + "'"));
  }

  private String exitCode() {
    try {
      return process.waitFor(5, TimeUnit.SECONDS) ? String.valueOf(process.exitValue()) : "none";
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return "unknown";
    }
  }

  /**
   * @param used heap used after GC
   * @param direct the JDK's direct buffer pool
   * @param nettyDirect Netty's direct memory counter, -1 when Netty does not count
   */
  record HeapReading(long used, long direct, long nettyDirect) {}

  /**
   * @param cpuNanos the server JVM's CPU time so far
   * @param gcPauses stop-the-world collections so far
   * @param gcPauseMillis their total time
   * @param buffered messages in the relay's buffer (-1 if not the in-memory store)
   */
  record ServerStats(long cpuNanos, long gcPauses, long gcPauseMillis, long buffered) {}
}
