package io.tcgateway.adapter.json;

import io.tcgateway.application.port.out.WalletNotifier.Event;
import io.tcgateway.domain.bridge.BridgeUrl;
import io.tcgateway.domain.bytes.Bytes;
import io.tcgateway.domain.crypto.SessionKeyPair;
import io.tcgateway.domain.crypto.SessionPublicKey;
import io.tcgateway.domain.protocol.AppRequest;
import io.tcgateway.domain.protocol.DeviceInfo;
import io.tcgateway.domain.protocol.RequestId;
import io.tcgateway.domain.protocol.RpcMethod;
import io.tcgateway.domain.protocol.RpcResult;
import io.tcgateway.domain.protocol.TonAddressReply;
import io.tcgateway.domain.protocol.WalletError;
import io.tcgateway.domain.protocol.WalletResponse;
import io.tcgateway.domain.session.ConnectedWallet;
import io.tcgateway.domain.session.PendingConnection;
import io.tcgateway.domain.session.RequestRef;
import io.tcgateway.domain.session.RequestStatus;
import io.tcgateway.domain.session.SessionId;
import io.tcgateway.domain.session.SessionOwner;
import io.tcgateway.domain.session.SessionState;
import io.tcgateway.domain.session.WalletRequest;
import io.tcgateway.domain.session.WalletSession;
import io.tcgateway.domain.ton.Address;
import io.tcgateway.domain.ton.Network;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Values of every shape the storage codec writes: each session state, each request status with each
 * result kind, each owner event. Fixed keys and times, so the golden documents stay stable.
 */
final class StorageFixtures {
  static final SessionKeyPair KEYS = SessionKeyPair.generate(new SplittableRandom(2026));
  static final SessionId SESSION_ID = new SessionId("0123456789abcdef0123456789abcdef");
  static final SessionOwner OWNER = SessionOwner.http("alice@example.com");
  static final Instant CREATED = Instant.parse("2026-11-22T10:00:00Z");
  // Nanoseconds and a millisecond-only instant: both must survive.
  static final Instant UPDATED = Instant.parse("2026-11-22T10:00:05.123456789Z");
  static final Instant EXPIRES = Instant.parse("2026-11-22T10:05:00.250Z");
  static final BridgeUrl BRIDGE = BridgeUrl.parse("https://bridge.tonapi.io/bridge");
  static final BridgeUrl OTHER_BRIDGE = BridgeUrl.parse("https://walletbot.me/tonconnect-bridge");

  private StorageFixtures() {}

  // ---- sessions ----

  static PendingConnection pendingConnection() {
    Map<String, String> links = new LinkedHashMap<>();
    links.put("tonkeeper", "https://app.tonkeeper.com/ton-connect?v=2&id=ab&r=%7B%7D");
    links.put("mytonwallet", "mytonwallet-tc://?v=2&id=ab&r=%7B%7D");
    links.put("telegram-wallet", "https://t.me/wallet?attach=wallet&startapp=tonconnect-v__2");
    return new PendingConnection(
        "tc://?v=2&id=ab&r=%7B%7D",
        links,
        List.of(BRIDGE, OTHER_BRIDGE),
        Optional.of("tonkeeper"),
        Optional.of("AQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"),
        Optional.of(Network.MAINNET),
        Set.of("SendTransaction", "SignData", "SignMessage"),
        EXPIRES);
  }

  static PendingConnection minimalPendingConnection() {
    return new PendingConnection(
        "tc://?v=2&id=ab",
        Map.of(),
        List.of(BRIDGE),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Set.of(),
        EXPIRES);
  }

  static ConnectedWallet connectedWallet() {
    return new ConnectedWallet(
        SessionPublicKey.parse("c5".repeat(32)),
        BRIDGE,
        SdkWire.device(),
        new TonAddressReply(
            Address.parse(SdkWire.RAW),
            Network.MAINNET,
            Optional.of(
                Bytes.fromHex("ca93ac1705187071d67b83c7ff0efe8108e8ec4530575d7726879333dbdabe7c")),
            Optional.of(SdkWire.BOC_TEXT)),
        Optional.of(
            new ConnectedWallet.VerifiedProof(
                1_763_805_600L,
                "app.example.com",
                "v4r2",
                "ca93ac1705187071d67b83c7ff0efe8108e8ec4530575d7726879333dbdabe7c")));
  }

  /** A wallet that sent little: empty {@code walletStateInit}, no key, no features, no proof. */
  static ConnectedWallet plainConnectedWallet() {
    return new ConnectedWallet(
        SessionPublicKey.parse("d6".repeat(32)),
        OTHER_BRIDGE,
        new DeviceInfo("browser", "Some Wallet \"β\"", "0.1", 2, List.of()),
        new TonAddressReply(
            Address.parse("-1:" + "ab".repeat(32)),
            Network.TESTNET,
            Optional.empty(),
            Optional.of("")),
        Optional.empty());
  }

  static WalletSession session(SessionState state) {
    return new WalletSession(SESSION_ID, OWNER, KEYS, state, 7, 12, CREATED, UPDATED, 3);
  }

