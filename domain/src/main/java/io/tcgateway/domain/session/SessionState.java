package io.tcgateway.domain.session;

import java.time.Instant;
import java.util.Objects;

/** Where a session stands; a session that is disconnected is deleted, not kept in a state. */
public sealed interface SessionState {

  /** A link is out; no wallet has answered yet. */
  record Pending(PendingConnection connection) implements SessionState {
    public Pending {
      Objects.requireNonNull(connection, "connection");
    }
  }

  /** A wallet is connected. */
  record Connected(ConnectedWallet wallet) implements SessionState {
    public Connected {
      Objects.requireNonNull(wallet, "wallet");
    }
  }

  /**
   * The connection failed: the wallet refused ({@code connect_error}) or its answer did not pass
   * the gateway's checks.
   *
   * @param code a stable code: {@code wallet-<n>} for the wallet's error code, or a proof or policy
   *     rejection reason ({@code signature-invalid}, {@code network-mismatch}, ...)
   * @param message a human-readable explanation
   */
  record Failed(String code, String message, Instant at) implements SessionState {
    public Failed {
      Objects.requireNonNull(code, "code");
      Objects.requireNonNull(message, "message");
      Objects.requireNonNull(at, "at");
    }
  }

  /** The pending connection ran out without an answer. */
  record Expired(Instant at) implements SessionState {
    public Expired {
      Objects.requireNonNull(at, "at");
    }
  }
}
