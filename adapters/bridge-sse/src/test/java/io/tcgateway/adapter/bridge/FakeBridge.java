package io.tcgateway.adapter.bridge;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.tcgateway.domain.bridge.BridgeUrl;
import io.tcgateway.domain.bytes.Base64s;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A bridge for tests, on the JDK's HTTP server: buffers messages per recipient and replays those
 * newer than the cursor like the reference bridge, pushes live to subscribers, and can be told to
 * misbehave (canned error answers, dropped connections mid-frame, garbage, duplicate and reversed
 * replays, silence, forced closes).
 */
final class FakeBridge implements AutoCloseable {
  /** One canned answer to the next request. */
  record Canned(int status, Map<String, String> headers, String body) {}

  /** A recorded request. */
  record Request(
      String method, Map<String, String> query, Map<String, List<String>> headers, String body) {}

  private record Stored(long id, String to, String frame) {}

  private final HttpServer server;
  private final AtomicLong nextId = new AtomicLong(1_700_000_000_000_000L);
  private final List<Stored> buffer = new ArrayList<>();
  private final List<Subscriber> subscribers = new CopyOnWriteArrayList<>();
  private final ConcurrentLinkedQueue<Canned> cannedEvents = new ConcurrentLinkedQueue<>();
  private final ConcurrentLinkedQueue<Canned> cannedPosts = new ConcurrentLinkedQueue<>();
  private final List<Request> eventRequests = new CopyOnWriteArrayList<>();
  private final List<Request> postRequests = new CopyOnWriteArrayList<>();

  volatile Duration heartbeatInterval = Duration.ofMillis(200);
  volatile boolean heartbeats = true;
  volatile boolean duplicateAndReverseReplay;
  volatile boolean legacyHeartbeat = true;
  volatile String lineEnd = "\n";

