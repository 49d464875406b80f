package io.tcgateway.benchmarks.load;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.tcgateway.adapter.bridge.BridgeClientSettings;
import io.tcgateway.adapter.bridge.SseWalletBridge;
import io.tcgateway.adapter.memory.InMemoryBridgeCursorStore;
import io.tcgateway.application.port.out.BridgeTelemetry;
import io.tcgateway.domain.bridge.BridgeUrl;
import io.tcgateway.domain.crypto.SessionPublicKey;
import io.tcgateway.testkit.fake.RecordingBridgeEventReceiver;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * How many SSE streams the bridge client opens for N client ids (issue 3 target: ≤ 1,000 for
 * 100,000), and how long subscribing them takes, against a loopback SSE endpoint that keeps every
 * stream open with heartbeats and counts the client ids it is asked for.
 *
 * <p>Run: {@code java -cp benchmarks/target/benchmarks.jar
 * io.tcgateway.benchmarks.load.BridgeStreamCountHarness [clientIds]}.
 */
public final class BridgeStreamCountHarness {
  private BridgeStreamCountHarness() {}

  public static void main(String[] args) throws Exception {
    PrintStream out = System.out;
    int clientIds = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    AtomicInteger openStreams = new AtomicInteger();
    AtomicInteger maxOpenStreams = new AtomicInteger();
    ConcurrentHashMap<String, Boolean> idsSeen = new ConcurrentHashMap<>();
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 4096);
    server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
    server.createContext(
        "/bridge/events", exchange -> holdOpen(exchange, openStreams, maxOpenStreams, idsSeen));
    server.start();
    BridgeUrl bridge =
        BridgeUrl.parse("http://127.0.0.1:" + server.getAddress().getPort() + "/bridge");
    try (SseWalletBridge client =
        new SseWalletBridge(
            BridgeClientSettings.defaults(),
            new RecordingBridgeEventReceiver(),
            new InMemoryBridgeCursorStore(),
            BridgeTelemetry.NONE,
            Clock.systemUTC(),
            new SplittableRandom(1))) {
      System.gc();
      long heapBefore = usedHeap();
      long started = System.nanoTime();
      List<CompletableFuture<Void>> subscriptions = new ArrayList<>(clientIds);
      for (int i = 0; i < clientIds; i++) {
        SessionPublicKey id = SessionPublicKey.parse(String.format("%064x", i + 1));
        subscriptions.add(client.subscribe(bridge, id).toCompletableFuture());
      }
      CompletableFuture.allOf(subscriptions.toArray(CompletableFuture[]::new))
          .get(10, TimeUnit.MINUTES);
      double seconds = (System.nanoTime() - started) / 1e9;
      System.gc();
      long heapAfter = usedHeap();
      List<Integer> shape = client.streamShape(bridge);
      out.printf("client ids subscribed: %,d in %.2f s%n", clientIds, seconds);
      out.printf(
          "streams: %,d (bridge saw %,d open, max %,d); ids per stream: max %d%n",
          shape.size(),
          openStreams.get(),
          maxOpenStreams.get(),
          shape.stream().mapToInt(Integer::intValue).max().orElse(0));
      out.printf("distinct client ids the bridge was asked for: %,d%n", idsSeen.size());
      out.printf(
          "client heap for streams and subscriptions: %.1f MiB (%.0f bytes per client id)%n",
          (heapAfter - heapBefore) / 1048576.0, (double) (heapAfter - heapBefore) / clientIds);
    } finally {
      server.stop(0);
    }
  }

  private static void holdOpen(
      HttpExchange exchange,
      AtomicInteger open,
      AtomicInteger maxOpen,
      ConcurrentHashMap<String, Boolean> idsSeen)
      throws IOException {
    String query = exchange.getRequestURI().getRawQuery();
    String ids = query.replaceAll(".*client_id=([^&]*).*", "$1");
    for (String id : ids.split(",")) {
      idsSeen.put(id, true);
    }
    int now = open.incrementAndGet();
    maxOpen.accumulateAndGet(now, Math::max);
    exchange.getResponseHeaders().add("Content-Type", "text/event-stream");
    exchange.sendResponseHeaders(200, 0);
    OutputStream body = exchange.getResponseBody();
    try {
      body.write(": open\n\n".getBytes(StandardCharsets.UTF_8));
      body.flush();
      while (true) {
        Thread.sleep(5_000);
        body.write("event: heartbeat\n\n".getBytes(StandardCharsets.UTF_8));
        body.flush();
      }
    } catch (IOException | InterruptedException closed) {
      // the client closed the stream
    } finally {
      open.decrementAndGet();
      exchange.close();
    }
  }

  private static long usedHeap() {
    Runtime runtime = Runtime.getRuntime();
    return runtime.totalMemory() - runtime.freeMemory();
  }
}
