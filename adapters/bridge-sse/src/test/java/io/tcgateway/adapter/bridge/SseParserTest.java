package io.tcgateway.adapter.bridge;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SseParserTest {
  private final List<SseFrame> frames = new ArrayList<>();
  private final List<String> comments = new ArrayList<>();
  private int oversized;
  private final SseParser parser =
      new SseParser(
          new SseParser.Listener() {
            @Override
            public void frame(SseFrame frame) {
              frames.add(frame);
            }

            @Override
            public void comment(String text) {
              comments.add(text);
            }

            @Override
            public void oversizedFrame() {
              oversized++;
            }
          },
          64,
          256);

  private void feed(String text) {
    parser.feed(text.getBytes(StandardCharsets.UTF_8));
  }

  @ParameterizedTest
  @ValueSource(strings = {"\n", "\r\n", "\r"})
  void readsTheReferenceBridgesMessageFrameWithAnyLineEnd(String end) {
    feed("event: message" + end + "id: 17" + end + "data: {\"from\":\"ab\"}" + end + end);
    assertThat(frames).hasSize(1);
    SseFrame frame = frames.get(0);
    assertThat(frame.event()).isEqualTo("message");
    assertThat(frame.id()).contains("17");
    assertThat(frame.data()).isEqualTo("{\"from\":\"ab\"}");
    assertThat(frame.hasData()).isTrue();
  }

  @Test
  void crlfSplitAcrossChunksIsOneLineEnd() {
    feed("data: a\r");
    feed("\ndata: b\r");
    feed("\n\r");
    feed("\n");
    assertThat(frames).singleElement().extracting(SseFrame::data).isEqualTo("a\nb");
  }

  @Test
  void everyByteInItsOwnChunkGivesTheSameFrames() {
    String stream = "event: message\r\nid: 5\r\ndata: x\r\n\r\nevent: heartbeat\r\n\r\n";
    for (byte b : stream.getBytes(StandardCharsets.UTF_8)) {
      parser.feed(new byte[] {b});
    }
    assertThat(frames).extracting(SseFrame::event).containsExactly("message", "heartbeat");
  }

  @Test
  void legacyHeartbeatIsAFrameWithoutData() {
    feed("event: heartbeat\n\n");
    assertThat(frames)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.event()).isEqualTo("heartbeat");
              assertThat(f.hasData()).isFalse();
            });
  }

  @Test
  void multiLineDataIsJoinedWithNewlines() {
    feed("data: one\ndata:two\ndata\n\n");
    assertThat(frames.get(0).data()).isEqualTo("one\ntwo\n");
  }

  @Test
  void commentsAreReportedAndDoNotMakeFrames() {
    feed(": keep-alive\n\n");
    assertThat(frames).isEmpty();
    assertThat(comments).containsExactly("keep-alive");
  }

  @Test
  void retryAndUnknownFields() {
    feed("retry: 1500\nfoo: bar\ndata: x\n\nretry: soon\ndata: y\n\n");
    assertThat(frames.get(0).retry()).hasValue(1500);
    assertThat(frames.get(1).retry()).isEmpty();
  }

  @Test
  void skipsALeadingByteOrderMark() {
    parser.feed(new byte[] {(byte) 0xEF, (byte) 0xBB});
    parser.feed(new byte[] {(byte) 0xBF});
    feed("data: x\n\n");
    assertThat(frames).singleElement().extracting(SseFrame::data).isEqualTo("x");
  }

  @Test
  void aFrameCutOffByTheEndOfTheStreamIsDropped() {
    feed("event: message\nid: 9\ndata: {\"fr");
    assertThat(parser.endOfStream()).isTrue();
    assertThat(frames).isEmpty();
    feed("data: next\n\n");
    assertThat(frames).singleElement().extracting(SseFrame::data).isEqualTo("next");
  }

  @Test
  void overlongLinesAndFramesAreDiscardedUpToTheNextBlankLine() {
    feed("data: " + "x".repeat(100) + "\nid: 1\n\n");
    feed("data: " + "y".repeat(50) + "\n" + ("data: " + "z".repeat(50) + "\n").repeat(5) + "\n");
    feed("data: ok\n\n");
    assertThat(oversized).isEqualTo(2);
    assertThat(frames).singleElement().extracting(SseFrame::data).isEqualTo("ok");
  }

  @Test
  void idWithNulIsIgnored() {
    feed("id: a\u0000b\ndata: x\n\n");
    assertThat(frames.get(0).id()).isEmpty();
  }

  @Test
  void eventNameDefaultsToMessage() {
    feed("data: x\n\nevent:\ndata: y\n\n");
    assertThat(frames).extracting(SseFrame::event).containsExactly("message", "message");
  }
}