  FakeBridge() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
    server.createContext("/bridge/events", this::events);
    server.createContext("/bridge/message", this::message);
    server.start();
  }

  BridgeUrl url() {
    return BridgeUrl.parse("http://127.0.0.1:" + server.getAddress().getPort() + "/bridge");
  }

  void answerNextSubscription(Canned canned) {
    cannedEvents.add(canned);
  }

  void answerNextPost(Canned canned) {
    cannedPosts.add(canned);
  }

  List<Request> subscriptions() {
    return List.copyOf(eventRequests);
  }

  List<Request> posts() {
    return List.copyOf(postRequests);
  }

  int openStreams() {
    return subscribers.size();
  }

  /** Client ids of each open stream. */
  List<Set<String>> streamMembers() {
    return subscribers.stream().map(s -> s.clientIds).toList();
  }

  /** Buffers a message from {@code from} to {@code to} and pushes it live; returns its id. */
  long publish(String from, String to, byte[] ciphertext) {
    String json =
        "{\"from\":\"" + from + "\",\"message\":\"" + Base64s.encodeStandard(ciphertext) + "\"}";
    synchronized (buffer) {
      long id = nextId.incrementAndGet();
      String frame =
          "event: message" + lineEnd + "id: " + id + lineEnd + "data: " + json + lineEnd + lineEnd;
      buffer.add(new Stored(id, to, frame));
      for (Subscriber s : subscribers) {
        if (s.clientIds.contains(to)) {
          s.queue.add(frame);
        }
      }
      return id;
    }
  }

  /** Sends raw text to every open stream (garbage, partial frames, hand-made events). */
  void broadcastRaw(String raw) {
    subscribers.forEach(s -> s.queue.add(raw));
  }

  /** Cuts every stream after writing {@code lastWords} (e.g. half a frame). */
  void dropAllStreams(String lastWords) {
    for (Subscriber s : subscribers) {
      s.queue.add(lastWords);
      s.queue.add(Subscriber.CLOSE);
    }
  }

  private void events(HttpExchange exchange) throws IOException {
    Map<String, String> query = query(exchange);
    eventRequests.add(new Request("GET", query, Map.copyOf(exchange.getRequestHeaders()), ""));
    Canned canned = cannedEvents.poll();
    if (canned != null) {
      answer(exchange, canned);
      return;
    }
    Set<String> ids = Set.copyOf(Arrays.asList(query.getOrDefault("client_id", "").split(",")));
    long cursor = Long.parseLong(query.getOrDefault("last_event_id", "0"));
    Subscriber subscriber = new Subscriber(ids);
    synchronized (buffer) {
      List<Stored> backlog = new ArrayList<>();
      for (Stored stored : buffer) {
        if (stored.id > cursor && ids.contains(stored.to)) {
          backlog.add(stored);
        }
      }
      backlog.sort(Comparator.comparingLong(Stored::id));
      if (duplicateAndReverseReplay) {
        List<Stored> reversed = new ArrayList<>(backlog);
        Collections.reverse(reversed);
        backlog.addAll(reversed);
      }
      backlog.forEach(stored -> subscriber.queue.add(stored.frame));
      if (query.containsKey("enable_queue_done_event")) {
        subscriber.queue.add("event: message" + lineEnd + "data: queue_done" + lineEnd + lineEnd);
      }
      subscribers.add(subscriber);
    }
    exchange.getResponseHeaders().add("Content-Type", "text/event-stream");
    exchange.sendResponseHeaders(200, 0);
    OutputStream out = exchange.getResponseBody();
    try {
      out.write("\n".getBytes(StandardCharsets.UTF_8));
      out.flush();
      while (true) {
        String next = subscriber.queue.poll(heartbeatInterval.toMillis(), TimeUnit.MILLISECONDS);
        if (next == Subscriber.CLOSE) {
          break;
        }
        if (next == null) {
          if (!heartbeats) {
            continue;
          }
          next =
              legacyHeartbeat
                  ? "event: heartbeat" + lineEnd + lineEnd
                  : "event: message" + lineEnd + "data: heartbeat" + lineEnd + lineEnd;
        }
        out.write(next.getBytes(StandardCharsets.UTF_8));
        out.flush();
      }
    } catch (IOException | InterruptedException gone) {
      // client went away
    } finally {
      subscribers.remove(subscriber);
      exchange.close();
    }
  }

  private void message(HttpExchange exchange) throws IOException {
    Map<String, String> query = query(exchange);
    String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    postRequests.add(new Request("POST", query, Map.copyOf(exchange.getRequestHeaders()), body));
    Canned canned = cannedPosts.poll();
    if (canned != null) {
      answer(exchange, canned);
      return;
    }
    publish(query.get("client_id"), query.get("to"), Base64s.decodeStandard(body));
    answer(exchange, new Canned(200, Map.of(), "{\"message\":\"OK\",\"statusCode\":200}"));
  }

  private static void answer(HttpExchange exchange, Canned canned) throws IOException {
    canned.headers().forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
    byte[] body = canned.body().getBytes(StandardCharsets.UTF_8);
    if (!canned.headers().containsKey("Content-Type")) {
      exchange.getResponseHeaders().add("Content-Type", "application/json");
    }
    exchange.sendResponseHeaders(canned.status(), body.length == 0 ? -1 : body.length);
    if (body.length > 0) {
      exchange.getResponseBody().write(body);
    }
    exchange.close();
  }

  private static Map<String, String> query(HttpExchange exchange) {
    Map<String, String> query = new LinkedHashMap<>();
    String raw = exchange.getRequestURI().getRawQuery();
    if (raw == null) {
      return query;
    }
    for (String pair : raw.split("&")) {
      int eq = pair.indexOf('=');
      String key = eq < 0 ? pair : pair.substring(0, eq);
      String value =
          eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
      query.put(key, value);
    }
    return query;
  }

  @Override
  public void close() {
    subscribers.forEach(s -> s.queue.add(Subscriber.CLOSE));
    server.stop(0);
  }

  private static final class Subscriber {
    static final String CLOSE = new String("<close>");
    final Set<String> clientIds;
    final LinkedBlockingQueue<String> queue = new LinkedBlockingQueue<>();

    Subscriber(Set<String> clientIds) {
      this.clientIds = clientIds;
    }
  }

  static Map<String, String> headers(String... keyValues) {
    Map<String, String> map = new HashMap<>();
    for (int i = 0; i < keyValues.length; i += 2) {
      map.put(keyValues[i], keyValues[i + 1]);
    }
    return map;
  }
}
