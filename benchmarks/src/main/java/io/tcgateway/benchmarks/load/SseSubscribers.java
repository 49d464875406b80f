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
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

/**
 * The subscribers of the load harness: one {@code GET /bridge/events} stream per list of client
 * ids, all read by one thread over non-blocking sockets. Each stream counts the {@code event:
 * message} frames with an {@code id:} line it receives (heartbeats are not counted) by scanning the
 * bytes of its chunked body; nothing else is parsed, so reading costs far less than the bridge's
 * writing.
 */
final class SseSubscribers implements AutoCloseable {
  /** The start of every relayed message frame (ADR 0005: LF line ends). */
  private static final byte[] MESSAGE_FRAME =
      "event: message\nid:".getBytes(StandardCharsets.US_ASCII);

  private static final int[] FALLBACK = fallback(MESSAGE_FRAME);

  /** Connections that are opening at once (below the server's accept backlog). */
  private static final int MAX_OPENING = 200;

  private final InetSocketAddress server;
  private final List<Stream> streams;
  private final Selector selector;
  private final ByteBuffer readBuffer = ByteBuffer.allocate(64 * 1024);
  private final Thread reader;
  private volatile boolean running = true;
  private volatile long delivered;
  private volatile int ready;
  private volatile int ended;
  private volatile String failure;

  // Reader thread only.
  private int nextToOpen;
  private int opening;

  private SseSubscribers(InetSocketAddress server, List<List<String>> clientIdsPerStream)
      throws IOException {
    this.server = server;
    this.streams = new ArrayList<>(clientIdsPerStream.size());
    for (List<String> clientIds : clientIdsPerStream) {
      streams.add(new Stream(request(server, clientIds)));
    }
    this.selector = Selector.open();
    this.reader = Thread.ofPlatform().name("sse-subscribers").daemon().unstarted(this::readAll);
  }

  /**
   * Opens one stream per list of client ids and waits until every stream has received its first
   * bytes (the bridge's first heartbeat, written once the subscription is registered).
   *
   * @throws IOException if a stream could not be opened, or not all were open within {@code
   *     timeout}
   */
  static SseSubscribers open(
      InetSocketAddress server, List<List<String>> clientIdsPerStream, Duration timeout)
      throws IOException, InterruptedException {
    SseSubscribers subscribers = new SseSubscribers(server, clientIdsPerStream);
    subscribers.reader.start();
    long deadline = System.nanoTime() + timeout.toNanos();
    while (subscribers.ready < subscribers.streams.size()) {
      if (subscribers.failure != null || System.nanoTime() > deadline) {
        String why =
            subscribers.failure != null
                ? subscribers.failure
                : "only %d of %d streams open after %s"
                    .formatted(subscribers.ready, subscribers.streams.size(), timeout);
        subscribers.close();
        throw new IOException(why);
      }
      Thread.sleep(20);
    }
    return subscribers;
  }

  /** Message frames received so far on all streams. */
  long delivered() {
    return delivered;
  }

  /**
   * Streams that ended after they had opened: the server closed or reset the connection, or ended
   * the response (its last chunk).
   */
  int ended() {
    return ended;
  }

  /** How many streams there are. */
  int size() {
    return streams.size();
  }

  /**
   * Message frames received by each stream, in the order of the lists given; after {@link #close}.
   */
  long[] deliveredPerStream() {
    if (reader.isAlive()) {
      throw new IllegalStateException("still reading: close first");
    }
    long[] counts = new long[streams.size()];
    for (int i = 0; i < counts.length; i++) {
      counts[i] = streams.get(i).messages;
    }
    return counts;
  }

