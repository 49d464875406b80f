package io.tcgateway.adapter.bridge;

import io.tcgateway.application.error.StoreUnavailableException;
import io.tcgateway.application.port.in.ReceiveBridgeEventCommand;
import io.tcgateway.application.port.in.ReceiveBridgeEventUseCase.Receipt;
import io.tcgateway.application.port.out.BridgeUnavailableException;
import io.tcgateway.domain.bridge.BridgeEventId;
import io.tcgateway.domain.crypto.SessionPublicKey;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One SSE subscription to a bridge for a fixed set of client ids, kept open until {@link #stop()}:
 * {@code GET <bridge>/events?client_id=a,b,c[&last_event_id=N]}, reconnecting with backoff and
 * resuming from its watermark. Events are handed to the application through {@link DeliveryLanes}:
 * in stream order per sender, in parallel across senders (at most {@code maxParallelDeliveries} at
 * once); the watermark (and the members' stored cursors) move only over events the application has
 * accepted, all earlier ones included, so a reconnect or a crash makes the bridge replay, never
 * skip.
 *
 * <p>A {@link Kind#CATCH_UP} stream serves client ids that come back with an older cursor; it is
 * done ({@link #caughtUp()}) at the bridge's {@code queue_done}, at the first heartbeat, or after a
 * quiet period without events, and is then merged into a shared stream by the {@link StreamPool}.
 */
final class EventStream {
  /** Why a stream exists. */
  enum Kind {
    SHARED,
    CATCH_UP
  }

  private static final Logger LOG = LoggerFactory.getLogger(EventStream.class);
  private static final AtomicLong SEQUENCE = new AtomicLong();
  private static final int READ_BUFFER = 16 * 1024;
  private static final int MAX_ERROR_BODY = 4 * 1024;
  private static final Duration OPEN_GRACE = Duration.ofMillis(300);

  private final StreamContext context;
  private final List<SessionPublicKey> members;
  private final Set<SessionPublicKey> memberSet;
  private final Kind kind;
  private final long number = SEQUENCE.incrementAndGet();
  private final CompletableFuture<Void> opened = new CompletableFuture<>();
  private final CompletableFuture<Void> caughtUp = new CompletableFuture<>();
  private final Backoff backoff;
  private final Object sleepLock = new Object();

  private volatile BridgeEventId watermark;

  private final DeliveryLanes lanes;

  /** Why the application refused a delivery on the current connection; null if it did not. */
  private volatile Outcome refusal;

  /** The watermark not yet written to the cursor store; null when written. Guarded by this. */
  private volatile BridgeEventId unsavedCursor;

  private long lastCursorWriteNanos = Long.MIN_VALUE;
  private volatile boolean stopping;
  private volatile InputStream body;
  private volatile String abortReason;
  private volatile long lastActivityNanos;
  private volatile long openedAtNanos;
  private volatile long lastDeliveryNanos;
  private volatile boolean connected;
  private volatile boolean connectedWhenStopped;
  private volatile int connectionsOpened;
  private Thread worker;

  EventStream(
      StreamContext context,
      List<SessionPublicKey> members,
      Optional<BridgeEventId> startCursor,
      Kind kind) {
    if (members.isEmpty()) {
      throw new IllegalArgumentException("a stream needs at least one client id");
    }
    this.context = context;
    this.members = List.copyOf(members);
    this.memberSet = Set.copyOf(members);
    this.kind = kind;
    this.watermark = startCursor.orElse(null);
    this.backoff =
        new Backoff(
            context.settings().reconnectMinDelay(),
            context.settings().reconnectMaxDelay(),
            context.random());
    this.lanes =
        new DeliveryLanes(
            context.settings().maxParallelDeliveries(), this::accepted, this::advance);
  }

  /** Starts reading on a virtual thread. */
  void start() {
    worker = Thread.ofVirtual().name("bridge-stream-" + number).start(this::run);
  }

  /**
   * Stops the stream and waits until the event being handled (if any) is finished, so the watermark
   * is final when this returns.
   */
  void stop() {
    connectedWhenStopped = connected;
    stopping = true;
    closeBody();
    synchronized (sleepLock) {
      sleepLock.notifyAll();
    }
    if (worker != null && worker != Thread.currentThread()) {
      try {
        worker.join(Duration.ofSeconds(30));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    saveCursor(); // the last watermark, now final
    opened.completeExceptionally(new BridgeUnavailableException("stream stopped", null));
    caughtUp.complete(null);
  }

  /** The client ids this stream carries. */
  Set<SessionPublicKey> members() {
    return memberSet;
  }

  Kind kind() {
    return kind;
  }

  /** The last event accepted (or the cursor it started from); empty if neither. */
  Optional<BridgeEventId> watermark() {
    return Optional.ofNullable(watermark);
  }

  /**
   * Whether this stopped stream, which never had a cursor, was connected without a gap from its
   * first open until it stopped and saw no event: then its members had nothing at the bridge and a
   * stream replacing it may start from any cursor without replaying everything.
   */
  boolean sawEverythingWithoutEvents() {
    return watermark == null && connectionsOpened == 1 && connectedWhenStopped;
  }

  /** Completes at the first successful open; fails if the first attempt fails. */
  CompletableFuture<Void> opened() {
    return opened;
  }

  /** Completes when a catch-up stream has replayed the bridge's backlog. */
  CompletableFuture<Void> caughtUp() {
    return caughtUp;
  }

  boolean isStopping() {
    return stopping;
  }

  boolean isConnected() {
    return connected;
  }

  /**
   * Called periodically by the pool: a connected stream without a byte for the idle timeout is cut
   * (the bridge or a proxy died silently); a catch-up stream quiet for the quiet period is done.
   */
  void checkLiveness(long nowNanos) {
    if (!connected) {
      return;
    }
    if (!opened.isDone() && nowNanos - openedAtNanos > OPEN_GRACE.toNanos()) {
      // 200 and no JSON error right after it: the subscription is valid (the reference bridge
      // writes only a newline until the first heartbeat).
      opened.complete(null);
    }
    long idle = nowNanos - lastActivityNanos;
    if (idle > context.settings().idleTimeout().toNanos()) {
      abort("idle-timeout");
      return;
    }
    if (kind == Kind.CATCH_UP && !caughtUp.isDone()) {
      long since = nowNanos - Math.max(openedAtNanos, lastDeliveryNanos);
      if (since > context.settings().catchUpQuietPeriod().toNanos()) {
        caughtUp.complete(null);
      }
    }
  }

  /** Cuts the current connection (it will be reopened from the watermark). */
  void abort(String reason) {
    abortReason = reason;
    closeBody();
  }

  URI subscriptionUri() {
    StringBuilder uri = new StringBuilder(context.bridge().eventsEndpoint()).append("?client_id=");
    for (int i = 0; i < members.size(); i++) {
      if (i > 0) {
        uri.append(',');
      }
      uri.append(members.get(i).clientId());
    }
    BridgeEventId cursor = watermark;
    if (cursor != null) {
      uri.append("&last_event_id=").append(QueryText.encode(cursor.value()));
    }
    if (kind == Kind.CATCH_UP) {
      uri.append("&enable_queue_done_event=true");
    }
    return URI.create(uri.toString());
  }

  private void run() {
    while (!stopping) {
      Duration wait = context.circuit().waitBeforeAttempt();
      if (!wait.isZero()) {
        sleep(wait);
        continue;
      }
      Outcome outcome = connectAndRead();
      if (stopping) {
        break;
      }
      Duration delay = delayAfter(outcome);
      context.telemetry().reconnectScheduled(context.bridge(), outcome.reason(), delay);
      if (!opened.isDone()) {
        opened.completeExceptionally(
            new BridgeUnavailableException(
                "bridge " + context.bridge() + " not reachable: " + outcome.reason(), null));
      }
      sleep(delay);
    }
    connected = false;
  }

  private Duration delayAfter(Outcome outcome) {
    switch (outcome.kind()) {
      case HEALTHY_END -> {
        backoff.reset();
        // The bridge's forced close after hours, or a proxy's: come back at once, a little
        // spread so that many streams do not return together.
        return Duration.ofMillis(
            context.random().nextLong(context.settings().reconnectMinDelay().toMillis() + 1));
      }
      case STORE_FAILURE -> {
        return backoff.nextDelay();
      }
      default -> {
        context.circuit().recordFailure();
        return backoff.nextDelayAtLeast(outcome.retryAfter());
      }
    }
  }

  private Outcome connectAndRead() {
    abortReason = null;
    HttpRequest.Builder request =
        HttpRequest.newBuilder(subscriptionUri())
            .GET()
            .header("Accept", "text/event-stream")
            .header("Cache-Control", "no-cache");
    context
        .settings()
        .bearerToken(context.bridge())
        .ifPresent(token -> request.header("Authorization", "Bearer " + token));
    HttpResponse<InputStream> response;
    try {
      response = context.http().send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
    } catch (IOException e) {
      return Outcome.failure("network", Duration.ZERO);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Outcome.failure("interrupted", Duration.ZERO);
    }
    InputStream in = response.body();
    body = in;
    if (stopping) {
      closeBody();
      return Outcome.failure("stopped", Duration.ZERO);
    }
    int status = response.statusCode();
    if (status != 200) {
      closeBody();
      Duration retryAfter = RetryAfter.parse(response.headers(), context.clock());
      String reason = status == 429 ? "http-429" : status >= 500 ? "http-5xx" : "http-" + status;
      LOG.warn("bridge {} answered {} to a subscription", context.bridge(), status);
      return Outcome.failure(reason, retryAfter);
    }
    String contentType = response.headers().firstValue("Content-Type").orElse("");
    if (contentType.startsWith("application/json")) {
      return jsonErrorBody(in, new byte[0], 0);
    }
    Outcome outcome = read(in);
    // Nothing of this connection may still run when the next one replays from the watermark.
    lanes.drain();
    Outcome refused = refusal;
    refusal = null;
    lanes.reset();
    return refused != null ? refused : outcome;
  }

  private Outcome read(InputStream in) {
    long now = System.nanoTime();
    lastActivityNanos = now;
    openedAtNanos = now;
    connected = true;
    connectionsOpened++;
    context.circuit().recordSuccess();
    context.telemetry().streamOpened(context.bridge());
    StreamListener listener = new StreamListener();
    SseParser parser =
        new SseParser(
            listener,
            Math.min(context.settings().maxFrameBytes(), 1 << 20),
            context.settings().maxFrameBytes());
    byte[] buffer = new byte[READ_BUFFER];
    boolean sawContent = false;
    try {
      int n;
      while ((n = in.read(buffer)) >= 0) {
        lastActivityNanos = System.nanoTime();
        if (!sawContent) {
          int first = firstNonWhitespace(buffer, n);
          if (first < 0) {
            parser.feed(buffer, 0, n);
            continue;
          }
          sawContent = true;
          if (buffer[first] == '{') {
            // A 200 whose body is a JSON error (the reference bridge validates after writing 200).
            return jsonErrorBody(in, buffer, n);
          }
          opened.complete(null);
        }
        parser.feed(buffer, 0, n);
        if (listener.failure != null) {
          return listener.failure;
        }
      }
      if (parser.endOfStream()) {
        context.telemetry().malformedEventDropped(context.bridge(), "truncated-frame");
      }
      return endOf(abortReason == null ? "server-closed" : abortReason);
    } catch (IOException e) {
      if (listener.failure != null) {
        return listener.failure;
      }
      return endOf(abortReason != null ? abortReason : stopping ? "stopped" : "network");
    } finally {
      connected = false;
      closeBody();
    }
  }

  private Outcome endOf(String reason) {
    boolean lastedLong =
        System.nanoTime() - openedAtNanos > context.settings().idleTimeout().toNanos();
    if (reason.equals("server-closed") && lastedLong) {
      return new Outcome(OutcomeKind.HEALTHY_END, reason, Duration.ZERO);
    }
    if (reason.equals("server-closed") && opened.isDone()) {
      // Closed soon after opening: counts as a failure, so a flapping bridge backs off.
      return Outcome.failure(reason, Duration.ZERO);
    }
    return Outcome.failure(reason, Duration.ZERO);
  }

  private Outcome jsonErrorBody(InputStream in, byte[] head, int headLength) {
    byte[] collected = new byte[MAX_ERROR_BODY];
    int length = Math.min(headLength, MAX_ERROR_BODY);
    System.arraycopy(head, 0, collected, 0, length);
    try {
      int n;
      while (length < MAX_ERROR_BODY
          && (n = in.read(collected, length, MAX_ERROR_BODY - length)) >= 0) {
        length += n;
      }
    } catch (IOException ignored) {
      // what we have is enough for the log
    }
    String text = new String(collected, 0, length, StandardCharsets.UTF_8).strip();
    context.telemetry().malformedEventDropped(context.bridge(), "json-error-body");
    LOG.warn(
        "bridge {} answered a subscription with an error instead of events: {}",
        context.bridge(),
        text.length() > 200 ? text.substring(0, 200) : text);
    return Outcome.failure("json-error-body", Duration.ZERO);
  }

  private static int firstNonWhitespace(byte[] buffer, int length) {
    for (int i = 0; i < length; i++) {
      byte b = buffer[i];
      if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
        return i;
      }
    }
    return -1;
  }

  /** Hands one delivery to the application; returns a failure outcome if it could not store it. */
  private Outcome deliver(BridgeSignal.Delivery delivery) {
    lastDeliveryNanos = System.nanoTime();
    ReceiveBridgeEventCommand command =
        new ReceiveBridgeEventCommand(
            context.bridge(), delivery.eventId(), delivery.message(), memberSet);
    Receipt receipt;
    try {
      receipt = context.receiver().receive(command);
    } catch (StoreUnavailableException e) {
      LOG.warn(
          "event {} from bridge {} not stored ({}); it will be replayed",
          delivery.eventId(),
          context.bridge(),
          e.getMessage());
      return new Outcome(OutcomeKind.STORE_FAILURE, "store-unavailable", Duration.ZERO);
    } catch (RuntimeException e) {
      LOG.error("the application failed on event {}; it will be replayed", delivery.eventId(), e);
      return new Outcome(OutcomeKind.STORE_FAILURE, "application-error", Duration.ZERO);
    }
    if (receipt instanceof Receipt.Dropped dropped) {
      context.telemetry().eventDropped(context.bridge(), dropped.reason());
      LOG.debug("event {} dropped by the application: {}", delivery.eventId(), dropped.reason());
    }
    context.telemetry().eventDelivered(context.bridge());
    if (receipt instanceof Receipt.Stored stored && !stored.releases().isEmpty()) {
      context.releases().accept(stored.releases());
    }
    return null;
  }

  /** The lanes' handler: true when the application took the delivery, false to replay it. */
  private boolean accepted(BridgeSignal.Delivery delivery) {
    Outcome outcome = deliver(delivery);
    if (outcome != null) {
      refusal = outcome;
      // Cut the connection now, not at the next frame: with no more traffic the reader would wait
      // on heartbeats and the refused event would not be replayed until the stream ends.
      closeBody();
      return false;
    }
    return true;
  }

  /**
   * The lanes passed {@code eventId}: every event up to it is accepted. The stored cursors of all
   * members (up to 100 rows) are written at most once per interval, not per event: they only bound
   * what a restart replays, and replays are duplicates (ADR 0006).
   */
  private synchronized void advance(BridgeEventId eventId) {
    BridgeEventId next = watermark == null ? eventId : watermark.latest(eventId);
    watermark = next;
    unsavedCursor = next;
    long interval = context.settings().cursorWriteInterval().toNanos();
    if (lastCursorWriteNanos == Long.MIN_VALUE
        || System.nanoTime() - lastCursorWriteNanos >= interval) {
      saveCursor();
    }
  }

  /** Writes the unsaved watermark to the members' stored cursors, if there is one. */
  private synchronized void saveCursor() {
    BridgeEventId cursor = unsavedCursor;
    if (cursor == null) {
      return;
    }
    try {
      context.cursors().advance(context.bridge(), members, cursor);
      if (unsavedCursor == cursor) {
        unsavedCursor = null;
      }
      lastCursorWriteNanos = System.nanoTime();
    } catch (StoreUnavailableException e) {
      // The events are stored; only the cursor lags (kept for the next write). Replays are
      // deduplicated.
      LOG.warn("cursor not stored: {}", e.getMessage());
    }
  }

  private void sleep(Duration duration) {
    long deadline = System.nanoTime() + duration.toNanos();
    synchronized (sleepLock) {
      long left;
      while (!stopping && (left = deadline - System.nanoTime()) > 0) {
        try {
          TimeUnit.NANOSECONDS.timedWait(sleepLock, left);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return;
        }
      }
    }
  }

  private void closeBody() {
    InputStream in = body;
    if (in != null) {
      try {
        in.close();
      } catch (IOException ignored) {
        // closing a dead connection
      }
    }
  }

  @Override
  public String toString() {
    return "EventStream#"
        + number
        + "["
        + kind
        + ", "
        + members.size()
        + " client ids, watermark "
        + watermark
        + "]";
  }

  private enum OutcomeKind {
    HEALTHY_END,
    FAILURE,
    STORE_FAILURE
  }

  private record Outcome(OutcomeKind kind, String reason, Duration retryAfter) {
    static Outcome failure(String reason, Duration retryAfter) {
      return new Outcome(OutcomeKind.FAILURE, reason, retryAfter);
    }
  }

  /** Receives the parser's frames on the reading thread. */
  private final class StreamListener implements SseParser.Listener {
    private Outcome failure;

    @Override
    public void frame(SseFrame frame) {
      if (failure != null || stopping) {
        return; // the connection is being abandoned; the rest comes again from the watermark
      }
      switch (BridgeFrames.interpret(frame)) {
        case BridgeSignal.Delivery delivery -> {
          if (!memberSet.isEmpty()) {
            try {
              lanes.submit(delivery);
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
              failure = Outcome.failure("interrupted", Duration.ZERO);
              closeBody();
              return;
            }
            Outcome refused = refusal;
            if (refused != null) {
              failure = refused;
              closeBody();
            }
          }
        }
        case BridgeSignal.Heartbeat heartbeat -> {
          context.telemetry().heartbeatReceived(context.bridge());
          saveCursor(); // a quiet moment: write what the last events left unsaved
          if (kind == Kind.CATCH_UP) {
            caughtUp.complete(null);
          }
        }
        case BridgeSignal.QueueDone done -> caughtUp.complete(null);
        case BridgeSignal.Malformed malformed -> {
          context.telemetry().malformedEventDropped(context.bridge(), malformed.reason());
          LOG.warn(
              "bridge {} sent a malformed event ({}): {}",
              context.bridge(),
              malformed.reason(),
              malformed.detail());
        }
      }
    }

    @Override
    public void oversizedFrame() {
      context.telemetry().malformedEventDropped(context.bridge(), "oversized-frame");
    }
  }

  static List<SessionPublicKey> sorted(Set<SessionPublicKey> ids) {
    List<SessionPublicKey> list = new ArrayList<>(ids);
    list.sort((a, b) -> a.clientId().compareTo(b.clientId()));
    return list;
  }
}
