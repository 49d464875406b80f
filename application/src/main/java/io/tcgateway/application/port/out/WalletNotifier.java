package io.tcgateway.application.port.out;

import io.tcgateway.domain.protocol.RpcMethod;
import io.tcgateway.domain.session.RequestRef;
import io.tcgateway.domain.session.SessionId;
import io.tcgateway.domain.session.SessionOwner;
import java.time.Instant;
import java.util.Objects;

/**
 * Tells an owner's channel (HTTP event stream, Telegram chat) what happened to their session.
 * Called after the event is stored in the {@link OwnerEventLog}; implementations must not block for
 * long and must not throw (a lost notification is recovered from the log or the session's state).
 */
public interface WalletNotifier {

  /** A notifier that tells nobody. */
  WalletNotifier NONE = (owner, event) -> {};

  /** Delivers {@code event} to {@code owner} only. */
  void notify(SessionOwner owner, Event event);

  /** What happened, named as the API's event types ({@code connection.connected}, ...). */
  sealed interface Event {
    /** The stable event type of the API. */
    String type();

    /** The session it is about. */
    SessionId sessionId();

    /**
     * What makes the event unique in its owner's log: an event with the same key is the same event
     * reported again (see {@link OwnerEventLog#append}).
     */
    default String key() {
      return type() + ":" + sessionId().value();
    }

    /** A link is out and waits for a wallet. */
    record ConnectionPending(SessionId sessionId, String link, Instant expiresAt) implements Event {
      public ConnectionPending {
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(link, "link");
        Objects.requireNonNull(expiresAt, "expiresAt");
      }

      @Override
      public String type() {
        return "connection.pending";
      }
    }

    /**
     * A wallet connected (and its proof, if asked for, was verified).
     *
     * @param address the account, user-friendly and non-bounceable as the SDK shows it
     */
    record Connected(SessionId sessionId, String address, String walletAppName) implements Event {
      public Connected {
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(walletAppName, "walletAppName");
      }

      @Override
      public String type() {
        return "connection.connected";
      }
    }

    /** The wallet refused, or its answer did not pass the checks. */
    record Failed(SessionId sessionId, String code, String message) implements Event {
      public Failed {
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
      }

      @Override
      public String type() {
        return "connection.failed";
      }
    }

    /** The link ran out without an answer. */
    record ConnectionExpired(SessionId sessionId) implements Event {
      public ConnectionExpired {
        Objects.requireNonNull(sessionId, "sessionId");
      }

      @Override
      public String type() {
        return "connection.expired";
      }
    }

    /**
     * The session ended.
     *
     * @param by {@code wallet} (the wallet disconnected) or {@code user} (through the gateway)
     */
    record Disconnected(SessionId sessionId, String by) implements Event {
      public Disconnected {
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(by, "by");
      }

      @Override
      public String type() {
        return "connection.disconnected";
      }
    }

    /** What the request events have in common: the request and its method. */
    sealed interface RequestEvent extends Event {
      /** The request. */
      RequestRef ref();

      /** Its method. */
      RpcMethod method();

      @Override
      default SessionId sessionId() {
        return ref().sessionId();
      }

      /** One final event per request, whichever it is. */
      @Override
      default String key() {
        return "request:" + ref().value();
      }
    }

    /** The wallet did it (a signData result was verified first). */
    record RequestCompleted(RequestRef ref, RpcMethod method) implements RequestEvent {
      public RequestCompleted {
        Objects.requireNonNull(ref, "ref");
        Objects.requireNonNull(method, "method");
      }

      @Override
      public String type() {
        return "request.completed";
      }
    }

    /** The user declined in the wallet (code 300). */
    record RequestRejected(RequestRef ref, RpcMethod method, int code, String message)
        implements RequestEvent {
      public RequestRejected {
        Objects.requireNonNull(ref, "ref");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(message, "message");
      }

      @Override
      public String type() {
        return "request.rejected";
      }
    }

    /** The request failed (see {@code RequestStatus.Failed} for the codes). */
    record RequestFailed(RequestRef ref, RpcMethod method, String code, String message)
        implements RequestEvent {
      public RequestFailed {
        Objects.requireNonNull(ref, "ref");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
      }

      @Override
      public String type() {
        return "request.failed";
      }
    }

    /** The request's deadline passed without an answer. */
    record RequestExpired(RequestRef ref, RpcMethod method) implements RequestEvent {
      public RequestExpired {
        Objects.requireNonNull(ref, "ref");
        Objects.requireNonNull(method, "method");
      }

      @Override
      public String type() {
        return "request.expired";
      }
    }
  }
}
