package io.tcgateway.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.tcgateway.application.port.out.BridgeCursorStore;
import io.tcgateway.domain.bridge.BridgeEventId;
import io.tcgateway.domain.bridge.BridgeUrl;
import io.tcgateway.domain.crypto.SessionPublicKey;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link BridgeCursorStore} must do: one cursor per (bridge, client id), advanced for
 * many client ids at once, never backwards where both ids are decimal (compared as int64 numbers,
 * not as text or floating point), replaced by any other id, and forgotten idempotently. Extend it
 * and return a fresh, empty store from {@link #newStore()}; PostgreSQL and Redis subclasses fail
 * when their service is unreachable.
 */
public abstract class BridgeCursorStoreContract {
  protected static final BridgeUrl BRIDGE = BridgeUrl.parse("https://bridge.example/bridge");
  protected static final BridgeUrl OTHER_BRIDGE = BridgeUrl.parse("https://other.example/bridge");
  protected static final SessionPublicKey A = SessionPublicKey.parse("0a".repeat(32));
  protected static final SessionPublicKey B = SessionPublicKey.parse("0b".repeat(32));
  protected static final SessionPublicKey C = SessionPublicKey.parse("0c".repeat(32));

  protected BridgeCursorStore store;

  /** A fresh store with no cursors. */
  protected abstract BridgeCursorStore newStore();

  @BeforeEach
  void createStore() {
    store = newStore();
  }

  private void advance(SessionPublicKey clientId, String eventId) {
    store.advance(BRIDGE, List.of(clientId), new BridgeEventId(eventId));
  }

  private String cursor(SessionPublicKey clientId) {
    return store.find(BRIDGE, clientId).map(BridgeEventId::value).orElse(null);
  }

  @Test
  void noCursorIsStoredAtFirst() {
    assertThat(store.find(BRIDGE, A)).isEmpty();
  }

  @Test
  void advanceStoresTheCursorOfEveryClientIdGiven() {
    store.advance(BRIDGE, List.of(A, B, C), BridgeEventId.of(1_763_805_600_000_001L));
    assertThat(store.find(BRIDGE, A)).contains(BridgeEventId.of(1_763_805_600_000_001L));
    assertThat(store.find(BRIDGE, B)).contains(BridgeEventId.of(1_763_805_600_000_001L));
    assertThat(store.find(BRIDGE, C)).contains(BridgeEventId.of(1_763_805_600_000_001L));
  }

  @Test
  void advancingNoClientIdChangesNothing() {
    store.advance(BRIDGE, List.of(), BridgeEventId.of(5));
    assertThat(store.find(BRIDGE, A)).isEmpty();
  }

  @Test
  void aDecimalCursorNeverMovesBackwards() {
    advance(A, "10");
    advance(A, "7");
    assertThat(cursor(A)).isEqualTo("10");
    advance(A, "10");
    assertThat(cursor(A)).isEqualTo("10");
    advance(A, "12");
    assertThat(cursor(A)).isEqualTo("12");
    advance(A, "-3");
    assertThat(cursor(A)).isEqualTo("12");
  }

  @Test
  void decimalIdsCompareAsNumbersNotAsText() {
    advance(A, "9");
    advance(A, "10");
    assertThat(cursor(A)).as("10 > 9, though \"10\" < \"9\" as text").isEqualTo("10");
    advance(A, "100");
    advance(A, "99");
    assertThat(cursor(A)).as("99 < 100, though \"99\" > \"100\" as text").isEqualTo("100");
  }

  @Test
  void decimalIdsCompareExactlyBeyondTheDoublePrecision() {
    // 2^53 + 1 and 2^53 are the same double: a store comparing through doubles (Lua, JSON) fails.
    advance(A, "9007199254740993");
    advance(A, "9007199254740992");
    assertThat(cursor(A)).isEqualTo("9007199254740993");
    advance(B, Long.toString(Long.MAX_VALUE));
    advance(B, Long.toString(Long.MAX_VALUE - 1));
    assertThat(cursor(B)).isEqualTo(Long.toString(Long.MAX_VALUE));
  }

  @Test
  void anIdThatIsNotDecimalReplacesTheCursorAndIsReplacedByAnyOther() {
    advance(A, "100");
    advance(A, "abc-1");
    assertThat(cursor(A)).isEqualTo("abc-1");
    advance(A, "5");
    assertThat(cursor(A)).as("the stored id is not decimal: no order").isEqualTo("5");
    advance(A, "0f3a");
    assertThat(cursor(A)).isEqualTo("0f3a");
    advance(A, "0e3a");
    assertThat(cursor(A)).isEqualTo("0e3a");
    // 20 digits do not fit an int64: not decimal in the port's sense, so it replaces.
    advance(B, "9000000000000000000");
    advance(B, "10000000000000000000");
    advance(B, "1");
    assertThat(cursor(B)).isEqualTo("1");
  }

  @Test
  void advancingManyIdsAtOnceKeepsEachCursorThatIsAhead() {
    advance(A, "10");
    advance(B, "3");
    store.advance(BRIDGE, List.of(A, B, C), BridgeEventId.of(7));
    assertThat(cursor(A)).isEqualTo("10");
    assertThat(cursor(B)).isEqualTo("7");
    assertThat(cursor(C)).isEqualTo("7");
  }

  @Test
  void cursorsArePerBridgeAndClientId() {
    advance(A, "5");
    assertThat(store.find(OTHER_BRIDGE, A)).isEmpty();
    assertThat(store.find(BRIDGE, B)).isEmpty();
    store.advance(OTHER_BRIDGE, List.of(A), BridgeEventId.of(3));
    assertThat(store.find(OTHER_BRIDGE, A)).contains(BridgeEventId.of(3));
    assertThat(cursor(A)).isEqualTo("5");
    store.remove(OTHER_BRIDGE, A);
    assertThat(store.find(OTHER_BRIDGE, A)).isEmpty();
    assertThat(cursor(A)).isEqualTo("5");
  }

  @Test
  void removeForgetsTheCursorAndIsIdempotent() {
    advance(A, "50");
    advance(B, "50");
    store.remove(BRIDGE, A);
    assertThat(store.find(BRIDGE, A)).isEmpty();
    store.remove(BRIDGE, A);
    store.remove(BRIDGE, C);
    assertThat(store.find(BRIDGE, A)).isEmpty();
    assertThat(cursor(B)).isEqualTo("50");
    // Forgotten means forgotten: a lower id is taken afterwards.
    advance(A, "2");
    assertThat(cursor(A)).isEqualTo("2");
  }

  @Test
  void ofConcurrentAdvancesTheHighestIdStays() throws Exception {
    List<Long> ids = new ArrayList<>();
    for (long id = 1; id <= 200; id++) {
      ids.add(1_763_805_600_000_000L + id);
    }
    Collections.shuffle(ids, new Random(5));
    int racers = 8;
    Race.run(
        racers,
        racer -> {
          for (int i = racer; i < ids.size(); i += racers) {
            store.advance(BRIDGE, List.of(A, B), BridgeEventId.of(ids.get(i)));
          }
        });
    assertThat(store.find(BRIDGE, A)).contains(BridgeEventId.of(1_763_805_600_000_200L));
    assertThat(store.find(BRIDGE, B)).contains(BridgeEventId.of(1_763_805_600_000_200L));
  }
}
