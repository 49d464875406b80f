package io.tcgateway.benchmarks.load;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;

/**
 * The posting side of the load harness: {@code POST /bridge/message} over K keep-alive HTTP/1.1
 * connections with at most one request in flight each, written by hand and driven by the calling
 * thread over non-blocking sockets. Each request goes from one fixed sender to a random recipient
 * with the same base64 body and {@code ttl=300}. Two modes: closed loop (every connection posts
 * again as soon as its 200 arrives) and a fixed rate (requests are due at even intervals and go out
 * on an idle connection; when none is idle they wait and the delay is reported).
 *
 * <p>Latency is from the request written to its response read, per request; at a fixed rate also
 * from the time the request was due, which includes any wait for an idle connection (so that a
 * stall of the server is not hidden by the requests it kept from being sent).
 */
final class MessagePosters implements AutoCloseable {
  private static final int CLIENT_ID_CHARS = 64;
  private static final byte[] CRLF = "\r\n".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] CRLF_CRLF = "\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] LAST_CHUNK = "0\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] CONTENT_LENGTH =
      "content-length:".getBytes(StandardCharsets.US_ASCII);

  /** Any {@code Transfer-Encoding} of a response to a POST here is chunked. */
  private static final byte[] TRANSFER_ENCODING =
      "transfer-encoding:".getBytes(StandardCharsets.US_ASCII);

  private static final Duration DRAIN_TIMEOUT = Duration.ofSeconds(10);

  /**
   * A send this much after it was due counts as late (fixed rate); above the ~1 ms steps in which
   * the rate is sent.
   */
  private static final long LATE_NANOS = 2_000_000;

  private final Selector selector;
  private final List<Connection> connections = new ArrayList<>();
  private final ArrayDeque<Connection> idle = new ArrayDeque<>();
  private final byte[][] recipients;
  private final long[] acceptedPerRecipient;
  private final SplittableRandom random;
  private final Map<Integer, Long> refusedByStatus = new TreeMap<>();
  private long accepted;
  private long refused;
  private int lost;

  private MessagePosters(byte[][] recipients, long seed) throws IOException {
    this.selector = Selector.open();
    this.recipients = recipients;
    this.acceptedPerRecipient = new long[recipients.length];
    this.random = new SplittableRandom(seed);
  }

  /**
   * Opens {@code connections} connections to the bridge.
   *
   * @param from the sender's client id (64 hex)
   * @param recipients the recipients' client ids (64 hex); each request picks one at random
   * @param body the standard-base64 message posted every time
   */
  static MessagePosters connect(
      InetSocketAddress server,
      String from,
      List<String> recipients,
      String body,
      int connections,
      long seed)
      throws IOException {
    byte[][] ids = new byte[recipients.size()][];
    for (int i = 0; i < ids.length; i++) {
      ids[i] = recipients.get(i).getBytes(StandardCharsets.US_ASCII);
      if (ids[i].length != CLIENT_ID_CHARS) {
        throw new IllegalArgumentException(
            "client ids are 64 hex characters: " + recipients.get(i));
      }
    }
    String prefix = "POST /bridge/message?client_id=" + from + "&to=";
    byte[] template =
        (prefix
                + "0".repeat(CLIENT_ID_CHARS)
                + "&ttl=300 HTTP/1.1\r\nHost: "
                + server.getHostString()
                + ":"
                + server.getPort()
                + "\r\nContent-Type: text/plain;charset=UTF-8\r\nContent-Length: "
                + body.length()
                + "\r\n\r\n"
                + body)
            .getBytes(StandardCharsets.US_ASCII);
    MessagePosters posters = new MessagePosters(ids, seed);
    try {
      for (int i = 0; i < connections; i++) {
        SocketChannel channel = SocketChannel.open(server);
        channel.setOption(StandardSocketOptions.TCP_NODELAY, true);
        channel.configureBlocking(false);
        Connection connection = new Connection(channel, template.clone(), prefix.length());
        connection.key = channel.register(posters.selector, SelectionKey.OP_READ, connection);
        posters.connections.add(connection);
        posters.idle.add(connection);
      }
    } catch (IOException | RuntimeException e) {
      posters.close();
      throw e;
    }
    return posters;
  }

  /**
   * Posts for {@code warmUp} and then for {@code measure}, as fast as the connections allow ({@code
   * perSecond} 0) or at {@code perSecond}; returns what happened during {@code measure}. Waits for
   * the requests still in flight at the end before returning.
   *
   * @param probe told when the measurement window starts and ends, on this thread
   */
  Window run(double perSecond, Duration warmUp, Duration measure, Probe probe) throws IOException {
    boolean fixedRate = perSecond > 0;
    double interval = fixedRate ? 1e9 / perSecond : 0;
    long start = System.nanoTime();
    long windowStart = start + warmUp.toNanos();
    long windowEnd = windowStart + measure.toNanos();
    ArrayDeque<Long> waiting = new ArrayDeque<>();
    Tally tally = new Tally();
    long scheduled = 0;
    if (!fixedRate) {
      while (!idle.isEmpty()) {
        long now = System.nanoTime();
        send(idle.poll(), now, now);
      }
    }
    while (true) {
      long now = System.nanoTime();
      if (tally.latencies == null && now >= windowStart) {
        probe.windowStarted();
        tally.begin(System.nanoTime(), accepted, refused);
      }
      if (now >= windowEnd) {
        break;
      }
      long wakeAt = tally.latencies == null ? windowStart : windowEnd;
      if (fixedRate) {
        for (long due = start + (long) (scheduled * interval);
            due <= now;
            due = start + (long) (scheduled * interval)) {
          scheduled++;
          Connection connection = idle.poll();
          if (connection == null) {
            waiting.add(due);
          } else {
            tally.sentLate(now - due);
            send(connection, now, due);
          }
        }
        wakeAt = Math.min(wakeAt, start + (long) (scheduled * interval));
      }
      // Waits at least 1 ms (the selector's unit) unless a response arrives first, so a fixed
      // rate goes out in bursts of about 1 ms worth of requests rather than by spinning a core.
      selector.select(Math.max(1, (wakeAt - now) / 1_000_000));
      for (Connection connection : ready()) {
        long read = System.nanoTime();
        tally.response(connection, read);
        if (read >= windowEnd) {
          idle.add(connection);
        } else if (!fixedRate) {
          send(connection, read, read);
        } else if (!waiting.isEmpty()) {
          long due = waiting.poll();
          tally.sentLate(read - due);
          send(connection, read, due);
        } else {
          idle.add(connection);
        }
      }
    }
    probe.windowEnded();
    Window window = tally.end(System.nanoTime(), accepted, refused, waiting.size());
    drain();
    return window;
  }

  /** 200 responses so far, all runs. */
  long accepted() {
    return accepted;
  }

  /** Non-200 responses so far, by status. */
  Map<Integer, Long> refusedByStatus() {
    return Map.copyOf(refusedByStatus);
  }

  /** Connections the server closed. */
  int lostConnections() {
    return lost;
  }

  /** 200 responses so far per recipient, in the order of the recipients given. */
  long[] acceptedPerRecipient() {
    return acceptedPerRecipient.clone();
  }

  @Override
  public void close() {
    for (Connection connection : connections) {
      try {
        connection.channel.close();
      } catch (IOException ignored) {
        // closing anyway
      }
    }
    try {
      selector.close();
    } catch (IOException ignored) {
      // nothing left to release
    }
  }

  /** Waits for the responses still in flight, posting nothing new. */
  private void drain() throws IOException {
    long deadline = System.nanoTime() + DRAIN_TIMEOUT.toNanos();
    while (idle.size() + lost < connections.size() && System.nanoTime() < deadline) {
      selector.select(100);
      for (Connection connection : ready()) {
        idle.add(connection);
      }
    }
  }

  /** The connections whose response is complete now (the others' bytes are kept). */
  private List<Connection> ready() throws IOException {
    List<Connection> done = new ArrayList<>();
    Iterator<SelectionKey> keys = selector.selectedKeys().iterator();
    while (keys.hasNext()) {
      SelectionKey key = keys.next();
      keys.remove();
      Connection connection = (Connection) key.attachment();
      if (!key.isValid()) {
        continue;
      }
      if (key.isWritable()) {
        connection.write();
      }
      if (key.isReadable()) {
        int read = connection.channel.read(connection.in);
        if (read < 0) {
          key.cancel();
          connection.channel.close();
          lost++;
          continue;
        }
        int status = connection.response();
        if (status > 0) {
          if (status == 200) {
            accepted++;
            acceptedPerRecipient[connection.recipient]++;
          } else {
            refused++;
            refusedByStatus.merge(status, 1L, Long::sum);
          }
          done.add(connection);
        }
      }
    }
    return done;
  }

  private void send(Connection connection, long now, long due) throws IOException {
    int recipient = random.nextInt(recipients.length);
    System.arraycopy(
        recipients[recipient], 0, connection.request, connection.toOffset, CLIENT_ID_CHARS);
    connection.recipient = recipient;
    connection.out.clear();
    connection.sentAt = now;
    connection.dueAt = due;
    connection.write();
  }

  /** Told by {@link #run} when its measurement window starts and ends. */
  interface Probe {
    void windowStarted();

    void windowEnded();
  }

  /**
   * What happened in a measurement window.
   *
   * @param seconds its length
   * @param accepted 200 responses read in it
   * @param refused other responses read in it
   * @param latencies write → response read of the responses read in it
   * @param fromDue due → response read of the same responses (= {@code latencies} in a closed loop)
   * @param lateSends requests sent more than 2 ms after they were due (fixed rate only)
   * @param maxSendDelayNanos the largest such delay
   * @param unsent requests due but not sent when the window ended (fixed rate only)
   */
  record Window(
      double seconds,
      long accepted,
      long refused,
      Latencies.Summary latencies,
      Latencies.Summary fromDue,
      long lateSends,
      long maxSendDelayNanos,
      int unsent) {

    /** 200 responses per second. */
    double acceptedPerSecond() {
      return accepted / seconds;
    }
  }

  /** Counters of the window in progress. */
  private static final class Tally {
    Latencies latencies;
    Latencies fromDue;
    long startedAt;
    long acceptedBefore;
    long refusedBefore;
    long lateSends;
    long maxSendDelay;

    void begin(long now, long accepted, long refused) {
      latencies = new Latencies();
      fromDue = new Latencies();
      startedAt = now;
      acceptedBefore = accepted;
      refusedBefore = refused;
    }

    void response(Connection connection, long readAt) {
      if (latencies != null) {
        latencies.add(readAt - connection.sentAt);
        fromDue.add(readAt - connection.dueAt);
      }
    }

    void sentLate(long delay) {
      if (latencies == null) {
        return;
      }
      if (delay > LATE_NANOS) {
        lateSends++;
      }
      maxSendDelay = Math.max(maxSendDelay, delay);
    }

    Window end(long now, long accepted, long refused, int unsent) {
      return new Window(
          (now - startedAt) / 1e9,
          accepted - acceptedBefore,
          refused - refusedBefore,
          latencies.summary(),
          fromDue.summary(),
          lateSends,
          maxSendDelay,
          unsent);
    }
  }

  /** One keep-alive connection with its request buffer and the response being read. */
  private static final class Connection {
    final SocketChannel channel;
    final byte[] request;
    final int toOffset;
    final ByteBuffer out;
    final ByteBuffer in = ByteBuffer.allocate(16 * 1024);
    SelectionKey key;
    int recipient;
    long sentAt;
    long dueAt;

    Connection(SocketChannel channel, byte[] request, int toOffset) {
      this.channel = channel;
      this.request = request;
      this.toOffset = toOffset;
      this.out = ByteBuffer.wrap(request);
    }

    void write() throws IOException {
      channel.write(out);
      key.interestOps(
          out.hasRemaining() ? SelectionKey.OP_READ | SelectionKey.OP_WRITE : SelectionKey.OP_READ);
    }

    /**
     * The status of the response in {@link #in} once it is complete (its bytes are then removed),
     * or 0 while it is not. Understands {@code Content-Length} and chunked bodies.
     */
    int response() {
      byte[] bytes = in.array();
      int length = in.position();
      int headEnd = indexOf(bytes, 0, length, CRLF_CRLF);
      if (headEnd < 0) {
        return 0;
      }
      int bodyStart = headEnd + CRLF_CRLF.length;
      int end;
      int contentLength = headerStart(bytes, headEnd, CONTENT_LENGTH);
      if (contentLength >= 0) {
        int bodyLength = 0;
        for (int i = contentLength; i < headEnd && bytes[i] != '\r'; i++) {
          if (bytes[i] >= '0' && bytes[i] <= '9') {
            bodyLength = bodyLength * 10 + (bytes[i] - '0');
          }
        }
        end = bodyStart + bodyLength;
      } else if (headerStart(bytes, headEnd, TRANSFER_ENCODING) >= 0) {
        int last = indexOf(bytes, bodyStart, length, LAST_CHUNK);
        end = last < 0 ? Integer.MAX_VALUE : last + LAST_CHUNK.length;
      } else {
        end = bodyStart;
      }
      if (end > length) {
        return 0;
      }
      // "HTTP/1.1 200 ..."
      int status = (bytes[9] - '0') * 100 + (bytes[10] - '0') * 10 + (bytes[11] - '0');
      in.flip().position(end);
      in.compact();
      return status;
    }

    /**
     * Where the value of the header {@code name} (lower case, with its colon) starts in the head
     * {@code bytes[0, headEnd)}, or -1 without it; the name is matched case-insensitively.
     */
    private static int headerStart(byte[] bytes, int headEnd, byte[] name) {
      for (int line = indexOf(bytes, 0, headEnd, CRLF) + 2;
          line > 1 && line < headEnd;
          line = indexOf(bytes, line, headEnd, CRLF) + 2) {
        int i = 0;
        while (i < name.length
            && line + i < headEnd
            && Character.toLowerCase(bytes[line + i]) == name[i]) {
          i++;
        }
        if (i == name.length) {
          return line + i;
        }
      }
      return -1;
    }
  }

  private static int indexOf(byte[] bytes, int from, int to, byte[] pattern) {
    outer:
    for (int i = from; i <= to - pattern.length; i++) {
      for (int j = 0; j < pattern.length; j++) {
        if (bytes[i + j] != pattern[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
