package io.tcgateway.benchmarks.load;

import io.tcgateway.benchmarks.report.MachineInfo;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * A load test of the built-in bridge server (issue 3) on loopback. For each stream shape (client
 * ids per SSE stream) it starts a fresh {@link BridgeServerMain} in a child JVM and measures:
 *
 * <ol>
 *   <li>heap per idle subscriber: the server's heap after GC with all client ids subscribed minus
 *       before, divided by the number of ids;
 *   <li>throughput: K connections post in a closed loop (warm-up, then a measured window); a
 *       message counts as delivered when its {@code event: message} frame has been read from the
 *       recipient's stream, and at the end every accepted POST must have been delivered (checked
 *       per stream);
 *   <li>POST latency (written → 200 read): p50/p90/p99/p99.9/max in the closed loop and at a fixed
 *       lower rate.
 * </ol>
 *
 * <p>Run: {@code java -cp benchmarks/target/benchmarks.jar
 * io.tcgateway.benchmarks.load.BridgeServerLoadHarness [options]}; {@code --help} lists them.
 */
public final class BridgeServerLoadHarness {
  private static final Duration SUBSCRIBE_TIMEOUT = Duration.ofMinutes(3);
  private static final Duration DELIVERY_TIMEOUT = Duration.ofSeconds(30);
  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT).withZone(ZoneOffset.UTC);

  private final Options options;
  private final PrintStream out;
  private final List<String> clientIds;
  private final String sender;
  private final String body;

  private BridgeServerLoadHarness(Options options, PrintStream out) {
    this.options = options;
    this.out = out;
    SplittableRandom random = new SplittableRandom(options.seed());
    this.clientIds = new ArrayList<>(options.clientIds());
    for (int i = 0; i < options.clientIds(); i++) {
      clientIds.add(randomClientId(random));
    }
    this.sender = randomClientId(random);
    byte[] message = new byte[options.messageBytes()];
    random.nextBytes(message);
    this.body = Base64.getEncoder().encodeToString(message);
  }

  public static void main(String[] args) throws Exception {
    Options options;
    try {
      options = Options.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.err.println(Options.USAGE);
      System.exit(2);
      return;
    }
    if (options == null) {
      System.out.println(Options.USAGE);
      return;
    }
    new BridgeServerLoadHarness(options, System.out).run();
  }

  private void run() throws IOException, InterruptedException {
    MachineInfo machine = MachineInfo.detect();
    out.println("== Built-in bridge server load harness");
    out.printf("date:       %s%n", DATE.format(Instant.now()));
    out.printf(
        "machine:    %s, %d logical CPUs (nproc %d), %s%n",
        machine.cpuModel(),
        machine.logicalCpus(),
        Runtime.getRuntime().availableProcessors(),
        machine.memory());
    out.printf("os:         %s (%s)%n", machine.os(), machine.kernel());
    out.printf(
        "jdk:        %s; %s %s%n",
        System.getProperty("java.version"),
        System.getProperty("java.vm.name"),
        System.getProperty("java.vm.version"));
    out.printf("load avg:   %s (before)%n", loadAverage());
    out.printf(
        "parameters: %,d client ids, ids per stream %s, %d POST connections, warm-up %s, measure %s,"
            + " fixed rate %,.0f msg/s (warm-up %s, measure %s), message %d bytes (%d base64"
            + " chars), ttl 300 s, server %s%n",
        options.clientIds(),
        options.idsPerStream(),
        options.connections(),
        human(options.warmUp()),
        human(options.measure()),
        options.rate(),
        human(options.rateWarmUp()),
        human(options.rateMeasure()),
        options.messageBytes(),
        body.length(),
        serverJvmOptions());
    List<ShapeResult> results = new ArrayList<>();
    for (int idsPerStream : options.idsPerStream()) {
      results.add(runShape(idsPerStream));
    }
    out.printf("%nload avg:   %s (after)%n", loadAverage());
    summary(results);
  }

  private ShapeResult runShape(int idsPerStream) throws IOException, InterruptedException {
    List<List<String>> groups = new ArrayList<>();
    for (int i = 0; i < clientIds.size(); i += idsPerStream) {
      groups.add(clientIds.subList(i, Math.min(clientIds.size(), i + idsPerStream)));
    }
    out.printf("%n== %d client id(s) per stream: %,d streams%n", idsPerStream, groups.size());
    Map<String, String> properties = new LinkedHashMap<>(options.serverProperties());
    properties.putIfAbsent(
        "gateway.bridge-server.max-client-ids-per-stream",
        String.valueOf(Math.max(1000, idsPerStream)));
    try (BridgeServerProcess server = BridgeServerProcess.start(serverJvmOptions(), properties)) {
      out.printf("server:     pid %d, %s%n", server.pid(), server.address());
      warmUpServer(server);
      BridgeServerProcess.HeapReading before = server.heap();
      long started = System.nanoTime();
      try (SseSubscribers subscribers =
          SseSubscribers.open(server.address(), groups, SUBSCRIBE_TIMEOUT)) {
        double subscribeSeconds = (System.nanoTime() - started) / 1e9;
        BridgeServerProcess.HeapReading subscribed = server.heap();
        double perId = (double) (subscribed.used() - before.used()) / clientIds.size();
        out.printf(
            "subscribed: %,d streams in %.1f s; server heap after GC %s → %s: %,.0f bytes per"
                + " client id (direct memory %s → %s, Netty %s → %s)%n",
            groups.size(),
            subscribeSeconds,
            mib(before.used()),
            mib(subscribed.used()),
            perId,
            mib(before.direct()),
            mib(subscribed.direct()),
            mib(before.nettyDirect()),
            mib(subscribed.nettyDirect()));
        if (!options.load()) {
          return new ShapeResult(idsPerStream, groups.size(), subscribeSeconds, perId, null);
        }
        LoadResult load = load(server, subscribers, groups, subscribed);
        return new ShapeResult(idsPerStream, groups.size(), subscribeSeconds, perId, load);
      }
    }
  }

  /**
   * One stream and a few thousand posts to a client id outside the measured set, so that the
   * bridge's first-use allocations are in the heap before the subscribers are counted.
   */
  private void warmUpServer(BridgeServerProcess server) throws IOException, InterruptedException {
    String warmUpId = randomClientId(new SplittableRandom(options.seed() + 1));
    try (SseSubscribers stream =
            SseSubscribers.open(server.address(), List.of(List.of(warmUpId)), SUBSCRIBE_TIMEOUT);
        MessagePosters posters =
            MessagePosters.connect(
                server.address(), sender, List.of(warmUpId), body, 2, options.seed())) {
      posters.run(0, Duration.ZERO, Duration.ofSeconds(2), NO_PROBE);
      awaitDelivery(stream, posters.accepted());
    }
  }

  private LoadResult load(
      BridgeServerProcess server,
      SseSubscribers subscribers,
      List<List<String>> groups,
      BridgeServerProcess.HeapReading subscribed)
      throws IOException, InterruptedException {
    try (MessagePosters posters =
        MessagePosters.connect(
            server.address(), sender, clientIds, body, options.connections(), options.seed() + 2)) {
      WindowProbe saturationProbe = new WindowProbe(server, subscribers);
      MessagePosters.Window saturation =
          posters.run(0, options.warmUp(), options.measure(), saturationProbe);
      report("closed loop", saturation, saturationProbe);
      MessagePosters.Window fixed = null;
      WindowProbe fixedProbe = null;
      if (options.rate() > 0) {
        fixedProbe = new WindowProbe(server, subscribers);
        fixed =
            posters.run(options.rate(), options.rateWarmUp(), options.rateMeasure(), fixedProbe);
        report("fixed rate", fixed, fixedProbe);
      }
      long posted = posters.accepted();
      long delivered = awaitDelivery(subscribers, posted);
      BridgeServerProcess.ServerStats stats = server.stats();
      BridgeServerProcess.HeapReading loaded = server.heap();
      int ended = subscribers.ended();
      subscribers.close();
      long[] perStream = subscribers.deliveredPerStream();
      long[] perRecipient = posters.acceptedPerRecipient();
      long missing = 0;
      long extra = 0;
      for (int s = 0, id = 0; s < groups.size(); s++) {
        long expected = 0;
        for (int i = 0; i < groups.get(s).size(); i++) {
          expected += perRecipient[id++];
        }
        missing += Math.max(0, expected - perStream[s]);
        extra += Math.max(0, perStream[s] - expected);
      }
      double perMessage =
          stats.buffered() > 0
              ? (double) (loaded.used() - subscribed.used()) / stats.buffered()
              : 0;
      out.printf(
          "delivery:   posted (200) %,d, delivered %,d, difference %,d; per stream: %,d missing,"
              + " %,d extra; refused %s; streams ended by the server %d; POST connections lost"
              + " %d%n",
          posted,
          delivered,
          posted - delivered,
          missing,
          extra,
          posters.refusedByStatus(),
          ended,
          posters.lostConnections());
      out.printf(
          "buffer:     %,d messages buffered, server heap after GC %s (%,.0f bytes per buffered"
              + " message)%n",
          stats.buffered(), mib(loaded.used()), perMessage);
      return new LoadResult(
          saturation,
          saturationProbe,
          fixed,
          fixedProbe,
          posted,
          delivered,
          missing,
          extra,
          ended,
          stats.buffered(),
          perMessage);
    }
  }

  private void report(String name, MessagePosters.Window window, WindowProbe probe) {
    Latencies.Summary l = window.latencies();
    out.printf(
        "%-11s %,.0f msg/s delivered, %,.0f posts/s accepted over %.1f s (%,d refused);"
            + " latency p50 %s, p90 %s, p99 %s, p99.9 %s, max %s; server %.2f cores, harness %.2f"
            + " cores, other processes %.2f cores; server GC pauses %d (%d ms); load avg %s%n",
        name + ":",
        probe.deliveredPerSecond(),
        window.acceptedPerSecond(),
        window.seconds(),
        window.refused(),
        millis(l.p50()),
        millis(l.p90()),
        millis(l.p99()),
        millis(l.p999()),
        millis(l.max()),
        probe.serverCores(),
        probe.harnessCores(),
        probe.otherCores(),
        probe.gcPauses(),
        probe.gcPauseMillis(),
        loadAverage());
    if (window.maxSendDelayNanos() > 0) {
      Latencies.Summary d = window.fromDue();
      out.printf(
          "            from due time: p50 %s, p90 %s, p99 %s, p99.9 %s, max %s; %,d sends more than"
              + " 2 ms late (max %s), %,d due but unsent at the end%n",
          millis(d.p50()),
          millis(d.p90()),
          millis(d.p99()),
          millis(d.p999()),
          millis(d.max()),
          window.lateSends(),
          millis(window.maxSendDelayNanos()),
          window.unsent());
    }
  }

  /** Waits until the subscribers have read {@code posted} messages (or the timeout). */
  private static long awaitDelivery(SseSubscribers subscribers, long posted)
      throws InterruptedException {
    long deadline = System.nanoTime() + DELIVERY_TIMEOUT.toNanos();
    while (subscribers.delivered() < posted && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    return subscribers.delivered();
  }

  private void summary(List<ShapeResult> results) {
    out.println();
    out.println("== Summary (Markdown)");
    out.println();
    out.println(
        "| ids per stream | streams | heap per idle client id | msg/s delivered (closed loop, "
            + options.connections()
            + " conn.) | posted = delivered | POST p50 / p99 / max | cores: server / harness / other"
            + " | at "
            + "%,.0f".formatted(options.rate())
            + " msg/s: p50 / p99 / max |");
    out.println("| ---: | ---: | ---: | ---: | --- | --- | --- | --- |");
    for (ShapeResult r : results) {
      if (r.load() == null) {
        out.printf(
            "| %d | %,d | %,.0f B | | | | | |%n", r.idsPerStream(), r.streams(), r.heapPerId());
        continue;
      }
      LoadResult load = r.load();
      Latencies.Summary s = load.saturation().latencies();
      String fixed = "";
      if (load.fixed() != null) {
        Latencies.Summary f = load.fixed().latencies();
        fixed =
            "%s / %s / %s (%,.0f msg/s)"
                .formatted(
                    millis(f.p50()),
                    millis(f.p99()),
                    millis(f.max()),
                    load.fixedProbe().deliveredPerSecond());
      }
      out.printf(
          "| %d | %,d | %,.0f B | **%,.0f** | %s | %s / %s / %s | %.2f / %.2f / %.2f | %s |%n",
          r.idsPerStream(),
          r.streams(),
          r.heapPerId(),
          load.saturationProbe().deliveredPerSecond(),
          load.posted() == load.delivered() && load.missing() == 0 && load.extra() == 0
              ? "yes (%,d)".formatted(load.posted())
              : "**no**: %,d posted, %,d delivered, %,d missing, %,d extra"
                  .formatted(load.posted(), load.delivered(), load.missing(), load.extra()),
          millis(s.p50()),
          millis(s.p99()),
          millis(s.max()),
          load.saturationProbe().serverCores(),
          load.saturationProbe().harnessCores(),
          load.saturationProbe().otherCores(),
          fixed);
    }
  }

  private List<String> serverJvmOptions() {
    List<String> jvm = new ArrayList<>();
    jvm.add("-Xms" + options.serverHeap());
    jvm.add("-Xmx" + options.serverHeap());
    jvm.addAll(options.serverJvmOptions());
    return jvm;
  }

  private static String randomClientId(SplittableRandom random) {
    byte[] key = new byte[32];
    random.nextBytes(key);
    return HexFormat.of().formatHex(key);
  }

  private static String loadAverage() {
    try {
      String[] parts = Files.readString(Path.of("/proc/loadavg")).strip().split("\\s+");
      return parts[0] + " " + parts[1] + " " + parts[2];
    } catch (IOException | RuntimeException e) {
      return "unknown";
    }
  }

  private static String millis(long nanos) {
    return nanos < 10_000_000 ? "%.2f ms".formatted(nanos / 1e6) : "%.0f ms".formatted(nanos / 1e6);
  }

  private static String mib(long bytes) {
    return bytes < 0 ? "n/a" : "%.1f MiB".formatted(bytes / 1048576.0);
  }

  private static String human(Duration duration) {
    return duration.toMillis() % 1000 == 0
        ? duration.toSeconds() + " s"
        : duration.toMillis() + " ms";
  }

  private static long processCpuNanos() {
    return ManagementFactory.getPlatformMXBean(com.sun.management.OperatingSystemMXBean.class)
        .getProcessCpuTime();
  }

  private static final MessagePosters.Probe NO_PROBE =
      new MessagePosters.Probe() {
        @Override
        public void windowStarted() {}

        @Override
        public void windowEnded() {}
      };

  /** Delivered frames, CPU of both JVMs and the server's GC pauses over a measurement window. */
  private static final class WindowProbe implements MessagePosters.Probe {
    private final BridgeServerProcess server;
    private final SseSubscribers subscribers;
    private long startNanos;
    private long endNanos;
    private long deliveredAtStart;
    private long deliveredAtEnd;
    private long harnessCpuAtStart;
    private long harnessCpuAtEnd;
    private long[] machineAtStart;
    private long[] machineAtEnd;
    private BridgeServerProcess.ServerStats serverAtStart;
    private BridgeServerProcess.ServerStats serverAtEnd;

    WindowProbe(BridgeServerProcess server, SseSubscribers subscribers) {
      this.server = server;
      this.subscribers = subscribers;
    }

    @Override
    public void windowStarted() {
      serverAtStart = stats();
      machineAtStart = machineTicks();
      harnessCpuAtStart = processCpuNanos();
      deliveredAtStart = subscribers.delivered();
      startNanos = System.nanoTime();
    }

    @Override
    public void windowEnded() {
      endNanos = System.nanoTime();
      deliveredAtEnd = subscribers.delivered();
      harnessCpuAtEnd = processCpuNanos();
      machineAtEnd = machineTicks();
      serverAtEnd = stats();
    }

    double seconds() {
      return (endNanos - startNanos) / 1e9;
    }

    double deliveredPerSecond() {
      return (deliveredAtEnd - deliveredAtStart) / seconds();
    }

    double serverCores() {
      return (serverAtEnd.cpuNanos() - serverAtStart.cpuNanos()) / 1e9 / seconds();
    }

    double harnessCores() {
      return (harnessCpuAtEnd - harnessCpuAtStart) / 1e9 / seconds();
    }

    /**
     * Cores the whole machine was busy, from {@code /proc/stat}, minus the server's and the
     * harness's: other processes (and interrupts); NaN where {@code /proc/stat} is not readable.
     */
    double otherCores() {
      if (machineAtStart == null || machineAtEnd == null) {
        return Double.NaN;
      }
      double busy = machineAtEnd[0] - machineAtStart[0];
      double all = busy + machineAtEnd[1] - machineAtStart[1];
      int cpus = Runtime.getRuntime().availableProcessors();
      return Math.max(0, busy / all * cpus - serverCores() - harnessCores());
    }

    long gcPauses() {
      return serverAtEnd.gcPauses() - serverAtStart.gcPauses();
    }

    long gcPauseMillis() {
      return serverAtEnd.gcPauseMillis() - serverAtStart.gcPauseMillis();
    }

    /** Busy and idle ticks of all CPUs, or null. */
    private static long[] machineTicks() {
      try {
        String cpu = Files.readAllLines(Path.of("/proc/stat")).getFirst();
        String[] f = cpu.strip().split("\\s+");
        // cpu user nice system idle iowait irq softirq steal ...
        long idle = Long.parseLong(f[4]) + Long.parseLong(f[5]);
        long busy = 0;
        for (int i : new int[] {1, 2, 3, 6, 7, 8}) {
          busy += Long.parseLong(f[i]);
        }
        return new long[] {busy, idle};
      } catch (IOException | RuntimeException e) {
        return null;
      }
    }

    private BridgeServerProcess.ServerStats stats() {
      try {
        return server.stats();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  private record LoadResult(
      MessagePosters.Window saturation,
      WindowProbe saturationProbe,
      MessagePosters.Window fixed,
      WindowProbe fixedProbe,
      long posted,
      long delivered,
      long missing,
      long extra,
      int streamsEnded,
      long buffered,
      double heapPerBufferedMessage) {}

  private record ShapeResult(
      int idsPerStream, int streams, double subscribeSeconds, double heapPerId, LoadResult load) {}

  /**
   * The command line.
   *
   * @param load false with {@code --heap-only}: subscribe and measure the heap, post nothing
   */
  record Options(
      int clientIds,
      List<Integer> idsPerStream,
      int connections,
      Duration warmUp,
      Duration measure,
      double rate,
      Duration rateWarmUp,
      Duration rateMeasure,
      int messageBytes,
      String serverHeap,
      List<String> serverJvmOptions,
      Map<String, String> serverProperties,
      boolean load,
      long seed) {

    static final String USAGE =
        """
        usage: java -cp benchmarks.jar io.tcgateway.benchmarks.load.BridgeServerLoadHarness [options]
          --client-ids N          subscribed client ids (10000)
          --ids-per-stream A,B    stream shapes, one server run each (1,100)
          --connections K         POST connections in the closed loop, one request in flight each (32)
          --warm-up D             closed-loop warm-up (10s)
          --duration D            closed-loop measurement (30s)
          --rate R                fixed POST rate in msg/s for the second latency run, 0 to skip (5000)
          --rate-warm-up D        its warm-up (5s)
          --rate-duration D       its measurement (20s)
          --message-bytes B       message size before base64 (340: a NaCl box of 300 bytes)
          --server-heap SIZE      -Xms/-Xmx of the server JVM (2g)
          --server-jvm-option OPT extra server JVM option, repeatable (e.g. -XX:StartFlightRecording=...)
          --server-property K=V   extra Micronaut property of the server, repeatable
          --heap-only             measure heap per subscriber only, post nothing
          --seed S                random seed for ids, body and recipients (1)
        durations: 500ms, 10s, 2m""";

    /** The options, or null for {@code --help}. */
    static Options parse(String[] args) {
      int clientIds = 10_000;
      List<Integer> idsPerStream = List.of(1, 100);
      int connections = 32;
      Duration warmUp = Duration.ofSeconds(10);
      Duration measure = Duration.ofSeconds(30);
      double rate = 5_000;
      Duration rateWarmUp = Duration.ofSeconds(5);
      Duration rateMeasure = Duration.ofSeconds(20);
      int messageBytes = 340;
      String serverHeap = "2g";
      List<String> jvm = new ArrayList<>();
      Map<String, String> properties = new LinkedHashMap<>();
      boolean load = true;
      long seed = 1;
      for (int i = 0; i < args.length; i++) {
        String name = args[i];
        if (name.equals("--help") || name.equals("-h")) {
          return null;
        }
        if (name.equals("--heap-only")) {
          load = false;
          continue;
        }
        if (i + 1 >= args.length) {
          throw new IllegalArgumentException("missing value of " + name);
        }
        String value = args[++i];
        switch (name) {
          case "--client-ids" -> clientIds = positive(name, value);
          case "--ids-per-stream" -> {
            List<Integer> shapes = new ArrayList<>();
            for (String shape : value.split(",")) {
              shapes.add(positive(name, shape.strip()));
            }
            idsPerStream = List.copyOf(shapes);
          }
          case "--connections" -> connections = positive(name, value);
          case "--warm-up" -> warmUp = duration(name, value);
          case "--duration" -> measure = duration(name, value);
          case "--rate" -> rate = Double.parseDouble(value);
          case "--rate-warm-up" -> rateWarmUp = duration(name, value);
          case "--rate-duration" -> rateMeasure = duration(name, value);
          case "--message-bytes" -> messageBytes = positive(name, value);
          case "--server-heap" -> serverHeap = value;
          case "--server-jvm-option" -> jvm.add(value);
          case "--server-property" -> {
            int equals = value.indexOf('=');
            if (equals <= 0) {
              throw new IllegalArgumentException(name + " takes key=value, got " + value);
            }
            properties.put(value.substring(0, equals), value.substring(equals + 1));
          }
          case "--seed" -> seed = Long.parseLong(value);
          default -> throw new IllegalArgumentException("unknown option " + name);
        }
      }
      if (measure.isZero()) {
        throw new IllegalArgumentException("--duration must be positive");
      }
      return new Options(
          clientIds,
          idsPerStream,
          connections,
          warmUp,
          measure,
          rate,
          rateWarmUp,
          rateMeasure,
          messageBytes,
          serverHeap,
          List.copyOf(jvm),
          Map.copyOf(properties),
          load,
          seed);
    }

    private static int positive(String name, String value) {
      int number;
      try {
        number = Integer.parseInt(value);
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(name + " takes a number, got " + value);
      }
      if (number <= 0) {
        throw new IllegalArgumentException(name + " must be positive, got " + value);
      }
      return number;
    }

    private static Duration duration(String name, String value) {
      try {
        if (value.endsWith("ms")) {
          return Duration.ofMillis(Long.parseLong(value.substring(0, value.length() - 2)));
        }
        if (value.endsWith("s")) {
          return Duration.ofSeconds(Long.parseLong(value.substring(0, value.length() - 1)));
        }
        if (value.endsWith("m")) {
          return Duration.ofMinutes(Long.parseLong(value.substring(0, value.length() - 1)));
        }
      } catch (NumberFormatException e) {
        // reported below
      }
      throw new IllegalArgumentException(name + " takes a duration like 500ms, 10s, 2m: " + value);
    }
  }
}
