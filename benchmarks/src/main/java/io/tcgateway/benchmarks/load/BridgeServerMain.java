package io.tcgateway.benchmarks.load;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import io.netty.util.internal.PlatformDependent;
import io.tcgateway.adapter.bridgeserver.relay.InMemoryRelayStore;
import io.tcgateway.adapter.bridgeserver.relay.RelayStore;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.lang.management.BufferPoolMXBean;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The built-in bridge server alone in a JVM, for {@link BridgeServerLoadHarness}: {@code
 * gateway.bridge-server.enabled=true} on 127.0.0.1 and a free port, plus the {@code key=value}
 * properties given as arguments. It prints {@code port <n>} once it listens and then answers one
 * line per command read from stdin:
 *
 * <ul>
 *   <li>{@code heap}: {@code heap used=<bytes> direct=<bytes> netty-direct=<bytes>}, heap used
 *       after two full GCs, direct buffers of the JDK pool and Netty's counter (-1 if Netty does
 *       not count)
 *   <li>{@code stats}: {@code stats cpu-ns=<n> gc-pauses=<n> gc-pause-ms=<n> buffered=<n>}, this
 *       JVM's CPU time, its GC pauses so far and the messages in the relay's buffer
 *   <li>{@code stop} (or the end of stdin): closes the server and returns
 * </ul>
 */
public final class BridgeServerMain {
  private BridgeServerMain() {}

  public static void main(String[] args) throws IOException {
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put("gateway.bridge-server.enabled", "true");
    properties.put("micronaut.server.host", "127.0.0.1");
    properties.put("micronaut.server.port", -1);
    for (String arg : args) {
      int equals = arg.indexOf('=');
      if (equals <= 0) {
        throw new IllegalArgumentException("expected key=value, got " + arg);
      }
      properties.put(arg.substring(0, equals), arg.substring(equals + 1));
    }
    PrintStream out = System.out;
    try (ApplicationContext context =
        ApplicationContext.builder().properties(properties).deduceEnvironment(false).start()) {
      EmbeddedServer server = context.getBean(EmbeddedServer.class).start();
      RelayStore store = context.getBean(RelayStore.class);
      out.println("port " + server.getPort());
      out.flush();
      BufferedReader in =
          new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        switch (line.strip()) {
          case "heap" -> out.println(heap());
          case "stats" -> out.println(stats(store));
          case "stop" -> {
            return;
          }
          default -> out.println("error unknown command: " + line.strip());
        }
        out.flush();
      }
    }
  }

  private static String heap() {
    System.gc();
    System.gc();
    long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    long direct = 0;
    for (BufferPoolMXBean pool : ManagementFactory.getPlatformMXBeans(BufferPoolMXBean.class)) {
      if (pool.getName().equals("direct")) {
        direct = pool.getMemoryUsed();
      }
    }
    return "heap used=%d direct=%d netty-direct=%d"
        .formatted(used, direct, PlatformDependent.usedDirectMemory());
  }

  private static String stats(RelayStore store) {
    long cpu =
        ManagementFactory.getPlatformMXBean(com.sun.management.OperatingSystemMXBean.class)
            .getProcessCpuTime();
    long count = 0;
    long millis = 0;
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      if (gc.getName().contains("Concurrent")) {
        continue; // G1's concurrent cycles: not pauses
      }
      count += Math.max(0, gc.getCollectionCount());
      millis += Math.max(0, gc.getCollectionTime());
    }
    long buffered = store instanceof InMemoryRelayStore memory ? memory.bufferedCount() : -1;
    return "stats cpu-ns=%d gc-pauses=%d gc-pause-ms=%d buffered=%d"
        .formatted(cpu, count, millis, buffered);
  }
}
