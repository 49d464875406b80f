package io.tcgateway.application.port.out;

import io.tcgateway.application.error.ErrorCode;
import io.tcgateway.application.error.GatewayException;

/**
 * A stored document cannot be read back (corrupt, or written by an unknown format version). The
 * message starts with the offending field's path ({@code state.expiresAt}, {@code $} for the
 * document as a whole) and never contains secrets.
 */
public class StoredDocumentException extends GatewayException {
  /** The path that stands for the whole document. */
  public static final String ROOT = "$";

  private final String field;

  public StoredDocumentException(String message, Throwable cause) {
    super(ErrorCode.STORE_UNAVAILABLE, message, cause);
    this.field = ROOT;
  }

  /** A document whose {@code field} is missing or wrong; the message is {@code field: reason}. */
  public StoredDocumentException(String field, String reason, Throwable cause) {
    super(ErrorCode.STORE_UNAVAILABLE, pathOf(field) + ": " + reason, cause);
    this.field = pathOf(field);
  }

  /** Path of the offending field; {@value #ROOT} for the document as a whole. */
  public String field() {
    return field;
  }

  private static String pathOf(String field) {
    return field == null || field.isEmpty() ? ROOT : field;
  }
}
