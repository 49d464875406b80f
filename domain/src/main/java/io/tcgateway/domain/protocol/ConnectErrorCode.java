package io.tcgateway.domain.protocol;

/**
 * Error codes of a {@code connect_error} event (protocol.md §4.2; SDK {@code
 * CONNECT_EVENT_ERROR_CODES}). A code outside the table maps to {@link #UNKNOWN}; the raw number
 * stays in {@link ConnectEvent.Error}.
 */
public enum ConnectErrorCode {
  /** 0: the wallet failed for an unspecified reason. */
  UNKNOWN_ERROR(0),
  /** 1: the connect request was malformed. */
  BAD_REQUEST(1),
  /** 2: the wallet could not fetch the manifest. */
  MANIFEST_NOT_FOUND(2),
  /** 3: the manifest was fetched but is not valid. */
  MANIFEST_CONTENT_ERROR(3),
  /** 100: the wallet does not know the app (restore of an unknown session). */
  UNKNOWN_APP(100),
  /** 300: the user declined. */
  USER_REJECTS(300),
  /** 400: the wallet does not support a requested method. */
  METHOD_NOT_SUPPORTED(400),
  /** A code the protocol does not define. */
  UNKNOWN(-1);

  private final int code;

  ConnectErrorCode(int code) {
    this.code = code;
  }

  /** The wire code ({@code -1} for {@link #UNKNOWN}). */
  public int code() {
    return code;
  }

  /** The constant for {@code code}, {@link #UNKNOWN} if there is none. */
  public static ConnectErrorCode fromCode(int code) {
    for (ConnectErrorCode value : values()) {
      if (value != UNKNOWN && value.code == code) {
        return value;
      }
    }
    return UNKNOWN;
  }
}
