package io.tcgateway.adapter.http;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Reads a {@code text/event-stream} response line by line on a virtual thread, as raw frames
 * (comments kept), so tests see exactly what went over the wire.
 */
final class SseClient implements AutoCloseable {
  /** One frame: its comment lines and fields, in order. */
  record Frame(List<String> comments, String id, String event, String data) {
    boolean isComment() {
      return id == null && event == null && data == null;
    }
  }

  private static final Frame END = new Frame(List.of(), null, null, null);

  private final BlockingQueue<Frame> frames = new LinkedBlockingQueue<>();
  private final HttpResponse<Stream<String>> response;
  private final Thread reader;

  private SseClient(HttpResponse<Stream<String>> response) {
    this.response = response;
    this.reader = Thread.ofVirtual().start(this::read);
  }

  static SseClient open(Api api, String path, String... headers) {
    HttpRequest.Builder request = api.request(path).header("Accept", "text/event-stream");
    for (int i = 0; i < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    try {
      return new SseClient(
          api.client().send(request.GET().build(), HttpResponse.BodyHandlers.ofLines()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  int status() {
    return response.statusCode();
  }

  String header(String name) {
    return response.headers().firstValue(name).orElse(null);
  }

  private void read() {
    List<String> comments = new ArrayList<>();
    String[] fields = new String[3];
    try (Stream<String> lines = response.body()) {
      lines.forEach(
          line -> {
            if (line.isEmpty()) {
              frames.add(new Frame(List.copyOf(comments), fields[0], fields[1], fields[2]));
              comments.clear();
              fields[0] = fields[1] = fields[2] = null;
            } else if (line.startsWith(":")) {
              comments.add(line.substring(1).trim());
            } else if (line.startsWith("id: ")) {
              fields[0] = line.substring(4);
            } else if (line.startsWith("event: ")) {
              fields[1] = line.substring(7);
            } else if (line.startsWith("data: ")) {
              fields[2] = line.substring(6);
            } else {
              frames.add(new Frame(List.of("unexpected line: " + line), null, null, null));
            }
          });
    } catch (UncheckedIOException e) {
      // closed by the test, or the server went away
    } finally {
      frames.add(END);
    }
  }

  /** The next event that is not a comment, or null if none comes within {@code timeout}. */
  Frame nextEvent(Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      Frame frame = next(Duration.ofNanos(Math.max(0, deadline - System.nanoTime())));
      if (frame == null || frame == END) {
        return null;
      }
      if (!frame.isComment()) {
        return frame;
      }
    }
  }

  /** The next frame of any kind, {@link #END} at the end, or null on timeout. */
  Frame next(Duration timeout) {
    try {
      return frames.poll(timeout.toNanos(), TimeUnit.NANOSECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  /** Waits until the server ends the stream; false if it has not within {@code timeout}. */
  boolean awaitEnd(Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      Frame frame = next(Duration.ofMillis(50));
      if (frame == END) {
        return true;
      }
    }
    return false;
  }

  static boolean isEnd(Frame frame) {
    return frame == END;
  }

  @Override
  public void close() {
    reader.interrupt();
    response.body().close();
  }
}
