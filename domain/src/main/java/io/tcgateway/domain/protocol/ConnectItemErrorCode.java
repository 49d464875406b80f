package io.tcgateway.domain.protocol;

/**
 * Error codes of a per-item reply error inside a {@code connect} event (SDK {@code
 * CONNECT_ITEM_ERROR_CODES}). A code outside the table maps to {@link #UNKNOWN}.
 */
public enum ConnectItemErrorCode {
  /** 0: the wallet failed for an unspecified reason. */
  UNKNOWN_ERROR(0),
  /** 400: the wallet does not support this item (e.g. no ton_proof). */
  METHOD_NOT_SUPPORTED(400),
  /** A code the protocol does not define. */
  UNKNOWN(-1);

  private final int code;

  ConnectItemErrorCode(int code) {
    this.code = code;
  }

  /** The wire code ({@code -1} for {@link #UNKNOWN}). */
  public int code() {
    return code;
  }

  /** The constant for {@code code}, {@link #UNKNOWN} if there is none. */
  public static ConnectItemErrorCode fromCode(int code) {
    for (ConnectItemErrorCode value : values()) {
      if (value != UNKNOWN && value.code == code) {
        return value;
      }
    }
    return UNKNOWN;
  }
}