  static WalletSession pendingSession() {
    return WalletSession.pending(SESSION_ID, OWNER, KEYS, pendingConnection(), CREATED);
  }

  static WalletSession connectedSession() {
    return pendingSession().connected(connectedWallet(), 1_700_000_000_123L, UPDATED);
  }

  static WalletSession failedSession() {
    return pendingSession()
        .failed("signature-invalid", "the proof's signature is invalid", UPDATED);
  }

  static WalletSession expiredSession() {
    return pendingSession().expired(EXPIRES);
  }

  static List<WalletSession> sessions() {
    return List.of(
        pendingSession(),
        session(new SessionState.Pending(minimalPendingConnection())),
        connectedSession(),
        session(new SessionState.Connected(plainConnectedWallet())),
        failedSession(),
        expiredSession(),
        new WalletSession(
            SESSION_ID,
            SessionOwner.telegram(123_456_789L),
            KEYS,
            new SessionState.Expired(Instant.EPOCH),
            Long.MAX_VALUE,
            -1,
            Instant.parse("1970-01-01T00:00:00.000000001Z"),
            Instant.parse("+12026-01-01T00:00:00Z"),
            Long.MAX_VALUE));
  }

  // ---- requests ----

  static WalletRequest request(AppRequest request, RequestStatus status) {
    WalletRequest pending =
        new WalletRequest(
            new RequestRef(SESSION_ID, request.id()),
            OWNER,
            request,
            new RequestStatus.Pending(),
            CREATED,
            EXPIRES,
            0);
    return status instanceof RequestStatus.Pending ? pending : pending.finish(status);
  }

  static RpcResult signDataResult() {
    return ((WalletResponse.Success) SdkWire.responseSignData()).result();
  }

  static WalletError rejection() {
    return ((WalletResponse.Error) SdkWire.responseError()).error();
  }

  static WalletRequest pendingRequest() {
    return request(SdkWire.sendTransaction(), new RequestStatus.Pending());
  }

  static WalletRequest completedSendTransaction() {
    return request(
        SdkWire.sendTransaction(),
        new RequestStatus.Completed(new RpcResult.SentTransaction(SdkWire.BOC), UPDATED));
  }

  static WalletRequest completedSignData() {
    return request(SdkWire.signDataText(), new RequestStatus.Completed(signDataResult(), UPDATED));
  }

  static WalletRequest completedSignMessage() {
    return request(
        SdkWire.signMessageItems(),
        new RequestStatus.Completed(new RpcResult.SignedMessage(SdkWire.BOC), UPDATED));
  }

  static WalletRequest completedDisconnect() {
    return request(
        SdkWire.disconnect(), new RequestStatus.Completed(new RpcResult.Disconnected(), UPDATED));
  }

  static WalletRequest rejectedRequest() {
    return request(SdkWire.signDataBinary(), new RequestStatus.Rejected(rejection(), UPDATED));
  }

  static WalletRequest failedRequest() {
    return request(
        SdkWire.signDataCell(),
        new RequestStatus.Failed("wallet-400", 400, "Method not supported", UPDATED));
  }

  static WalletRequest expiredRequest() {
    return request(
        new AppRequest.SendTransaction(RequestId.of(5), SdkWire.itemsPayload()),
        new RequestStatus.Expired(EXPIRES));
  }

  static List<WalletRequest> requests() {
    return List.of(
        pendingRequest(),
        completedSendTransaction(),
        completedSignData(),
        completedSignMessage(),
        completedDisconnect(),
        rejectedRequest(),
        request(
            SdkWire.sendTransaction(),
            new RequestStatus.Rejected(
                WalletError.of(
                    io.tcgateway.domain.protocol.WalletErrorCode.USER_REJECTS, "no\u2028thanks"),
                UPDATED)),
        failedRequest(),
        request(
            SdkWire.sendTransaction(),
            new RequestStatus.Failed("disconnected", -1, "the session ended", UPDATED)),
        expiredRequest());
  }

  // ---- events ----

  static final RequestRef REF = new RequestRef(SESSION_ID, RequestId.of(7));

  static List<Event> events() {
    return List.of(
        new Event.ConnectionPending(SESSION_ID, "tc://?v=2&id=ab&r=%7B%7D", EXPIRES),
        new Event.Connected(
            SESSION_ID, "UQAqsUOVuSnpJemcq9H01ODTU2UJcwXJ9goIYPWZeaZ93EBi", "tonkeeper"),
        new Event.Failed(SESSION_ID, "wallet-300", "User declined"),
        new Event.ConnectionExpired(SESSION_ID),
        new Event.Disconnected(SESSION_ID, "wallet"),
        new Event.RequestCompleted(REF, RpcMethod.SEND_TRANSACTION),
        new Event.RequestRejected(REF, RpcMethod.SIGN_DATA, 300, "User declined"),
        new Event.RequestFailed(REF, RpcMethod.SIGN_MESSAGE, "signature-invalid", "bad \"sig\""),
        new Event.RequestExpired(REF, RpcMethod.DISCONNECT));
  }
}