  /** Stops reading and closes every stream. */
  @Override
  public void close() {
    running = false;
    selector.wakeup();
    try {
      reader.join(10_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    for (Stream stream : streams) {
      stream.closeQuietly();
    }
    try {
      selector.close();
    } catch (IOException ignored) {
      // nothing left to release
    }
  }

  private static byte[] request(InetSocketAddress server, List<String> clientIds) {
    return ("GET /bridge/events?client_id="
            + String.join(",", clientIds)
            + " HTTP/1.1\r\nHost: "
            + server.getHostString()
            + ":"
            + server.getPort()
            + "\r\nAccept: text/event-stream\r\n\r\n")
        .getBytes(StandardCharsets.US_ASCII);
  }

  private void readAll() {
    try {
      while (running) {
        openMore();
        selector.select(100);
        Iterator<SelectionKey> keys = selector.selectedKeys().iterator();
        while (keys.hasNext()) {
          SelectionKey key = keys.next();
          keys.remove();
          Stream stream = (Stream) key.attachment();
          try {
            handle(key, stream);
          } catch (IOException e) {
            fail(stream, "stream " + streams.indexOf(stream) + ": " + e);
          }
        }
      }
    } catch (IOException | RuntimeException e) {
      failure = "subscriber thread failed: " + e;
    }
  }

  private void openMore() throws IOException {
    while (opening < MAX_OPENING && nextToOpen < streams.size()) {
      Stream stream = streams.get(nextToOpen++);
      opening++;
      SocketChannel channel = SocketChannel.open();
      channel.configureBlocking(false);
      channel.setOption(StandardSocketOptions.TCP_NODELAY, true);
      stream.channel = channel;
      if (channel.connect(server)) {
        startRequest(stream, channel.register(selector, 0, stream));
      } else {
        channel.register(selector, SelectionKey.OP_CONNECT, stream);
      }
    }
  }

  private void handle(SelectionKey key, Stream stream) throws IOException {
    if (!key.isValid()) {
      return;
    }
    if (key.isConnectable()) {
      stream.channel.finishConnect();
      startRequest(stream, key);
      return;
    }
    if (key.isWritable()) {
      writeRequest(stream, key);
    }
    if (key.isValid() && key.isReadable()) {
      readBuffer.clear();
      int read = stream.channel.read(readBuffer);
      if (read < 0) {
        endOf(stream, key);
        return;
      }
      stream.accept(readBuffer.array(), read);
      if (stream.failure != null) {
        fail(stream, stream.failure);
        return;
      }
      if (stream.messages > stream.counted) {
        delivered = delivered + (stream.messages - stream.counted);
        stream.counted = stream.messages;
      }
      if (stream.bodyStarted && !stream.ready) {
        stream.ready = true;
        opening--;
        ready = ready + 1;
      }
      if (stream.lastChunk) {
        // The response ended on a kept-alive connection: the stream is over all the same.
        endOf(stream, key);
      }
    }
  }

  private void startRequest(Stream stream, SelectionKey key) throws IOException {
    stream.out = ByteBuffer.wrap(stream.request);
    writeRequest(stream, key);
  }

  private static void writeRequest(Stream stream, SelectionKey key) throws IOException {
    stream.channel.write(stream.out);
    key.interestOps(
        stream.out.hasRemaining()
            ? SelectionKey.OP_WRITE | SelectionKey.OP_READ
            : SelectionKey.OP_READ);
  }

  private void endOf(Stream stream, SelectionKey key) {
    key.cancel();
    stream.closeQuietly();
    if (stream.ready) {
      ended = ended + 1;
    } else {
      fail(stream, "stream " + streams.indexOf(stream) + " closed before it opened");
    }
  }

  private void fail(Stream stream, String why) {
    stream.closeQuietly();
    if (stream.ready) {
      ended = ended + 1;
    } else if (failure == null) {
      failure = why;
    }
  }

  /** KMP fallback table: the longest proper border of each prefix of {@code pattern}. */
  private static int[] fallback(byte[] pattern) {
    int[] table = new int[pattern.length];
    for (int i = 1, k = 0; i < pattern.length; i++) {
      while (k > 0 && pattern[i] != pattern[k]) {
        k = table[k - 1];
      }
      if (pattern[i] == pattern[k]) {
        k++;
      }
      table[i] = k;
    }
    return table;
  }

  /** One stream: the response head, then a chunked (or raw) body scanned for message frames. */
  private static final class Stream {
    private static final int HEAD_LIMIT = 16 * 1024;

    final byte[] request;
    SocketChannel channel;
    ByteBuffer out;
    String failure;
    boolean ready;
    long messages;
    long counted;

    private final byte[] head = new byte[HEAD_LIMIT];
    private int headLength;
    private boolean bodyStarted;
    private boolean lastChunk;
    private boolean inBody;
    private boolean chunked;
    private ChunkState chunkState = ChunkState.SIZE;
    private long chunkRemaining;
    private int matched;

    Stream(byte[] request) {
      this.request = request;
    }

    /** Takes {@code length} bytes just read. */
    void accept(byte[] bytes, int length) {
      int from = 0;
      if (!inBody) {
        from = readHead(bytes, length);
        if (from < 0) {
          return;
        }
      }
      if (chunked) {
        dechunk(bytes, from, length);
      } else {
        scan(bytes, from, length);
      }
    }

    /** Collects the head; the offset where the body starts in {@code bytes}, or -1. */
    private int readHead(byte[] bytes, int length) {
      for (int i = 0; i < length; i++) {
        if (headLength == HEAD_LIMIT) {
          failure = "response head longer than " + HEAD_LIMIT + " bytes";
          return -1;
        }
        head[headLength++] = bytes[i];
        if (headLength >= 4
            && head[headLength - 4] == '\r'
            && head[headLength - 3] == '\n'
            && head[headLength - 2] == '\r'
            && head[headLength - 1] == '\n') {
          String text = new String(head, 0, headLength, StandardCharsets.ISO_8859_1);
          if (!text.startsWith("HTTP/1.1 200")) {
            String body = new String(bytes, i + 1, length - i - 1, StandardCharsets.ISO_8859_1);
            failure =
                "GET /bridge/events answered "
                    + text.lines().findFirst().orElse("")
                    + " "
                    + body.substring(0, Math.min(body.length(), 300)).strip();
            return -1;
          }
          chunked = text.toLowerCase(Locale.ROOT).contains("transfer-encoding: chunked");
          inBody = true;
          return i + 1;
        }
      }
      return -1;
    }

    /** HTTP/1.1 chunked transfer coding: size line, data, CRLF; data goes to {@link #scan}. */
    private void dechunk(byte[] bytes, int from, int to) {
      int i = from;
      while (i < to) {
        byte b = bytes[i];
        switch (chunkState) {
          case SIZE -> {
            int digit = Character.digit(b, 16);
            if (digit >= 0) {
              chunkRemaining = chunkRemaining * 16 + digit;
            } else if (b == ';') {
              chunkState = ChunkState.EXTENSION;
            } else if (b == '\r') {
              chunkState = ChunkState.SIZE_LF;
            }
            i++;
          }
          case EXTENSION -> {
            if (b == '\r') {
              chunkState = ChunkState.SIZE_LF;
            }
            i++;
          }
          case SIZE_LF -> {
            chunkState = chunkRemaining == 0 ? ChunkState.TRAILER : ChunkState.DATA;
            lastChunk = chunkRemaining == 0;
            i++;
          }
          case DATA -> {
            int n = (int) Math.min(chunkRemaining, to - i);
            scan(bytes, i, i + n);
            i += n;
            chunkRemaining -= n;
            if (chunkRemaining == 0) {
              chunkState = ChunkState.DATA_CR;
            }
          }
          case DATA_CR -> {
            chunkState = ChunkState.DATA_LF;
            i++;
          }
          case DATA_LF -> {
            chunkState = ChunkState.SIZE;
            i++;
          }
          case TRAILER -> i = to;
        }
      }
    }

    /** Counts {@link #MESSAGE_FRAME} occurrences in body bytes, across reads. */
    private void scan(byte[] bytes, int from, int to) {
      if (to > from) {
        bodyStarted = true;
      }
      int m = matched;
      for (int i = from; i < to; i++) {
        byte b = bytes[i];
        while (m > 0 && MESSAGE_FRAME[m] != b) {
          m = FALLBACK[m - 1];
        }
        if (MESSAGE_FRAME[m] == b) {
          m++;
        }
        if (m == MESSAGE_FRAME.length) {
          messages++;
          m = FALLBACK[m - 1];
        }
      }
      matched = m;
    }

    void closeQuietly() {
      if (channel != null) {
        try {
          channel.close();
        } catch (IOException ignored) {
          // closing anyway
        }
      }
    }
  }

  private enum ChunkState {
    SIZE,
    EXTENSION,
    SIZE_LF,
    DATA,
    DATA_CR,
    DATA_LF,
    TRAILER
  }
}
