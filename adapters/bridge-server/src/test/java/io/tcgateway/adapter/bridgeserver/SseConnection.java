package io.tcgateway.adapter.bridgeserver;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A test client's view of one SSE response: its status and headers, and its body split into frames
 * (the lines up to a blank line) by a reader thread. The end of the body and read errors are
 * reported in order after the last frame.
 */
final class SseConnection implements AutoCloseable {
  /** One SSE frame: its lines without the terminating blank line. */
  record Frame(List<String> lines) {
    String field(String name) {
      for (String line : lines) {
        if (line.startsWith(name + ": ")) {
          return line.substring(name.length() + 2);
        }
      }
      return null;
    }

    boolean isHeartbeat() {
      return "heartbeat".equals(field("event")) || "heartbeat".equals(field("data"));
    }

    boolean isMessage() {
      return "message".equals(field("event")) && field("id") != null;
    }

    long id() {
      return Long.parseLong(field("id"));
    }
  }

  /** What the reader saw after the last frame. */
  enum End {
    CLEAN,
    ERROR
  }

  private final HttpResponse<InputStream> response;
  private final BlockingQueue<Object> events = new LinkedBlockingQueue<>();
  private final Thread reader;
  private volatile String rawBody;

  SseConnection(HttpResponse<InputStream> response) {
    this.response = response;
    this.reader = Thread.ofVirtual().start(this::read);
  }

  int status() {
    return response.statusCode();
  }

  HttpResponse<InputStream> response() {
    return response;
  }

  private void read() {
    StringBuilder raw = new StringBuilder();
    try (BufferedReader lines =
        new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
      List<String> frame = new ArrayList<>();
      String line;
      while ((line = lines.readLine()) != null) {
        raw.append(line).append('\n');
        if (line.isEmpty()) {
          if (!frame.isEmpty()) {
            events.add(new Frame(List.copyOf(frame)));
            frame.clear();
          }
        } else {
          frame.add(line);
        }
      }
      rawBody = raw.toString();
      events.add(End.CLEAN);
    } catch (IOException e) {
      rawBody = raw.toString();
      events.add(End.ERROR);
    }
  }

  /** The next frame within {@code timeout}; fails on timeout or end of stream. */
  Frame next(Duration timeout) throws InterruptedException {
    Object event = events.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
    if (event instanceof Frame frame) {
      return frame;
    }
    throw new AssertionError("expected a frame, got " + (event == null ? "nothing" : event));
  }

  /** The next message frame within {@code timeout}, skipping heartbeats. */
  Frame nextMessage(Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      long left = deadline - System.nanoTime();
      Frame frame = next(Duration.ofNanos(Math.max(left, 1)));
      if (!frame.isHeartbeat()) {
        return frame;
      }
    }
  }

  /** Asserts that no message frame arrives within {@code quiet}. */
  void assertNoMessage(Duration quiet) throws InterruptedException {
    long deadline = System.nanoTime() + quiet.toNanos();
    while (true) {
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        return;
      }
      Object event = events.poll(left, TimeUnit.NANOSECONDS);
      if (event instanceof Frame frame && !frame.isHeartbeat()) {
        throw new AssertionError("unexpected frame " + frame);
      }
      if (event instanceof End end) {
        throw new AssertionError("stream ended: " + end);
      }
    }
  }

  /** Waits for the end of the body, skipping frames; null on timeout. */
  End awaitEnd(Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        return null;
      }
      Object event = events.poll(left, TimeUnit.NANOSECONDS);
      if (event instanceof End end) {
        return end;
      }
    }
  }

  /** The whole body read so far, once the stream has ended. */
  String rawBody() {
    return rawBody;
  }

  @Override
  public void close() {
    try {
      response.body().close();
    } catch (IOException ignored) {
      // the stream is being abandoned
    }
    reader.interrupt();
  }
}
