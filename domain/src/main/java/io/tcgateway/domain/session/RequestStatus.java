package io.tcgateway.domain.session;

import io.tcgateway.domain.protocol.RpcResult;
import io.tcgateway.domain.protocol.WalletError;
import java.time.Instant;
import java.util.Objects;

/**
 * Where a {@link WalletRequest} stands. Every state but {@link Pending} is final: a request is
 * answered once.
 */
public sealed interface RequestStatus {

  /** The stable name used by the API ({@code pending}, {@code completed}, ...). */
  String name();

  /** Whether the request is finished (no answer will change it any more). */
  default boolean isFinal() {
    return !(this instanceof Pending);
  }

  /** Sent, or about to be sent; no answer yet. */
  record Pending() implements RequestStatus {
    @Override
    public String name() {
      return "pending";
    }
  }

  /**
   * The wallet did it. For {@code signData} the result's signature was verified with the key proven
   * at connect before the request got here.
   *
   * @param result the typed result ({@code SentTransaction}, {@code SignDataResult}, ...)
   */
  record Completed(RpcResult result, Instant at) implements RequestStatus {
    public Completed {
      Objects.requireNonNull(result, "result");
      Objects.requireNonNull(at, "at");
      if (result instanceof RpcResult.Untyped) {
        throw new IllegalArgumentException("a completed request holds a typed result");
      }
    }

    @Override
    public String name() {
      return "completed";
    }
  }

  /** The user declined in the wallet (wallet error code 300). */
  record Rejected(WalletError error, Instant at) implements RequestStatus {
    public Rejected {
      Objects.requireNonNull(error, "error");
      Objects.requireNonNull(at, "at");
    }

    @Override
    public String name() {
      return "rejected";
    }
  }

  /**
   * It did not work: the wallet answered with another error, its answer did not pass the checks,
   * the bridge refused the request, or the session ended first.
   *
   * @param code a stable code: {@code wallet-<n>} for a wallet error, or the gateway's reason
   *     ({@code signature-invalid}, {@code malformed-result}, {@code bridge-refused}, {@code
   *     disconnected}, ...)
   * @param walletCode the wallet's numeric error code, or -1 when the wallet did not answer
   */
  record Failed(String code, int walletCode, String message, Instant at) implements RequestStatus {
    public Failed {
      Objects.requireNonNull(code, "code");
      Objects.requireNonNull(message, "message");
      Objects.requireNonNull(at, "at");
    }

    @Override
    public String name() {
      return "failed";
    }
  }

  /** Its deadline passed without an answer. */
  record Expired(Instant at) implements RequestStatus {
    public Expired {
      Objects.requireNonNull(at, "at");
    }

    @Override
    public String name() {
      return "expired";
    }
  }
}
