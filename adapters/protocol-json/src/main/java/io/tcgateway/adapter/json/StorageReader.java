package io.tcgateway.adapter.json;

import io.tcgateway.application.port.out.WalletNotifier.Event;
import io.tcgateway.domain.bridge.BridgeUrl;
import io.tcgateway.domain.crypto.SessionKeyPair;
import io.tcgateway.domain.crypto.SessionPublicKey;
import io.tcgateway.domain.protocol.AppRequest;
import io.tcgateway.domain.protocol.ConnectItemReply;
import io.tcgateway.domain.protocol.DeviceInfo;
import io.tcgateway.domain.protocol.ProtocolFormatException;
import io.tcgateway.domain.protocol.RpcMethod;
import io.tcgateway.domain.protocol.RpcResult;
import io.tcgateway.domain.protocol.TonAddressReply;
import io.tcgateway.domain.protocol.WalletError;
import io.tcgateway.domain.session.ConnectedWallet;
import io.tcgateway.domain.session.PendingConnection;
import io.tcgateway.domain.session.RequestRef;
import io.tcgateway.domain.session.RequestStatus;
import io.tcgateway.domain.session.SessionId;
import io.tcgateway.domain.session.SessionOwner;
import io.tcgateway.domain.session.SessionState;
import io.tcgateway.domain.session.WalletRequest;
import io.tcgateway.domain.session.WalletSession;
import io.tcgateway.domain.ton.Network;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Reads the documents {@link StorageWriter} writes. Strict: every field the format requires must be
 * there with its JSON type (numbers as numbers, not numeric strings), and every failure is a {@link
 * ProtocolFormatException} whose path is the field's place in the document ({@code
 * state.device.appName}); {@link JacksonStorageCodec} turns it into the port's exception. Unknown
 * fields are ignored, so a later writer may add optional fields without a new version.
 */
final class StorageReader {
  private StorageReader() {}

  // ---- sessions ----

  static WalletSession session(String document, SessionKeyPair keys) {
    JsonIn root = document(document);
    SessionId id = root.required("id").parseString(SessionId::new);
    SessionOwner owner = owner(root.required("owner"));
    JsonIn clientIdField = root.required("clientId");
    SessionPublicKey clientId = clientIdField.parseString(SessionPublicKey::parse);
    if (!clientId.equals(keys.publicKey())) {
      throw new ProtocolFormatException.InvalidField(
          clientIdField.path(), "is not the public key of the session's key pair");
    }
    SessionState state = state(root.required("state"));
    long nextRequestId = atLeast(root.required("nextRequestId"), 0);
    long lastWalletEventId = atLeast(root.required("lastWalletEventId"), -1);
    Instant createdAt = instant(root.required("createdAt"));
    Instant updatedAt = instant(root.required("updatedAt"));
    long version = atLeast(root.required("version"), 0);
    return build(
        "",
        () ->
            new WalletSession(
                id,
                owner,
                keys,
                state,
                nextRequestId,
                lastWalletEventId,
                createdAt,
                updatedAt,
                version));
  }

  private static SessionOwner owner(JsonIn owner) {
    owner.object();
    JsonIn channelField = owner.required("channel");
    String channelKey = channelField.string();
    SessionOwner.Channel channel = null;
    for (SessionOwner.Channel candidate : SessionOwner.Channel.values()) {
      if (candidate.key().equals(channelKey)) {
        channel = candidate;
      }
    }
    if (channel == null) {
      throw new ProtocolFormatException.InvalidField(
          channelField.path(), "unknown channel '" + channelKey + "'");
    }
    SessionOwner.Channel known = channel;
    JsonIn userId = owner.required("userId");
    String text = userId.string();
    return buildAt(userId.path(), () -> new SessionOwner(known, text));
  }

  private static SessionState state(JsonIn state) {
    state.object();
    JsonIn kind = state.required("kind");
    return switch (kind.string()) {
      case "pending" -> new SessionState.Pending(pending(state));
      case "connected" -> new SessionState.Connected(connected(state));
      case "failed" ->
          new SessionState.Failed(
              state.required("code").string(),
              state.required("message").string(),
              instant(state.required("at")));
      case "expired" -> new SessionState.Expired(instant(state.required("at")));
      default ->
          throw new ProtocolFormatException.InvalidField(
              kind.path(), "unknown session state '" + kind.string() + "'");
    };
  }

