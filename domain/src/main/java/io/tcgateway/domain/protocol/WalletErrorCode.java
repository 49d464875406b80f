package io.tcgateway.domain.protocol;

/**
 * Error codes of an RPC {@link WalletResponse.Error} (protocol.md §5; SDK {@code
 * SEND_TRANSACTION_ERROR_CODES}, {@code SIGN_DATA_ERROR_CODES}, {@code DISCONNECT_ERROR_CODES}). A
 * code outside the table maps to {@link #UNKNOWN}; the raw number stays in {@link WalletError}.
 */
public enum WalletErrorCode {
  /** 0: the wallet failed for an unspecified reason. */
  UNKNOWN_ERROR(0),
  /** 1: the request was malformed. */
  BAD_REQUEST(1),
  /** 100: the wallet does not know this app / session; drop the session and reconnect. */
  UNKNOWN_APP(100),
  /** 300: the user declined. */
  USER_REJECTS(300),
  /** 400: the wallet does not support the method. */
  METHOD_NOT_SUPPORTED(400),
  /** A code the protocol does not define. */
  UNKNOWN(-1);

  private final int code;

  WalletErrorCode(int code) {
    this.code = code;
  }

  /** The wire code ({@code -1} for {@link #UNKNOWN}). */
  public int code() {
    return code;
  }

  /** The constant for {@code code}, {@link #UNKNOWN} if there is none. */
  public static WalletErrorCode fromCode(int code) {
    for (WalletErrorCode value : values()) {
      if (value != UNKNOWN && value.code == code) {
        return value;
      }
    }
    return UNKNOWN;
  }
}
