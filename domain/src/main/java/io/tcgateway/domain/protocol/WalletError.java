package io.tcgateway.domain.protocol;

import java.util.Objects;
import java.util.Optional;

/**
 * The {@code error} object of a wallet RPC answer: numeric code, message and an optional {@code
 * data} value. {@code data} is kept as JSON text (compact; the domain does not interpret it). See
 * protocol.md §5.
 */
public record WalletError(int code, String message, Optional<String> dataJson) {
  public WalletError {
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(dataJson, "dataJson");
  }

  /** An error without {@code data}. */
  public static WalletError of(WalletErrorCode code, String message) {
    if (code == WalletErrorCode.UNKNOWN) {
      throw new IllegalArgumentException("UNKNOWN has no wire code; use the raw code");
    }
    return new WalletError(code.code(), message, Optional.empty());
  }

  /** The code as a constant ({@link WalletErrorCode#UNKNOWN} for codes outside the table). */
  public WalletErrorCode kind() {
    return WalletErrorCode.fromCode(code);
  }
}
