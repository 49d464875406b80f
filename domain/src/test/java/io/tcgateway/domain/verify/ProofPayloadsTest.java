package io.tcgateway.domain.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.SplittableRandom;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;

class ProofPayloadsTest {
  private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");
  private static final byte[] KEY =
      "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
  private final ProofPayloads payloads = new ProofPayloads(KEY);
  private final SplittableRandom random = new SplittableRandom(9);

  @Test
  void anIssuedPayloadIsShortAsciiAndSafeInLinks() {
    ProofPayloads.Issued issued = payloads.issue(NOW, Duration.ofMinutes(20), random);
    assertThat(issued.payload()).hasSize(ProofPayloads.PAYLOAD_LENGTH).matches("[A-Za-z0-9_-]+");
    assertThat(issued.payload().getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(128);
    assertThat(issued.expiresAt()).isEqualTo(NOW.plus(Duration.ofMinutes(20)));
  }

  @Test
  void ourUnexpiredPayloadIsGenuineWithAStableId() {
    ProofPayloads.Issued issued = payloads.issue(NOW, Duration.ofMinutes(20), random);
    ProofPayloads.Check check = payloads.check(issued.payload(), NOW.plusSeconds(60));
    assertThat(check)
        .isInstanceOfSatisfying(
            ProofPayloads.Check.Genuine.class,
            genuine -> {
              assertThat(genuine.id()).hasSize(32);
              assertThat(genuine.expiresAt()).isEqualTo(issued.expiresAt());
              assertThat(payloads.check(issued.payload(), NOW)).isEqualTo(genuine);
            });
    assertThat(payloads.issue(NOW, Duration.ofMinutes(20), random).payload())
        .isNotEqualTo(issued.payload());
  }

  @Test
  void anExpiredPayloadIsRejected() {
    ProofPayloads.Issued issued = payloads.issue(NOW, Duration.ofMinutes(20), random);
    assertThat(payloads.check(issued.payload(), issued.expiresAt()))
        .isInstanceOf(ProofPayloads.Check.Rejected.class);
  }

  @Test
  void aPayloadSignedWithAnotherKeyOrAlteredIsRejected() {
    ProofPayloads.Issued issued = payloads.issue(NOW, Duration.ofMinutes(20), random);
    ProofPayloads other =
        new ProofPayloads("another key, 32 bytes long......".getBytes(StandardCharsets.US_ASCII));
    assertThat(other.check(issued.payload(), NOW)).isInstanceOf(ProofPayloads.Check.Rejected.class);
    char[] chars = issued.payload().toCharArray();
    chars[5] = chars[5] == 'A' ? 'B' : 'A'; // inside the expiry field
    assertThat(payloads.check(new String(chars), NOW))
        .isInstanceOfSatisfying(
            ProofPayloads.Check.Rejected.class,
            r -> assertThat(r.reason()).isEqualTo(RejectionReason.PAYLOAD_NOT_ACCEPTED));
  }

  @RepeatedTest(200)
  void anyTextIsAnsweredWithoutAnException(RepetitionInfo info) {
    SplittableRandom fuzz = new SplittableRandom(info.getCurrentRepetition());
    StringBuilder text = new StringBuilder();
    int length = fuzz.nextInt(3) == 0 ? ProofPayloads.PAYLOAD_LENGTH : fuzz.nextInt(200);
    for (int i = 0; i < length; i++) {
      text.append((char) (32 + fuzz.nextInt(95)));
    }
    assertThat(payloads.check(text.toString(), NOW))
        .isInstanceOf(ProofPayloads.Check.Rejected.class);
  }

  @Test
  void printingNeverShowsTheKey() {
    assertThat(payloads.toString()).doesNotContain("0123456789abcdef");
  }
}
