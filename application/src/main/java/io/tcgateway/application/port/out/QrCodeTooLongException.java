package io.tcgateway.application.port.out;

/**
 * The text does not fit in a QR code at the renderer's error correction level (even version 40).
 * Bad input, not a failure of the renderer: the caller should shorten the link (for example drop an
 * embedded request) instead of retrying.
 */
public class QrCodeTooLongException extends IllegalArgumentException {
  private final int textBytes;

  public QrCodeTooLongException(int textBytes, Throwable cause) {
    super("text of " + textBytes + " bytes does not fit in a QR code", cause);
    this.textBytes = textBytes;
  }

  /** The UTF-8 length of the rejected text. */
  public int textBytes() {
    return textBytes;
  }
}
