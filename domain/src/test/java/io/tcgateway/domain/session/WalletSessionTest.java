package io.tcgateway.domain.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tcgateway.domain.bridge.BridgeUrl;
import io.tcgateway.domain.bytes.Hex;
import io.tcgateway.domain.crypto.SessionKeyPair;
import io.tcgateway.domain.crypto.SessionPublicKey;
import io.tcgateway.domain.protocol.DeviceInfo;
import io.tcgateway.domain.protocol.RequestId;
import io.tcgateway.domain.protocol.TonAddressReply;
import io.tcgateway.domain.ton.Address;
import io.tcgateway.domain.ton.Network;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class WalletSessionTest {
  private static final Instant T0 = Instant.parse("2026-11-22T10:00:00Z");
  private static final BridgeUrl BRIDGE = BridgeUrl.parse("https://bridge.example/bridge");
  private final SplittableRandom random = new SplittableRandom(1);
  private final SessionKeyPair keys = SessionKeyPair.generate(random);

  private WalletSession pending() {
    PendingConnection connection =
        new PendingConnection(
            "tc://?v=2",
            Map.of(),
            List.of(BRIDGE),
            Optional.empty(),
            Optional.of("payload"),
            Optional.of(Network.MAINNET),
            Set.of("SendTransaction"),
            T0.plusSeconds(300));
    return WalletSession.pending(
        SessionId.random(random), SessionOwner.http("alice"), keys, connection, T0);
  }

  static ConnectedWallet wallet(DeviceInfo device) {
    return new ConnectedWallet(
        SessionPublicKey.parse("ab".repeat(32)),
        BRIDGE,
        device,
        new TonAddressReply(
            Address.parse("0:" + "11".repeat(32)),
            Network.MAINNET,
            Optional.empty(),
            Optional.empty()),
        Optional.empty());
  }

  private static DeviceInfo device() {
    return new DeviceInfo("ios", "tonkeeper", "5.0", 2, List.of());
  }

  @Test
  void aNewSessionIsPendingWithItsKeyAsClientId() {
    WalletSession session = pending();
    assertThat(session.state()).isInstanceOf(SessionState.Pending.class);
    assertThat(session.clientId()).isEqualTo(keys.publicKey());
    assertThat(session.version()).isZero();
    assertThat(session.nextRequestId()).isZero();
    assertThat(session.lastWalletEventId()).isEqualTo(-1);
    assertThat(session.pendingConnection()).isPresent();
    assertThat(session.wallet()).isEmpty();
  }

  @Test
  void connectingRemembersTheEventIdAndBumpsTheVersion() {
    WalletSession connected = pending().connected(wallet(device()), 7, T0.plusSeconds(3));
    assertThat(connected.wallet()).isPresent();
    assertThat(connected.lastWalletEventId()).isEqualTo(7);
    assertThat(connected.version()).isEqualTo(1);
    assertThat(connected.updatedAt()).isEqualTo(T0.plusSeconds(3));
    assertThat(connected.createdAt()).isEqualTo(T0);
    assertThat(connected.isNewWalletEvent(7)).isFalse();
    assertThat(connected.isNewWalletEvent(8)).isTrue();
  }

  @Test
  void requestIdsStrictlyIncreaseAndComeFromTheStoredValue() {
    WalletSession session = pending().connected(wallet(device()), 1, T0);
    WalletSession.IssuedRequestId first = session.issueRequestId(T0);
    WalletSession.IssuedRequestId second = first.session().issueRequestId(T0);
    assertThat(first.requestId()).isEqualTo(new RequestId(0));
    assertThat(second.requestId()).isEqualTo(new RequestId(1));
    assertThat(second.session().nextRequestId()).isEqualTo(2);
    // Issuing again from the old value gives the same id: callers must store before sending.
    assertThat(session.issueRequestId(T0).requestId()).isEqualTo(first.requestId());
  }

  @Test
  void onlyPendingSessionsConnectFailOrExpire() {
    WalletSession connected = pending().connected(wallet(device()), 1, T0);
    assertThatThrownBy(() -> connected.connected(wallet(device()), 2, T0))
        .isInstanceOf(SessionStateException.class);
    assertThatThrownBy(() -> connected.expired(T0)).isInstanceOf(SessionStateException.class);
    WalletSession failed = pending().failed("wallet-300", "user declined", T0);
    assertThat(failed.state())
        .isEqualTo(new SessionState.Failed("wallet-300", "user declined", T0));
    assertThatThrownBy(() -> failed.failed("x", "y", T0)).isInstanceOf(SessionStateException.class);
    assertThatThrownBy(() -> pending().issueRequestId(T0))
        .isInstanceOf(SessionStateException.class);
  }

  @Test
  void walletEventIdsOnlyMoveForward() {
    WalletSession session = pending().connected(wallet(device()), 5, T0);
    assertThat(session.walletEventSeen(3, T0).lastWalletEventId()).isEqualTo(5);
    assertThat(session.walletEventSeen(9, T0).lastWalletEventId()).isEqualTo(9);
  }

  @Test
  void thePendingConnectionKnowsWhenItExpires() {
    PendingConnection connection = pending().pendingConnection().orElseThrow();
    assertThat(connection.isExpiredAt(T0.plusSeconds(299))).isFalse();
    assertThat(connection.isExpiredAt(T0.plusSeconds(300))).isTrue();
  }

  @Test
  void printingASessionNeverShowsItsSecretKey() {
    WalletSession session = pending();
    String secretHex = Hex.encode(keys.secretKey());
    assertThat(session.toString()).doesNotContain(secretHex).contains("http:alice");
  }
}
