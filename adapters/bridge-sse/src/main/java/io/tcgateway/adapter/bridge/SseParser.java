package io.tcgateway.adapter.bridge;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Incremental parser of a {@code text/event-stream} body (WHATWG HTML §9.2.6), fed with whatever
 * byte chunks the network delivers.
 *
 * <p>Lines end in CR, LF or CRLF — also when the CR and the LF arrive in different chunks. A line
 * {@code name: value} sets a field (one space after the colon is dropped), a line starting with
 * {@code :} is a comment, a blank line ends the frame. Only {@code event}, {@code data}, {@code id}
 * and {@code retry} are known; other names are ignored as the standard says. A UTF-8 BOM at the
 * very start is skipped. Memory is bounded: a line longer than {@code maxLineBytes} or a frame
 * longer than {@code maxFrameBytes} is discarded up to the next blank line and reported through
 * {@link Listener#oversizedFrame()}. Not thread-safe: one parser per stream.
 */
public final class SseParser {

  /** Receives what the parser finds; called on the thread that calls {@link #feed}. */
  public interface Listener {
    /** A frame ended (blank line) that had at least one field. */
    void frame(SseFrame frame);

    /** A comment line ({@code : text}); bridges send them as keep-alives. */
    default void comment(String text) {}

    /** A line or frame exceeded the limits and was discarded. */
    default void oversizedFrame() {}
  }

  private final Listener listener;
  private final int maxLineBytes;
  private final int maxFrameBytes;

  private final ByteArrayOutputStream line = new ByteArrayOutputStream(256);
  private final StringBuilder data = new StringBuilder();
  private String event;
  private String id;
  private Long retry;
  private boolean hasData;
  private boolean hasField;
  private int frameBytes;
  private boolean discarding;
  private boolean lineTooLong;
  private boolean afterCarriageReturn;
  private int bomBytesSeen;
  private boolean started;

  public SseParser(Listener listener, int maxLineBytes, int maxFrameBytes) {
    this.listener = Objects.requireNonNull(listener, "listener");
    if (maxLineBytes < 16 || maxFrameBytes < maxLineBytes) {
      throw new IllegalArgumentException(
          "limits too small: line " + maxLineBytes + ", frame " + maxFrameBytes);
    }
    this.maxLineBytes = maxLineBytes;
    this.maxFrameBytes = maxFrameBytes;
  }

  /** Parses the next {@code length} bytes of the body. */
  public void feed(byte[] chunk, int offset, int length) {
    Objects.checkFromIndexSize(offset, length, chunk.length);
    for (int i = offset; i < offset + length; i++) {
      byte b = chunk[i];
      if (!started) {
        if (skipBom(b)) {
          continue;
        }
      }
      if (afterCarriageReturn) {
        afterCarriageReturn = false;
        if (b == '\n') {
          continue; // the LF of a CRLF
        }
      }
      if (b == '\r') {
        afterCarriageReturn = true;
        endLine();
      } else if (b == '\n') {
        endLine();
      } else if (line.size() < maxLineBytes) {
        line.write(b);
      } else {
        lineTooLong = true;
      }
    }
  }

  /** Parses a whole chunk. */
  public void feed(byte[] chunk) {
    feed(chunk, 0, chunk.length);
  }

  /**
   * The body ended. A frame without its closing blank line is dropped, as the standard says (it may
   * be cut off mid-way); returns whether something was pending.
   */
  public boolean endOfStream() {
    boolean pending = hasField || line.size() > 0 || discarding;
    resetFrame();
    line.reset();
    return pending;
  }

  // UTF-8 BOM EF BB BF; anything else at the start ends the BOM check.
  private boolean skipBom(byte b) {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    if (b == bom[bomBytesSeen]) {
      bomBytesSeen++;
      if (bomBytesSeen == bom.length) {
        started = true;
      }
      return true;
    }
    started = true;
    for (int k = 0; k < bomBytesSeen; k++) { // a partial BOM was real content
      line.write(bom[k]);
    }
    return false;
  }

  private void endLine() {
    started = true;
    int length = line.size();
    if (lineTooLong) {
      lineTooLong = false;
      line.reset();
      startDiscarding();
      return;
    }
    if (length == 0) {
      dispatch();
      return;
    }
    frameBytes += length + 1;
    if (frameBytes > maxFrameBytes) {
      line.reset();
      startDiscarding();
      return;
    }
    if (discarding) {
      line.reset();
      return;
    }
    String text = line.toString(StandardCharsets.UTF_8);
    line.reset();
    processLine(text);
  }

  private void processLine(String text) {
    if (text.charAt(0) == ':') {
      listener.comment(text.substring(1).stripLeading());
      return;
    }
    int colon = text.indexOf(':');
    String name;
    String value;
    if (colon < 0) {
      name = text;
      value = "";
    } else {
      name = text.substring(0, colon);
      int start = colon + 1;
      if (start < text.length() && text.charAt(start) == ' ') {
        start++;
      }
      value = text.substring(start);
    }
    switch (name) {
      case "event" -> {
        event = value;
        hasField = true;
      }
      case "data" -> {
        if (hasData) {
          data.append('\n');
        }
        data.append(value);
        hasData = true;
        hasField = true;
      }
      case "id" -> {
        if (value.indexOf('\0') < 0) { // the standard ignores ids containing NUL
          id = value;
          hasField = true;
        }
      }
      case "retry" -> {
        if (!value.isEmpty()
            && value.length() <= 10
            && value.chars().allMatch(Character::isDigit)) {
          retry = Long.parseLong(value);
          hasField = true;
        }
      }
      default -> {
        // unknown field: ignored (WHATWG), but it still belongs to this frame
      }
    }
  }

  private void startDiscarding() {
    if (!discarding) {
      discarding = true;
      listener.oversizedFrame();
    }
  }

  private void dispatch() {
    boolean wasDiscarding = discarding;
    boolean any = hasField;
    SseFrame frame =
        any && !wasDiscarding
            ? new SseFrame(
                event == null || event.isEmpty() ? "message" : event,
                data.toString(),
                hasData,
                Optional.ofNullable(id),
                retry == null ? OptionalLong.empty() : OptionalLong.of(retry))
            : null;
    resetFrame();
    if (frame != null) {
      listener.frame(frame);
    }
  }

  private void resetFrame() {
    data.setLength(0);
    event = null;
    id = null;
    retry = null;
    hasData = false;
    hasField = false;
    frameBytes = 0;
    discarding = false;
    lineTooLong = false;
  }
}
