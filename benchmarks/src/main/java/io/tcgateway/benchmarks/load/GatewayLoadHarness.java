package io.tcgateway.benchmarks.load;

import com.fasterxml.jackson.databind.JsonNode;
import io.tcgateway.adapter.crypto.TinkKeysets;
import io.tcgateway.adapter.json.JacksonWalletMessageCodec;
import io.tcgateway.domain.bridge.BridgeUrl;
import io.tcgateway.testkit.wallet.SimulatedWalletsList;
import java.io.IOException;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * Issue 4 §5 (and issue 5 §5 on PostgreSQL and Redis): the real gateway jar in its own JVM, the
 * built-in bridge in another, and this JVM playing N users and their wallets.
 *
 * <ol>
 *   <li><b>connect</b>: {@code concurrency} workers each open a user's connection ({@code POST
 *       /v1/users/{u}/connection}), answer the link with a fresh V4R2 wallet (connect + signed
 *       {@code ton_proof}) through the bridge, and poll {@code GET .../connection} until it is
 *       {@code connected}. Half of N first, then the rest, with the gateway's heap after a full GC
 *       read before, at N/2 and at N: heap per connected idle session = (heap(N) − heap(N/2)) /
 *       (N/2), which leaves start-up and warm-up out;
 *   <li><b>streams</b>: the bridge client's streams and client ids, from {@code /health};
 *   <li><b>replies</b>: the first {@code active} wallets listen (100 client ids per SSE stream);
 *       {@code warmup + replies} transactions are sent through the API and reach them; then the
 *       wallets post their signed replies at a fixed {@code rate} (open loop), and each reply's
 *       latency is taken two ways: from just before its bridge POST to the {@code finishedAt} the
 *       gateway stamps when it stores the request as completed (every reply; the gateway's clock is
 *       this machine's), and until {@code GET .../requests/{id}} first shows {@code completed} (one
 *       reply in {@link #SAMPLE_EVERY}, polled every {@code poll-interval-ms}, default 2): wallet
 *       sends → visible via the API.
 * </ol>
 *
 * <p>Arguments are {@code key=value}: {@code sessions} (1000), {@code active} (min(sessions,
 * 1000)), {@code replies} (20000), {@code warmup} (5000), {@code rate} (1000/s), {@code
 * concurrency} (128), {@code store} (memory|jdbc|redis), {@code jar}
 * (bootstrap/target/tc-gateway.jar), {@code xmx} (gateway heap, 8g, committed and touched at start:
 * this JVM, the bridge's 3g and the gateway's share the machine's 24 GiB, and ZGC grows a heap to
 * its maximum under a high allocation rate), {@code gc} (the collector of the gateway and bridge
 * JVMs, {@code -XX:+UseZGC}: with G1 what is kept for minutes is copied at every young collection,
 * and on two shared cores those pauses reached 100 ms to 1.4 s), {@code poll-interval-ms} (2); any
 * {@code gateway.*} key is passed to the gateway. GC logs go to the work directory. Not part of the
 * test run; see docs/benchmarks.md.
 */
public final class GatewayLoadHarness {
  private static final String JDBC_URL = "jdbc:postgresql://127.0.0.1:5432/test";
  private static final String REDIS_URI = "redis://127.0.0.1:6379";
  private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(120);

  /**
   * One reply in this many is polled every {@code poll-interval-ms} for its "visible" latency; the
   * others are read once or twice, late, only for their {@code finishedAt}. Polling every reply
   * tightly would make the harness's GETs most of the gateway's load, and under a spike, more polls
   * and more latency feed each other.
   */
  private static final int SAMPLE_EVERY = 10;

  private final Map<String, String> settings;
  private final int sessions;
  private final int active;
  private final int replies;
  private final int warmup;
  private final double rate;
  private final int concurrency;
  private final String store;
  private final Duration pollInterval;
  private final SecureRandom random = new SecureRandom();
  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(10))
          .build();

  private GatewayLoadHarness(Map<String, String> settings) {
    this.settings = settings;
    this.sessions = Integer.parseInt(settings.getOrDefault("sessions", "1000"));
    this.active =
        Integer.parseInt(
            settings.getOrDefault("active", Integer.toString(Math.min(sessions, 1000))));
    this.replies = Integer.parseInt(settings.getOrDefault("replies", "20000"));
    this.warmup = Integer.parseInt(settings.getOrDefault("warmup", "5000"));
    this.rate = Double.parseDouble(settings.getOrDefault("rate", "1000"));
    this.concurrency = Integer.parseInt(settings.getOrDefault("concurrency", "128"));
    this.store = settings.getOrDefault("store", "memory");
    this.pollInterval =
        Duration.ofNanos(
            (long) (Double.parseDouble(settings.getOrDefault("poll-interval-ms", "2")) * 1e6));
    if (active > sessions) {
      throw new IllegalArgumentException("active must not exceed sessions");
    }
    if (!List.of("memory", "jdbc", "redis").contains(store)) {
      throw new IllegalArgumentException("store must be memory, jdbc or redis");
    }
  }

  public static void main(String[] args) throws Exception {
    Map<String, String> settings = new LinkedHashMap<>();
    for (String arg : args) {
      int equals = arg.indexOf('=');
      if (equals <= 0) {
        throw new IllegalArgumentException("expected key=value, got " + arg);
      }
      settings.put(arg.substring(0, equals), arg.substring(equals + 1));
    }
    new GatewayLoadHarness(settings).run();
    System.exit(0);
  }

  private void run() throws Exception {
    Path work = Files.createTempDirectory("gateway-load-");
    String isolation = "tcg_load_" + HexFormat.of().formatHex(randomBytes(4));
    System.out.printf(
        "gateway load: %d sessions (%d active), %d replies at %.0f/s, store %s, work dir %s%n",
        sessions, active, replies, rate, store, work);
    try (BridgeServerProcess bridgeServer =
        BridgeServerProcess.start(
            List.of(
                "-Xmx3g",
                "-Xms3g",
                "-XX:+AlwaysPreTouch",
                settings.getOrDefault("gc", "-XX:+UseZGC"),
                "-Xlog:gc:file=" + work.resolve("bridge-gc.log")),
            Map.of())) {
      BridgeUrl bridge =
          BridgeUrl.parse("http://127.0.0.1:" + bridgeServer.address().getPort() + "/bridge");
      Path walletsList =
          SimulatedWalletsList.write(work.resolve("wallets.json"), bridge.toString());
      Map<String, String> properties = gatewayProperties(work, walletsList, isolation);
      List<String> jvm =
          List.of(
              "-Xmx" + settings.getOrDefault("xmx", "8g"),
              "-Xms" + settings.getOrDefault("xmx", "8g"),
              "-XX:+AlwaysPreTouch",
              settings.getOrDefault("gc", "-XX:+UseZGC"),
              "-Xlog:gc:file=" + work.resolve("gateway-gc.log"));
      Path jar = Path.of(settings.getOrDefault("jar", "bootstrap/target/tc-gateway.jar"));
      try (GatewayJarProcess gateway =
          GatewayJarProcess.start(jar, jvm, properties, work.resolve("gateway.log"))) {
        measure(gateway, bridge);
      } finally {
        dropIsolation(isolation);
      }
    }
  }

  private Map<String, String> gatewayProperties(Path work, Path walletsList, String isolation)
      throws IOException {
    Map<String, String> properties = new LinkedHashMap<>();
    properties.put("gateway.wallets.source", walletsList.toString());
    properties.put("gateway.app.url", "http://app.example");
    // 100,000 connects take minutes: neither offers nor the queued transactions may expire.
    properties.put("gateway.sessions.pending-ttl", "60m");
    properties.put("gateway.sessions.request-timeout", "60m");
    properties.put("logger.levels.io.micronaut", "WARN");
    settings.forEach(
        (key, value) -> {
          if (key.startsWith("gateway.")) {
            properties.put(key, value); // any gateway setting, e.g. gateway.sessions.sweep-interval
          }
        });
    if (!store.equals("memory")) {
      Path keyset = work.resolve("keyset.json");
      Files.writeString(keyset, TinkKeysets.generate(), StandardCharsets.UTF_8);
      properties.put("micronaut.environments", store);
      properties.put("gateway.crypto.keyset-file", keyset.toString());
    }
    if (store.equals("jdbc")) {
      properties.put("datasources.default.url", JDBC_URL + "?currentSchema=" + isolation);
      properties.put("flyway.datasources.default.schemas", isolation);
    } else if (store.equals("redis")) {
      properties.put("redis.uri", REDIS_URI);
      properties.put("gateway.store.redis.key-prefix", isolation + ":");
    }
    return properties;
  }

  private void measure(GatewayJarProcess gateway, BridgeUrl bridge) throws Exception {
    GatewayApi api = new GatewayApi(http, gateway.origin());
    LoadWallets wallets = new LoadWallets(http, bridge, new JacksonWalletMessageCodec(), random);
    LoadWallets.Connected[] kept = new LoadWallets.Connected[active];

    long heapStart = gateway.heapUsedAfterGc();
    int half = sessions / 2;
    ConnectPhase first = connect(api, wallets, 0, half, kept);
    long heapHalf = gateway.heapUsedAfterGc();
    ConnectPhase second = connect(api, wallets, half, sessions, kept);
    long heapFull = gateway.heapUsedAfterGc();
    JsonNode bridges = api.get("/health").body().path("details").path("bridges").path("details");
    JsonNode ours = bridges.path(bridge.toString());

    System.out.println();
    System.out.printf("connect (first half):  %s%n", first);
    System.out.printf("connect (second half): %s%n", second);
    System.out.printf(
        "gateway heap after GC: start %,d B, at %,d sessions %,d B, at %,d sessions %,d B%n",
        heapStart, half, heapHalf, sessions, heapFull);
    System.out.printf(
        "heap per connected idle session: %,d B (marginal, N/2 -> N); %,d B (start -> N)%n",
        (heapFull - heapHalf) / Math.max(1, sessions - half),
        (heapFull - heapStart) / Math.max(1, sessions));
    System.out.printf(
        "bridge streams in use: %d for %d client ids (counters %s)%n",
        ours.path("streams").asInt(-1), ours.path("clientIds").asInt(-1), bridges.path("counters"));

    if (replies > 0 && active > 0) {
      replyLatency(api, wallets, List.of(kept), gateway);
    }
  }

  /** What one connect phase measured. */
  record ConnectPhase(
      int sessions,
      Duration elapsed,
      int failed,
      Latencies.Summary offer,
      Latencies.Summary connect) {
    @Override
    public String toString() {
      double perSecond = sessions / Math.max(1e-9, elapsed.toNanos() / 1e9);
      return "%,d sessions in %.1f s = %.0f connects/s, %d failed; offer p50/p99 %s/%s ms;"
              .formatted(
                  sessions,
                  elapsed.toNanos() / 1e9,
                  perSecond,
                  failed,
                  ms(offer.p50()),
                  ms(offer.p99()))
          + " wallet answer -> seen connected (polled, 5..100 ms back-off) p50/p99 %s/%s ms"
              .formatted(ms(connect.p50()), ms(connect.p99()));
    }
  }

  private ConnectPhase connect(
      GatewayApi api, LoadWallets wallets, int from, int to, LoadWallets.Connected[] kept)
      throws InterruptedException {
    Latencies offers = new Latencies();
    Latencies connects = new Latencies();
    AtomicLong lastReport = new AtomicLong(System.nanoTime());
    long start = System.nanoTime();
    int failed =
        inParallel(
            "connect",
            from,
            to,
            i -> {
              try {
                connectOne(api, wallets, i, kept, offers, connects);
              } finally {
                long now = System.nanoTime();
                long last = lastReport.get();
                if (now - last > 10_000_000_000L && lastReport.compareAndSet(last, now)) {
                  System.out.printf("  ... %,d of %,d connected%n", i - from, to - from);
                }
              }
            });
    Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
    synchronized (offers) {
      synchronized (connects) {
        return new ConnectPhase(to - from, elapsed, failed, offers.summary(), connects.summary());
      }
    }
  }

  /** One unit of a phase's work, for {@code index}. */
  private interface IndexedTask {
    void run(int index) throws Exception;
  }

  /**
   * Runs {@code task} for every index in {@code [from, to)} on {@code concurrency} virtual threads
   * and waits for them; returns how many failed (the first five are printed, labelled {@code
   * what}).
   */
  private int inParallel(String what, int from, int to, IndexedTask task)
      throws InterruptedException {
    AtomicInteger next = new AtomicInteger(from);
    AtomicInteger failed = new AtomicInteger();
    List<Thread> workers = new ArrayList<>();
    for (int w = 0; w < concurrency; w++) {
      workers.add(
          Thread.ofVirtual()
              .start(
                  () -> {
                    for (int i = next.getAndIncrement(); i < to; i = next.getAndIncrement()) {
                      try {
                        task.run(i);
                      } catch (Exception e) {
                        if (failed.incrementAndGet() <= 5) {
                          System.err.println(what + " " + i + " failed: " + e);
                        }
                      }
                    }
                  }));
    }
    for (Thread worker : workers) {
      worker.join();
    }
    return failed.get();
  }

  private void connectOne(
      GatewayApi api,
      LoadWallets wallets,
      int index,
      LoadWallets.Connected[] kept,
      Latencies offers,
      Latencies connects)
      throws Exception {
    String user = "load-" + index;
    long offerStart = System.nanoTime();
    GatewayApi.Answer offer =
        api.post("/v1/users/" + user + "/connection", Map.of("wallet", "simwallet"));
    if (offer.status() != 201) {
      throw new IOException("offer answered " + offer.status() + ": " + offer.body());
    }
    long answered = System.nanoTime();
    LoadWallets.Connected connected =
        wallets.answerConnect(user, offer.body().path("universalLink").asText());
    long deadline = System.nanoTime() + CONNECT_TIMEOUT.toNanos();
    // Backs off from 5 to 100 ms: polling every few ms from every worker would be most of the
    // gateway's load, and this phase measures connects per second, not the connect latency.
    long pause = 5;
    while (true) {
      JsonNode state = api.get("/v1/users/" + user + "/connection").body();
      String status = state.path("status").asText();
      if (status.equals("connected")) {
        break;
      }
      if (!status.equals("pending") || System.nanoTime() > deadline) {
        throw new IOException(user + " is " + state);
      }
      Thread.sleep(pause);
      pause = Math.min(100, pause * 2);
    }
    long done = System.nanoTime();
    synchronized (offers) {
      offers.add(answered - offerStart);
    }
    synchronized (connects) {
      connects.add(done - answered);
    }
    if (index < kept.length) {
      kept[index] = connected;
    }
  }

  private void replyLatency(
      GatewayApi api,
      LoadWallets wallets,
      List<LoadWallets.Connected> listening,
      GatewayJarProcess gateway)
      throws Exception {
    int total = warmup + replies;
    LinkedBlockingQueue<LoadWallets.PreparedReply> prepared = new LinkedBlockingQueue<>();
    Map<String, String> requestIds = new ConcurrentHashMap<>();
    try (LoadWallets.Listener listener = wallets.listen(listening, 100, prepared::add)) {
      System.out.printf(
          "%nreplies: %d wallets listening on %d streams; sending %,d transactions...%n",
          listening.size(), (listening.size() + 99) / 100, total);
      long sendStart = System.nanoTime();
      sendTransactions(api, listening, total, requestIds);
      System.out.printf(
          "  %,d transactions sent in %.1f s%n", total, (System.nanoTime() - sendStart) / 1e9);
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
      while (prepared.size() < total && System.nanoTime() < deadline) {
        Thread.sleep(100);
      }
      if (prepared.size() < total) {
        throw new IOException(
            "only %d of %d requests reached the wallets (%d unusable)"
                .formatted(prepared.size(), total, listener.unusable()));
      }
      List<LoadWallets.PreparedReply> queue = new ArrayList<>(prepared);
      ReplyLatencies latencies = new ReplyLatencies();
      AtomicInteger notCompleted = new AtomicInteger();
      AtomicLong maxLate = new AtomicLong();
      CountDownLatch finished = new CountDownLatch(total);
      Duration cpuBefore = Duration.ZERO;
      long measuredStart = 0;
      long start = System.nanoTime();
      long interval = (long) (1e9 / rate);
      for (int k = 0; k < total; k++) {
        long due = start + k * interval;
        long now;
        while ((now = System.nanoTime()) < due) {
          LockSupport.parkNanos(due - now);
        }
        maxLate.accumulateAndGet(now - due, Math::max);
        if (k == warmup) {
          cpuBefore = gateway.cpuTime();
          measuredStart = now;
        }
        LoadWallets.PreparedReply reply = queue.get(k);
        boolean counted = k >= warmup;
        boolean sampled = k % SAMPLE_EVERY == 0;
        String requestId = requestIds.get(reply.user() + "#" + reply.rpcId());
        Thread.ofVirtual()
            .start(
                () -> {
                  try {
                    answerAndAwait(
                        api, wallets, reply, requestId, counted, sampled, latencies, notCompleted);
                  } finally {
                    finished.countDown();
                  }
                });
      }
      long sentAll = System.nanoTime();
      if (!finished.await(120, TimeUnit.SECONDS)) {
        System.out.printf("  %d replies still unfinished after 120 s%n", finished.getCount());
      }
      Duration cpu = gateway.cpuTime().minus(cpuBefore);
      double seconds = (sentAll - measuredStart) / 1e9;
      Latencies.Summary summary;
      Latencies.Summary postSummary;
      Latencies.Summary finishedSummary;
      synchronized (latencies) {
        summary = latencies.visible.summary();
        postSummary = latencies.posts.summary();
        finishedSummary = latencies.finished.summary();
      }
      System.out.printf(
          "reply latency (wallet POST -> completed via GET, 1 in %d replies polled every %s ms),"
              + " %,d of them; %,d replies at %.0f/s offered "
              + "(%.0f/s achieved, sender late by at most %s ms), %d not completed:%n",
          SAMPLE_EVERY,
          ms(pollInterval.toNanos()),
          summary.count(),
          replies,
          rate,
          replies / seconds,
          ms(maxLate.get()),
          notCompleted.get());
      System.out.printf(
          "  p50 %s ms, p90 %s ms, p99 %s ms, p99.9 %s ms, max %s ms, mean %s ms%n",
          ms(summary.p50()),
          ms(summary.p90()),
          ms(summary.p99()),
          ms(summary.p999()),
          ms(summary.max()),
          ms((long) summary.mean()));
      System.out.printf(
          "  wallet POST -> stored as completed (finishedAt, no polling): p50 %s ms, p90 %s ms,"
              + " p99 %s ms, p99.9 %s ms, max %s ms%n",
          ms(finishedSummary.p50()),
          ms(finishedSummary.p90()),
          ms(finishedSummary.p99()),
          ms(finishedSummary.p999()),
          ms(finishedSummary.max()));
      System.out.printf(
          "  of which the bridge POST: p50 %s ms, p99 %s ms; gateway CPU %.2f cores; wallet"
              + " stream reconnects %d, unusable messages %d%n",
          ms(postSummary.p50()),
          ms(postSummary.p99()),
          cpu.toNanos() / 1e9 / Math.max(seconds, 1e-9),
          listener.reconnects(),
          listener.unusable());
      System.out.printf("  finished at %s%n", Instant.now());
    }
  }

  /** The three latencies of each counted reply; guarded by itself. */
  private static final class ReplyLatencies {
    final Latencies visible = new Latencies();
    final Latencies posts = new Latencies();
    final Latencies finished = new Latencies();
  }

  private void sendTransactions(
      GatewayApi api, List<LoadWallets.Connected> listening, int total, Map<String, String> ids)
      throws InterruptedException {
    String recipient = listening.get(0).wallet().userFriendlyAddress().toString();
    int failed =
        inParallel(
            "transaction",
            0,
            total,
            k -> {
              String user = listening.get(k % listening.size()).user();
              GatewayApi.Answer sent =
                  api.post(
                      "/v1/users/" + user + "/transactions",
                      Map.of("to", recipient, "amount", "1000000"));
              if (sent.status() != 202) {
                throw new IOException(user + ": " + sent.status() + " " + sent.body());
              }
              String requestId = sent.body().path("requestId").asText();
              String rpc = requestId.substring(requestId.indexOf('-') + 1);
              ids.put(user + "#" + rpc, requestId);
            });
    if (failed > 0) {
      throw new IllegalStateException(failed + " transactions were not sent");
    }
  }

  private void answerAndAwait(
      GatewayApi api,
      LoadWallets wallets,
      LoadWallets.PreparedReply reply,
      String requestId,
      boolean counted,
      boolean sampled,
      ReplyLatencies latencies,
      AtomicInteger notCompleted) {
    try {
      if (requestId == null) {
        throw new IOException("no API request id for " + reply.user() + " #" + reply.rpcId());
      }
      Instant sentAt = Instant.now();
      long start = System.nanoTime();
      wallets.post(reply.from(), reply.sealedBody(), Optional.empty());
      long posted = System.nanoTime();
      String path = "/v1/users/" + reply.user() + "/requests/" + requestId;
      long deadline = start + TimeUnit.SECONDS.toNanos(60);
      JsonNode request;
      long pause = TimeUnit.MILLISECONDS.toNanos(25);
      if (!sampled) {
        LockSupport.parkNanos(pause); // most replies only fetch finishedAt, late and seldom
      }
      while (true) {
        request = api.get(path).body();
        String status = request.path("status").asText();
        if (status.equals("completed")) {
          break;
        }
        if (!status.equals("pending") || System.nanoTime() > deadline) {
          throw new IOException(requestId + " is " + status);
        }
        if (sampled) {
          LockSupport.parkNanos(pollInterval.toNanos());
        } else {
          LockSupport.parkNanos(pause);
          pause = Math.min(pause * 2, TimeUnit.MILLISECONDS.toNanos(400));
        }
      }
      long visible = System.nanoTime();
      // The gateway's clock is this machine's: finishedAt - sentAt is the wallet's POST through
      // the bridge to the request stored as completed, without the polling.
      Duration toFinished =
          Duration.between(sentAt, Instant.parse(request.path("finishedAt").asText()));
      if (counted) {
        synchronized (latencies) {
          if (sampled) {
            latencies.visible.add(visible - start);
          }
          latencies.posts.add(posted - start);
          latencies.finished.add(Math.max(0, toFinished.toNanos()));
        }
      }
    } catch (Exception e) {
      if (notCompleted.incrementAndGet() <= 5) {
        System.err.println("reply " + reply.user() + " #" + reply.rpcId() + " failed: " + e);
      }
    }
  }

  private void dropIsolation(String isolation) {
    if (store.equals("jdbc")) {
      try (Connection connection = DriverManager.getConnection(JDBC_URL, "postgres", "");
          Statement drop = connection.createStatement()) {
        drop.execute("DROP SCHEMA IF EXISTS " + isolation + " CASCADE");
      } catch (Exception e) {
        System.err.println("could not drop schema " + isolation + ": " + e);
      }
    }
    // Redis: the keys under the prefix expire or stay until FLUSHDB; nothing here scans for them.
  }

  private byte[] randomBytes(int length) {
    byte[] bytes = new byte[length];
    random.nextBytes(bytes);
    return bytes;
  }

  private static String ms(long nanos) {
    return String.format("%.2f", nanos / 1e6);
  }
}
