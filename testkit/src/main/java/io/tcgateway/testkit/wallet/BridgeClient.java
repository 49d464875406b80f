package io.tcgateway.testkit.wallet;

import io.tcgateway.domain.bridge.BridgeUrl;
import io.tcgateway.domain.crypto.SessionPublicKey;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * The wallet's side of the HTTP bridge (protocol.md §2): {@code POST /message} with a few retries,
 * and one SSE subscription per client id that reconnects with {@code last_event_id} when the stream
 * ends. A deliberately small SSE reader (the gateway's {@code adapter.bridge.SseParser} cannot be
 * used here without a Maven cycle): lines end in CR, LF or CRLF; {@code event}, {@code id} and
 * {@code data} are read, everything else is ignored; a frame ends at a blank line.
 */
final class BridgeClient {
  /** Bridge message TTL in seconds; the reference bridge allows at most 300. */
  static final int TTL_SECONDS = 300;

  private final HttpClient http;
  private final BridgeUrl bridge;
  private final Duration retryDelay;
  private final int postAttempts;

  BridgeClient(HttpClient http, BridgeUrl bridge, Duration retryDelay, int postAttempts) {
    this.http = Objects.requireNonNull(http, "http");
    this.bridge = Objects.requireNonNull(bridge, "bridge");
    this.retryDelay = Objects.requireNonNull(retryDelay, "retryDelay");
    this.postAttempts = postAttempts;
  }

  BridgeUrl bridge() {
    return bridge;
  }

  /**
   * {@code POST <bridge>/message?client_id=<from>&to=<to>&ttl=300[&topic=][&trace_id=]}, body the
   * standard base64 of the box; retried on network errors, 429 and 5xx.
   *
   * @throws SimulatedWalletException if the bridge does not accept it
   */
  void post(
      SessionPublicKey from,
      SessionPublicKey to,
      String body,
      Optional<String> topic,
      Optional<String> traceId) {
    StringBuilder query =
        new StringBuilder("?client_id=")
            .append(from.clientId())
            .append("&to=")
            .append(to.clientId())
            .append("&ttl=")
            .append(TTL_SECONDS);
    topic.ifPresent(t -> query.append("&topic=").append(encode(t)));
    traceId.ifPresent(t -> query.append("&trace_id=").append(encode(t)));
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(bridge.messageEndpoint() + query))
            .timeout(Duration.ofSeconds(10))
            .header("Content-Type", "text/plain;charset=UTF-8")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build();
    String problem = "no attempt";
    for (int attempt = 1; attempt <= postAttempts; attempt++) {
      try {
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        int status = response.statusCode();
        if (status == 200) {
          return;
        }
        problem = "HTTP " + status + ": " + response.body();
        if (status != 429 && status < 500) {
          break;
        }
      } catch (IOException e) {
        problem = e.toString();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new SimulatedWalletException("interrupted while posting to " + bridge, e);
      }
      if (attempt < postAttempts && !sleep(retryDelay)) {
        break;
      }
    }
    throw new SimulatedWalletException("bridge " + bridge + " refused the message: " + problem);
  }

  /**
   * Starts listening for messages to {@code clientId} on a virtual thread.
   *
   * @param sink called on the listener thread for each delivered message, in order
   */
  Subscription subscribe(SessionPublicKey clientId, Consumer<Delivery> sink) {
    Subscription subscription = new Subscription(clientId, sink);
    subscription.thread =
        Thread.ofVirtual()
            .name("simwallet-sse-" + clientId.clientId().substring(0, 8))
            .start(subscription::run);
    return subscription;
  }

  /** One SSE message event: its id and the bridge envelope JSON ({@code data}). */
  record Delivery(String eventId, String data) {}

  /** A running subscription; {@link #close()} ends it. */
  final class Subscription implements AutoCloseable {
    private final SessionPublicKey clientId;
    private final Consumer<Delivery> sink;
    private final CountDownLatch opened = new CountDownLatch(1);
    private final AtomicReference<InputStream> body = new AtomicReference<>();
    private volatile boolean closed;
    private volatile String lastEventId;
    private volatile int connections;
    private volatile Thread thread;

    private Subscription(SessionPublicKey clientId, Consumer<Delivery> sink) {
      this.clientId = clientId;
      this.sink = sink;
    }

    /** Waits until the first stream is open (HTTP 200 received). */
    boolean awaitOpen(Duration timeout) {
      try {
        return opened.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return false;
      }
    }

    /** The id of the last message event seen (sent back as {@code last_event_id}). */
    Optional<String> lastEventId() {
      return Optional.ofNullable(lastEventId);
    }

    /** How many SSE connections were opened so far (1 + reconnects). */
    int connections() {
      return connections;
    }

    @Override
    public void close() {
      closed = true;
      InputStream in = body.getAndSet(null);
      if (in != null) {
        try {
          in.close();
        } catch (IOException ignored) {
          // closing anyway
        }
      }
      if (thread != null) {
        thread.interrupt();
      }
    }

    private void run() {
      while (!closed) {
        try {
          readOnce();
        } catch (IOException e) {
          // stream broke: reconnect below
        } catch (InterruptedException e) {
          return;
        }
        if (closed || !sleep(retryDelay)) {
          return;
        }
      }
    }

    private void readOnce() throws IOException, InterruptedException {
      String uri = bridge.eventsEndpoint() + "?client_id=" + clientId.clientId();
      if (lastEventId != null) {
        uri += "&last_event_id=" + encode(lastEventId);
      }
      HttpRequest request =
          HttpRequest.newBuilder(URI.create(uri))
              .header("Accept", "text/event-stream")
              .GET()
              .build();
      HttpResponse<InputStream> response =
          http.send(request, HttpResponse.BodyHandlers.ofInputStream());
      try (InputStream in = response.body()) {
        if (response.statusCode() != 200) {
          return;
        }
        body.set(in);
        if (closed) {
          return;
        }
        connections++;
        opened.countDown();
        readFrames(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
      } finally {
        body.set(null);
      }
    }

    private void readFrames(BufferedReader reader) throws IOException {
      String event = null;
      String id = null;
      StringBuilder data = null;
      String line;
      while ((line = reader.readLine()) != null) {
        if (line.isEmpty()) {
          dispatch(event == null ? "message" : event, id, data);
          event = null;
          id = null;
          data = null;
          continue;
        }
        if (line.startsWith(":")) {
          continue;
        }
        int colon = line.indexOf(':');
        String name = colon < 0 ? line : line.substring(0, colon);
        String value = colon < 0 ? "" : line.substring(colon + 1);
        if (value.startsWith(" ")) {
          value = value.substring(1);
        }
        switch (name) {
          case "event" -> event = value;
          case "id" -> id = value;
          case "data" ->
              data = data == null ? new StringBuilder(value) : data.append('\n').append(value);
          default -> {
            // not a field the bridge uses
          }
        }
      }
    }

    private void dispatch(String event, String id, StringBuilder data) {
      if (!event.equals("message") || data == null || id == null || id.isEmpty()) {
        return; // heartbeat (either form has no id), queue_done, or not a message
      }
      String text = data.toString();
      if (text.equals("heartbeat") || text.equals("queue_done")) {
        return;
      }
      lastEventId = id;
      if (!closed) {
        sink.accept(new Delivery(id, text));
      }
    }
  }

  private static boolean sleep(Duration delay) {
    try {
      Thread.sleep(delay);
      return true;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
