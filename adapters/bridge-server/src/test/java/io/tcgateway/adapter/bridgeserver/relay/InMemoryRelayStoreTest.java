package io.tcgateway.adapter.bridgeserver.relay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tcgateway.domain.crypto.SessionPublicKey;
import io.tcgateway.testkit.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.junit.jupiter.api.Test;

class InMemoryRelayStoreTest {
  private static final Instant START = Instant.parse("2026-01-01T00:00:00.000123Z");
  private static final SessionPublicKey A = RelayTest.key(1);
  private static final SessionPublicKey B = RelayTest.key(2);
  private static final SessionPublicKey C = RelayTest.key(3);

  private final MutableClock clock = new MutableClock(START);
  private final InMemoryRelayStore store = new InMemoryRelayStore(clock, 3);

  private Envelope to(SessionPublicKey recipient, Duration ttl) {
    return new Envelope(A, recipient, "AAAA", Optional.empty(), clock.instant().plus(ttl));
  }

  private Envelope to(SessionPublicKey recipient) {
    return to(recipient, Duration.ofMinutes(5));
  }

  @Test
  void firstEventIdIsTheStartTimeInMicroseconds() {
    long micros = START.getEpochSecond() * 1_000_000 + 123;

    assertThat(store.append(to(B)).eventId()).isEqualTo(micros);
    assertThat(store.append(to(C)).eventId()).isEqualTo(micros + 1);
  }

  @Test
  void firstIdContinuesAfterTheLastIssuedWhenTheClockIsBehind() {
    assertThat(EventIds.firstId(START, 5)).isEqualTo(START.getEpochSecond() * 1_000_000 + 123);
    assertThat(EventIds.firstId(START, Long.MAX_VALUE - 1)).isEqualTo(Long.MAX_VALUE);
    assertThat(EventIds.firstId(Instant.EPOCH, 0)).isEqualTo(1);
  }

  @Test
  void aFullRecipientBufferEvictsItsOldestMessage() {
    List<Long> ids = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      ids.add(store.append(to(B)).eventId());
    }
    store.append(to(C));

    assertThat(store.since(Set.of(B), OptionalLong.empty(), clock.instant()))
        .extracting(BufferedMessage::eventId)
        .containsExactlyElementsOf(ids.subList(2, 5));
    assertThat(store.bufferedCount()).isEqualTo(4);
  }

  @Test
  void sinceSkipsAndDropsExpiredMessages() {
    store.append(to(B, Duration.ofSeconds(1)));
    BufferedMessage kept = store.append(to(B, Duration.ofSeconds(10)));
    clock.advance(Duration.ofSeconds(1));

    assertThat(store.since(Set.of(B), OptionalLong.empty(), clock.instant())).containsExactly(kept);
    assertThat(store.bufferedCount()).isEqualTo(1);
  }

  @Test
  void listenersGetAppendsForTheirRecipientsUntilCancelled() {
    List<BufferedMessage> got = new ArrayList<>();
    RelayStore.Registration registration = store.listen(Set.of(B, C), got::add);
    BufferedMessage toB = store.append(to(B));
    store.append(to(A));
    BufferedMessage toC = store.append(to(C));
    registration.cancel();
    store.append(to(B));

    assertThat(got).containsExactly(toB, toC);
  }

  @Test
  void rejectsANonPositiveBufferSize() {
    assertThatThrownBy(() -> new InMemoryRelayStore(clock, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("maxMessagesPerRecipient");
  }
}