  private static PendingConnection pending(JsonIn state) {
    String link = state.required("link").string();
    Map<String, String> walletLinks = new LinkedHashMap<>();
    for (Map.Entry<String, JsonIn> entry : state.required("walletLinks").fields()) {
      walletLinks.put(entry.getKey(), entry.getValue().string());
    }
    JsonIn bridgesField = state.required("bridges");
    List<BridgeUrl> bridges = new ArrayList<>();
    for (JsonIn bridge : bridgesField.array()) {
      bridges.add(bridge.parseString(BridgeUrl::new));
    }
    Optional<String> walletAppName = state.optional("walletAppName").map(JsonIn::string);
    Optional<String> proofPayload = state.optional("proofPayload").map(JsonIn::string);
    Optional<Network> network =
        state.optional("network").map(field -> field.parseString(Network::parse));
    Set<String> requiredFeatures = new LinkedHashSet<>();
    for (JsonIn feature : state.required("requiredFeatures").array()) {
      requiredFeatures.add(feature.string());
    }
    Instant expiresAt = instant(state.required("expiresAt"));
    return buildAt(
        bridgesField.path(),
        () ->
            new PendingConnection(
                link,
                walletLinks,
                bridges,
                walletAppName,
                proofPayload,
                network,
                requiredFeatures,
                expiresAt));
  }

  private static ConnectedWallet connected(JsonIn state) {
    SessionPublicKey walletClientId =
        state.required("walletClientId").parseString(SessionPublicKey::parse);
    BridgeUrl bridge = state.required("bridge").parseString(BridgeUrl::new);
    DeviceInfo device = WireReader.device(state.required("device").object());
    JsonIn accountField = state.required("account").object();
    ConnectItemReply reply = WireReader.itemReply(accountField);
    if (!(reply instanceof TonAddressReply account)) {
      throw new ProtocolFormatException.InvalidField(
          accountField.childPath("name"), "must be " + TonAddressReply.NAME);
    }
    Optional<ConnectedWallet.VerifiedProof> proof =
        state.optional("proof").map(StorageReader::verifiedProof);
    return new ConnectedWallet(walletClientId, bridge, device, account, proof);
  }

  private static ConnectedWallet.VerifiedProof verifiedProof(JsonIn proof) {
    proof.object();
    return new ConnectedWallet.VerifiedProof(
        number(proof.required("timestamp")),
        proof.required("domain").string(),
        proof.required("walletVersion").string(),
        proof.required("publicKey").string());
  }

  // ---- requests ----

  static WalletRequest request(String document) {
    JsonIn root = document(document);
    RequestRef ref = root.required("ref").parseString(RequestRef::parse);
    SessionOwner owner = owner(root.required("owner"));
    JsonIn requestField = root.required("request").object();
    AppRequest request = WireReader.appRequest(requestField);
    if (!request.id().equals(ref.requestId())) {
      throw new ProtocolFormatException.InvalidField(
          requestField.childPath("id"), "is not the id in ref " + ref.value());
    }
    RequestStatus status = status(root.required("status"));
    Instant createdAt = instant(root.required("createdAt"));
    Instant deadline = instant(root.required("deadline"));
    long version = atLeast(root.required("version"), 0);
    return build(
        "", () -> new WalletRequest(ref, owner, request, status, createdAt, deadline, version));
  }

  private static RequestStatus status(JsonIn status) {
    status.object();
    JsonIn kind = status.required("kind");
    return switch (kind.string()) {
      case "pending" -> new RequestStatus.Pending();
      case "completed" -> {
        RpcMethod method = method(status.required("method"));
        JsonIn resultField = status.required("result");
        RpcResult result = WireReader.typedResult(resultField, method);
        Instant at = instant(status.required("at"));
        yield buildAt(resultField.path(), () -> new RequestStatus.Completed(result, at));
      }
      case "rejected" ->
          new RequestStatus.Rejected(
              walletError(status.required("error")), instant(status.required("at")));
      case "failed" ->
          new RequestStatus.Failed(
              status.required("code").string(),
              int32(status.required("walletCode")),
              status.required("message").string(),
              instant(status.required("at")));
      case "expired" -> new RequestStatus.Expired(instant(status.required("at")));
      default ->
          throw new ProtocolFormatException.InvalidField(
              kind.path(), "unknown request status '" + kind.string() + "'");
    };
  }

