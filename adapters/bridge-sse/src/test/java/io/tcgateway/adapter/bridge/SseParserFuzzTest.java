package io.tcgateway.adapter.bridge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;

/**
 * Random bytes and mutated valid streams through the parser and the frame interpreter: nothing may
 * escape, every frame becomes a signal, and what is not a valid delivery is classified as malformed
 * (and so counted by the stream).
 */
class SseParserFuzzTest {
  private static final String VALID =
      "event: message\r\nid: 1756974843535448\r\ndata: {\"from\":\""
          + "ab".repeat(32)
          + "\",\"message\":\"AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8gISIjJCUmJygp\"}\r\n\r\n"
          + "event: heartbeat\n\n"
          + "event: message\ndata: heartbeat\n\n";

  @RepeatedTest(300)
  void neitherRandomNorMutatedStreamsEscapeAsExceptions(RepetitionInfo repetition) {
    SplittableRandom random = new SplittableRandom(repetition.getCurrentRepetition());
    byte[] input;
    if (repetition.getCurrentRepetition() % 2 == 0) {
      input = new byte[random.nextInt(4096)];
      random.nextBytes(input);
    } else {
      input = mutate(VALID.repeat(1 + random.nextInt(4)).getBytes(StandardCharsets.UTF_8), random);
    }
    List<BridgeSignal> signals = new ArrayList<>();
    int[] oversized = {0};
    SseParser parser =
        new SseParser(
            new SseParser.Listener() {
              @Override
              public void frame(SseFrame frame) {
                signals.add(BridgeFrames.interpret(frame));
              }

              @Override
              public void oversizedFrame() {
                oversized[0]++;
              }
            },
            1024,
            4096);
    assertThatCode(
            () -> {
              int at = 0;
              while (at < input.length) {
                int length = Math.min(input.length - at, 1 + random.nextInt(64));
                parser.feed(input, at, length);
                at += length;
              }
              parser.endOfStream();
            })
        .doesNotThrowAnyException();
    for (BridgeSignal signal : signals) {
      assertThat(signal).isNotNull();
      if (signal instanceof BridgeSignal.Delivery delivery) {
        assertThat(delivery.message().ciphertext().length()).isPositive();
      }
    }
  }

  private static byte[] mutate(byte[] valid, SplittableRandom random) {
    byte[] copy = valid.clone();
    int mutations = 1 + random.nextInt(8);
    for (int i = 0; i < mutations; i++) {
      int at = random.nextInt(copy.length);
      switch (random.nextInt(4)) {
        case 0 -> copy[at] = (byte) random.nextInt(256);
        case 1 -> copy[at] = (byte) "\r\n:{}\",".charAt(random.nextInt(7));
        case 2 -> copy[at] = '\n';
        default -> {
          byte[] shorter = new byte[at];
          System.arraycopy(copy, 0, shorter, 0, at);
          copy = shorter.length == 0 ? copy : shorter;
        }
      }
    }
    return copy;
  }
}
