package io.tcgateway.adapter.json;

import io.tcgateway.application.port.out.WalletNotifier.Event;
import io.tcgateway.domain.protocol.RpcMethod;
import io.tcgateway.domain.protocol.RpcResult;
import io.tcgateway.domain.protocol.SignDataResult;
import io.tcgateway.domain.protocol.WalletError;
import io.tcgateway.domain.session.ConnectedWallet;
import io.tcgateway.domain.session.PendingConnection;
import io.tcgateway.domain.session.RequestStatus;
import io.tcgateway.domain.session.SessionOwner;
import io.tcgateway.domain.session.SessionState;
import io.tcgateway.domain.session.WalletRequest;
import io.tcgateway.domain.session.WalletSession;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Writes the stored documents of {@link JacksonStorageCodec} (format version {@value #VERSION}).
 * Key order is fixed here and unordered collections (wallet links, required features) are sorted,
 * so the same value always gives the same text; absent optionals are left out. Protocol parts are
 * written in their wire form ({@link WireWriter}); instants are ISO-8601 with as many fraction
 * digits as they have ({@link Instant#toString()}).
 */
final class StorageWriter {
  /** The format version written into {@code "v"}. */
  static final int VERSION = 1;

  private StorageWriter() {}

  // {"v":1,"id":..,"owner":{..},"clientId":..,"state":{..},"nextRequestId":..,
  //  "lastWalletEventId":..,"createdAt":..,"updatedAt":..,"version":..}
  static String session(WalletSession session) {
    return JsonOut.write(
        out -> {
          out.startObject().field("v", VERSION).field("id", session.id().value()).name("owner");
          owner(out, session.owner());
          out.field("clientId", session.clientId().clientId()).name("state");
          state(out, session.state());
          out.field("nextRequestId", session.nextRequestId())
              .field("lastWalletEventId", session.lastWalletEventId())
              .field("createdAt", instant(session.createdAt()))
              .field("updatedAt", instant(session.updatedAt()))
              .field("version", session.version())
              .endObject();
        });
  }

  private static void owner(JsonOut out, SessionOwner owner) {
    out.startObject()
        .field("channel", owner.channel().key())
        .field("userId", owner.userId())
        .endObject();
  }

  private static void state(JsonOut out, SessionState state) {
    out.startObject();
    switch (state) {
      case SessionState.Pending pending ->
          pending(out.field("kind", "pending"), pending.connection());
      case SessionState.Connected connected ->
          connected(out.field("kind", "connected"), connected.wallet());
      case SessionState.Failed failed ->
          out.field("kind", "failed")
              .field("code", failed.code())
              .field("message", failed.message())
              .field("at", instant(failed.at()));
      case SessionState.Expired expired ->
          out.field("kind", "expired").field("at", instant(expired.at()));
    }
    out.endObject();
  }

  private static void pending(JsonOut out, PendingConnection connection) {
    out.field("link", connection.link()).name("walletLinks").startObject();
    for (Map.Entry<String, String> link : new TreeMap<>(connection.walletLinks()).entrySet()) {
      out.field(link.getKey(), link.getValue());
    }
    out.endObject().name("bridges").startArray();
    connection.bridges().forEach(bridge -> out.string(bridge.value()));
    out.endArray();
    connection.walletAppName().ifPresent(name -> out.field("walletAppName", name));
    connection.proofPayload().ifPresent(payload -> out.field("proofPayload", payload));
    connection.network().ifPresent(network -> out.field("network", network.id()));
    out.name("requiredFeatures").startArray();
    new TreeSet<>(connection.requiredFeatures()).forEach(out::string);
    out.endArray().field("expiresAt", instant(connection.expiresAt()));
  }

  // device and account exactly as the wallet's connect event carries them (wire form)
  private static void connected(JsonOut out, ConnectedWallet wallet) {
    out.field("walletClientId", wallet.walletClientId().clientId())
        .field("bridge", wallet.bridge().value())
        .name("device");
    WireWriter.device(out, wallet.device());
    out.name("account");
    WireWriter.itemReply(out, wallet.account());
    wallet
        .proof()
        .ifPresent(
            proof ->
                out.name("proof")
                    .startObject()
                    .field("timestamp", proof.timestamp())
                    .field("domain", proof.domain())
                    .field("walletVersion", proof.walletVersion())
                    .field("publicKey", proof.publicKey())
                    .endObject());
  }

  // {"v":1,"ref":"<session>-<id>","owner":{..},"request":<wire app request>,"status":{..},
  //  "createdAt":..,"deadline":..,"version":..}
  static String request(WalletRequest request) {
    return JsonOut.write(
        out -> {
          out.startObject().field("v", VERSION).field("ref", request.ref().value()).name("owner");
          owner(out, request.owner());
          out.name("request").raw(WireWriter.appRequest(request.request())).name("status");
          status(out, request.status());
          out.field("createdAt", instant(request.createdAt()))
              .field("deadline", instant(request.deadline()))
              .field("version", request.version())
              .endObject();
        });
  }

  private static void status(JsonOut out, RequestStatus status) {
    out.startObject().field("kind", status.name());
    switch (status) {
      case RequestStatus.Pending ignored -> {}
      case RequestStatus.Completed completed -> {
        // the method whose result shape it has: the wire result does not say
        out.field("method", resultMethod(completed.result()).wireName()).name("result");
        WireWriter.result(out, completed.result());
        out.field("at", instant(completed.at()));
      }
      case RequestStatus.Rejected rejected -> {
        out.name("error");
        error(out, rejected.error());
        out.field("at", instant(rejected.at()));
      }
      case RequestStatus.Failed failed ->
          out.field("code", failed.code())
              .field("walletCode", failed.walletCode())
              .field("message", failed.message())
              .field("at", instant(failed.at()));
      case RequestStatus.Expired expired -> out.field("at", instant(expired.at()));
    }
    out.endObject();
  }

  static RpcMethod resultMethod(RpcResult result) {
    return switch (result) {
      case RpcResult.SentTransaction ignored -> RpcMethod.SEND_TRANSACTION;
      case RpcResult.SignedMessage ignored -> RpcMethod.SIGN_MESSAGE;
      case SignDataResult ignored -> RpcMethod.SIGN_DATA;
      case RpcResult.Disconnected ignored -> RpcMethod.DISCONNECT;
      case RpcResult.Untyped ignored ->
          throw new IllegalArgumentException("an untyped result is never stored");
    };
  }

  // The wire error object, except that data is kept as the exact text the domain holds.
  private static void error(JsonOut out, WalletError error) {
    out.startObject().field("code", error.code()).field("message", error.message());
    error.dataJson().ifPresent(data -> out.field("dataJson", data));
    out.endObject();
  }

  // {"v":1,"type":"<event type>", then the event's fields in declaration order}
  static String event(Event event) {
    return JsonOut.write(
        out -> {
          out.startObject().field("v", VERSION).field("type", event.type());
          switch (event) {
            case Event.ConnectionPending pending ->
                out.field("sessionId", pending.sessionId().value())
                    .field("link", pending.link())
                    .field("expiresAt", instant(pending.expiresAt()));
            case Event.Connected connected ->
                out.field("sessionId", connected.sessionId().value())
                    .field("address", connected.address())
                    .field("walletAppName", connected.walletAppName());
            case Event.Failed failed ->
                out.field("sessionId", failed.sessionId().value())
                    .field("code", failed.code())
                    .field("message", failed.message());
            case Event.ConnectionExpired expired ->
                out.field("sessionId", expired.sessionId().value());
            case Event.Disconnected disconnected ->
                out.field("sessionId", disconnected.sessionId().value())
                    .field("by", disconnected.by());
            case Event.RequestCompleted completed -> requestEvent(out, completed);
            case Event.RequestRejected rejected ->
                requestEvent(out, rejected)
                    .field("code", rejected.code())
                    .field("message", rejected.message());
            case Event.RequestFailed failed ->
                requestEvent(out, failed)
                    .field("code", failed.code())
                    .field("message", failed.message());
            case Event.RequestExpired expired -> requestEvent(out, expired);
          }
          out.endObject();
        });
  }

  private static JsonOut requestEvent(JsonOut out, Event.RequestEvent event) {
    return out.field("ref", event.ref().value()).field("method", event.method().wireName());
  }

  private static String instant(Instant instant) {
    return instant.toString();
  }
}
