package io.tcgateway.testkit.wallet;

import io.tcgateway.domain.protocol.ConnectErrorCode;
import java.util.Objects;

/** How the simulated wallet answers a connect link. */
public sealed interface ConnectAnswer
    permits ConnectAnswer.Approve, ConnectAnswer.Decline, ConnectAnswer.Silent {

  /** Approve with {@code ton_addr} and, if the app asked for it, a signed {@code ton_proof}. */
  static Approve approve() {
    return new Approve(true);
  }

  /** Approve with {@code ton_addr} only, even if the app asked for a proof. */
  static Approve approveWithoutProof() {
    return new Approve(false);
  }

  /** Decline: {@code connect_error} with code 300 (user declined). */
  static Decline decline() {
    return new Decline(ConnectErrorCode.USER_REJECTS.code(), "User declined the connection");
  }

  /** Decline with {@code code} and {@code message}. */
  static Decline decline(int code, String message) {
    return new Decline(code, message);
  }

  /** Never answer (the user closed the wallet). */
  static Silent silent() {
    return new Silent();
  }

  /**
   * Approve; {@code withProof} says whether a requested {@code ton_proof} is answered.
   *
   * @param withProof whether to sign the requested proof
   */
  record Approve(boolean withProof) implements ConnectAnswer {}

  /**
   * {@code {"event":"connect_error","payload":{"code":..,"message":..}}}.
   *
   * @param code the connect error code (300 user declined, 1 bad request, ...)
   * @param message the message shown to the app
   */
  record Decline(int code, String message) implements ConnectAnswer {
    public Decline {
      Objects.requireNonNull(message, "message");
    }
  }

  /** No answer at all. */
  record Silent() implements ConnectAnswer {}
}
