package io.tcgateway.testkit.wallet;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.tcgateway.domain.bridge.BridgeUrl;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A minimal TON Connect HTTP bridge on the JDK HTTP server, as the reference bridge behaves
 * (protocol.md §2): {@code POST /bridge/message} stores and relays, {@code GET /bridge/events}
 * streams SSE frames (CRLF) for the given client ids, first replaying every stored message after
 * {@code last_event_id} (all of them without it). Records posts and subscriptions for assertions
 * and can drop every live stream to make clients reconnect.
 */
final class FakeBridge implements AutoCloseable {

  /** A stored message. */
  record Posted(
      long eventId,
      String from,
      String to,
      int ttl,
      Optional<String> topic,
      Optional<String> traceId,
      String body) {}

  /** A subscription request as received. */
  record Subscribed(Set<String> clientIds, Optional<String> lastEventId) {}

  private final HttpServer server;
  private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
  private final List<Posted> posted = new CopyOnWriteArrayList<>();
  private final List<Subscribed> subscriptions = new CopyOnWriteArrayList<>();
  private final List<Stream> streams = new CopyOnWriteArrayList<>();
  private final AtomicLong nextId = new AtomicLong(1_756_974_843_535_448L);
  private volatile boolean closed;

  private FakeBridge() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/bridge/message", this::message);
    server.createContext("/bridge/events", this::events);
    server.setExecutor(executor);
    server.start();
  }

  static FakeBridge start() {
    try {
      return new FakeBridge();
    } catch (IOException e) {
      throw new IllegalStateException("cannot start the fake bridge", e);
    }
  }

  BridgeUrl url() {
    return BridgeUrl.parse("http://127.0.0.1:" + server.getAddress().getPort() + "/bridge/");
  }

  List<Posted> posted() {
    return List.copyOf(posted);
  }

  List<Posted> postedTo(String clientId) {
    return posted.stream().filter(p -> p.to().equals(clientId)).toList();
  }

  List<Subscribed> subscriptions() {
    return List.copyOf(subscriptions);
  }

  /** Waits for the {@code index}-th (0-based) message to {@code clientId}. */
  Posted awaitPostedTo(String clientId, int index, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      List<Posted> to = postedTo(clientId);
      if (to.size() > index) {
        return to.get(index);
      }
      sleep(5);
    }
    throw new AssertionError("no message #" + index + " to " + clientId + " within " + timeout);
  }

  /** Ends every live SSE response; clients see the stream end and reconnect. */
  void dropStreams() {
    for (Stream stream : streams) {
      stream.queue.add(Stream.END);
    }
  }

  /** Number of live SSE streams. */
  int liveStreams() {
    return streams.size();
  }

  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    dropStreams();
    server.stop(0);
    executor.shutdownNow();
  }

  private void message(HttpExchange exchange) throws IOException {
    try (exchange) {
      Map<String, String> query = query(exchange);
      String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.US_ASCII);
      if (!exchange.getRequestMethod().equals("POST")) {
        respond(exchange, 405, "{\"message\":\"method not allowed\",\"statusCode\":405}");
        return;
      }
      String from = query.get("client_id");
      String to = query.get("to");
      int ttl;
      try {
        ttl = Integer.parseInt(query.getOrDefault("ttl", ""));
      } catch (NumberFormatException e) {
        ttl = -1;
      }
      if (!isClientId(from) || !isClientId(to) || ttl <= 0 || ttl > 300) {
        respond(exchange, 400, "{\"message\":\"bad request\",\"statusCode\":400}");
        return;
      }
      Posted message =
          new Posted(
              nextId.getAndIncrement(),
              from,
              to,
              ttl,
              Optional.ofNullable(query.get("topic")),
              Optional.ofNullable(query.get("trace_id")),
              body);
      posted.add(message);
      for (Stream stream : streams) {
        if (stream.clientIds.contains(to)) {
          stream.queue.add(message);
        }
      }
      respond(exchange, 200, "{\"message\":\"OK\",\"statusCode\":200}");
    }
  }

  private void events(HttpExchange exchange) throws IOException {
    try (exchange) {
      Map<String, String> query = query(exchange);
      Set<String> ids = Set.of(query.getOrDefault("client_id", "").split(","));
      Optional<String> last = Optional.ofNullable(query.get("last_event_id"));
      subscriptions.add(new Subscribed(ids, last));
      exchange.getResponseHeaders().add("Content-Type", "text/event-stream");
      exchange.getResponseHeaders().add("Cache-Control", "private, no-cache, no-transform");
      exchange.sendResponseHeaders(200, 0);
      Stream stream = new Stream(ids);
      streams.add(stream);
      try {
        OutputStream out = exchange.getResponseBody();
        out.write('\n');
        out.flush();
        long after = last.map(Long::parseLong).orElse(Long.MIN_VALUE);
        for (Posted message : posted) {
          if (ids.contains(message.to()) && message.eventId() > after) {
            write(out, message);
            after = message.eventId();
          }
        }
        while (!closed) {
          Posted next = stream.queue.poll(1, TimeUnit.SECONDS);
          if (next == Stream.END) {
            return;
          }
          if (next == null) {
            out.write("event: heartbeat\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
          } else if (next.eventId() > after) {
            write(out, next);
            after = next.eventId();
          }
        }
      } catch (IOException | InterruptedException e) {
        // client went away or the bridge stops
      } finally {
        streams.remove(stream);
      }
    }
  }

  private static void write(OutputStream out, Posted message) throws IOException {
    String frame =
        "event: message\r\nid: "
            + message.eventId()
            + "\r\ndata: {\"from\":\""
            + message.from()
            + "\",\"message\":\""
            + message.body()
            + "\"}\r\n\r\n";
    out.write(frame.getBytes(StandardCharsets.US_ASCII));
    out.flush();
  }

  private static void respond(HttpExchange exchange, int status, String json) throws IOException {
    byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, bytes.length);
    exchange.getResponseBody().write(bytes);
  }

  private static Map<String, String> query(HttpExchange exchange) {
    Map<String, String> out = new LinkedHashMap<>();
    String raw = exchange.getRequestURI().getRawQuery();
    if (raw == null) {
      return out;
    }
    for (String pair : raw.split("&")) {
      int eq = pair.indexOf('=');
      String name = eq < 0 ? pair : pair.substring(0, eq);
      String value = eq < 0 ? "" : pair.substring(eq + 1);
      out.putIfAbsent(
          URLDecoder.decode(name, StandardCharsets.UTF_8),
          URLDecoder.decode(value, StandardCharsets.UTF_8));
    }
    return out;
  }

  private static boolean isClientId(String id) {
    return id != null && id.matches("[0-9a-fA-F]{64}");
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted", e);
    }
  }

  private static final class Stream {
    static final Posted END = new Posted(-1, "", "", 0, Optional.empty(), Optional.empty(), "");
    final Set<String> clientIds;
    final BlockingQueue<Posted> queue = new LinkedBlockingQueue<>();

    Stream(Set<String> clientIds) {
      this.clientIds = clientIds;
    }
  }
}
