package io.tcgateway.application.port.out;

import io.tcgateway.domain.session.SessionId;
import io.tcgateway.domain.session.SessionOwner;
import java.util.Objects;

/**
 * Tells an owner's channel (HTTP event stream, Telegram chat) what happened to their session.
 * Called after the change is stored; implementations must not block for long and must not throw (a
 * lost notification is recovered by reading the session's state).
 */
public interface WalletNotifier {

  /** Delivers {@code event} to {@code owner} only. */
  void notify(SessionOwner owner, Event event);

  /** What happened, named as the API's event types ({@code connection.connected}, ...). */
  sealed interface Event {
    /** The stable event type of the API. */
    String type();

    /** The session it is about. */
    SessionId sessionId();

    /** A wallet connected (and its proof, if asked for, was verified). */
    record Connected(SessionId sessionId, String address, String walletAppName) implements Event {
      public Connected {
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
      @Override
      public String type() {
        return "connection.failed";
      }
    }

    /** The session ended: the wallet disconnected, or the user did. */
    record Disconnected(SessionId sessionId, String by) implements Event {
      @Override
      public String type() {
        return "connection.disconnected";
      }
    }
  }
}