  private static WalletError walletError(JsonIn error) {
    error.object();
    return new WalletError(
        int32(error.required("code")),
        error.required("message").string(),
        error.optional("dataJson").map(JsonIn::string));
  }

  // ---- events ----

  static Event event(String document) {
    JsonIn root = document(document);
    JsonIn type = root.required("type");
    return switch (type.string()) {
      case "connection.pending" ->
          new Event.ConnectionPending(
              sessionId(root), root.required("link").string(), instant(root.required("expiresAt")));
      case "connection.connected" ->
          new Event.Connected(
              sessionId(root),
              root.required("address").string(),
              root.required("walletAppName").string());
      case "connection.failed" ->
          new Event.Failed(
              sessionId(root), root.required("code").string(), root.required("message").string());
      case "connection.expired" -> new Event.ConnectionExpired(sessionId(root));
      case "connection.disconnected" ->
          new Event.Disconnected(sessionId(root), root.required("by").string());
      case "request.completed" -> new Event.RequestCompleted(ref(root), eventMethod(root));
      case "request.rejected" ->
          new Event.RequestRejected(
              ref(root),
              eventMethod(root),
              int32(root.required("code")),
              root.required("message").string());
      case "request.failed" ->
          new Event.RequestFailed(
              ref(root),
              eventMethod(root),
              root.required("code").string(),
              root.required("message").string());
      case "request.expired" -> new Event.RequestExpired(ref(root), eventMethod(root));
      default ->
          throw new ProtocolFormatException.InvalidField(
              type.path(), "unknown event type '" + type.string() + "'");
    };
  }

  private static SessionId sessionId(JsonIn root) {
    return root.required("sessionId").parseString(SessionId::new);
  }

  private static RequestRef ref(JsonIn root) {
    return root.required("ref").parseString(RequestRef::parse);
  }

  private static RpcMethod eventMethod(JsonIn root) {
    return method(root.required("method"));
  }

  // ---- values ----

  /** The document's root object, after its format version was checked. */
  private static JsonIn document(String document) {
    JsonIn root = JsonIn.parse(document, "").object();
    JsonIn version = root.required("v");
    long v = number(version);
    if (v != StorageWriter.VERSION) {
      throw new ProtocolFormatException.InvalidField(
          version.path(),
          "unknown format version " + v + " (this gateway reads " + StorageWriter.VERSION + ")");
    }
    return root;
  }

  private static RpcMethod method(JsonIn field) {
    String name = field.string();
    return RpcMethod.fromWireName(name)
        .orElseThrow(() -> new ProtocolFormatException.UnknownMethod(field.path(), name));
  }

  /** An ISO-8601 instant ({@link Instant#toString()} form). */
  private static Instant instant(JsonIn field) {
    String text = field.string();
    try {
      return Instant.parse(text);
    } catch (DateTimeException e) {
      throw new ProtocolFormatException.InvalidField(
          field.path(), "not an ISO-8601 instant: '" + text + "'", e);
    }
  }

  /** An integer written as a JSON number (a numeric string is refused: we wrote numbers). */
  private static long number(JsonIn field) {
    if (field.isString()) {
      throw new ProtocolFormatException.WrongType(field.path(), "number", "string");
    }
    return field.integer();
  }

  private static int int32(JsonIn field) {
    number(field);
    return field.int32();
  }

  private static long atLeast(JsonIn field, long minimum) {
    long value = number(field);
    if (value < minimum) {
      throw new ProtocolFormatException.InvalidField(
          field.path(), "must be " + minimum + " or more, was " + value);
    }
    return value;
  }

  private static <T> T build(String path, Supplier<T> constructor) {
    try {
      return constructor.get();
    } catch (IllegalArgumentException e) {
      throw ProtocolFormatException.recordAt(path, e);
    }
  }

  private static <T> T buildAt(String path, Supplier<T> constructor) {
    try {
      return constructor.get();
    } catch (IllegalArgumentException e) {
      throw ProtocolFormatException.valueAt(path, e);
    }
  }
}
