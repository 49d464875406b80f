package io.tcgateway.application.port.out;

import io.tcgateway.domain.bytes.Bytes;

/**
 * Draws a connect link (or any text) as a QR code for a user to scan with a wallet.
 *
 * <p>Contract for every implementation:
 *
 * <ul>
 *   <li>Error correction level M (about 15 % of the code may be damaged or covered, which also
 *       survives the JPEG recompression of a photo sent through Telegram): links of 600–1,000
 *       characters give a version 19–26 code (93–121 modules wide; level L would give 17–22, and is
 *       what the SDK's UI uses, with a logo over the centre).
 *   <li>A quiet zone of 4 modules on every side (ISO/IEC 18004), included in the image; dark
 *       modules are black on white.
 *   <li>The text is encoded as UTF-8 bytes (plain ISO-8859-1 byte mode when it is ASCII, as links
 *       are). Text that does not fit in the largest code (version 40, about 2,300 bytes at level M)
 *       throws {@link QrCodeTooLongException}; empty text throws {@link IllegalArgumentException};
 *       {@code null} throws {@link NullPointerException}.
 *   <li>Deterministic (the same text gives the same image) and thread-safe.
 * </ul>
 */
public interface QrCodeRenderer {

  /** Smallest accepted {@code sizePx} of {@link #png}. */
  int MIN_PNG_SIZE = 32;

  /** Largest accepted {@code sizePx} of {@link #png}. */
  int MAX_PNG_SIZE = 4096;

  /**
   * The code as a square PNG image of {@code sizePx} × {@code sizePx} pixels: each module is the
   * same whole number of pixels, the code centred, the rest white. When {@code sizePx} is smaller
   * than the code's width in modules (quiet zone included), the image is that width instead (one
   * pixel per module).
   *
   * @throws QrCodeTooLongException if the text does not fit in a QR code
   * @throws IllegalArgumentException if {@code sizePx} is outside [{@value #MIN_PNG_SIZE}, {@value
   *     #MAX_PNG_SIZE}] or the text is empty
   */
  Bytes png(String text, int sizePx);

  /**
   * The code as a standalone SVG document: one {@code <path>} of unit squares in a {@code viewBox}
   * of {@code 0 0 w w}, where {@code w} is the width in modules with the quiet zone, a white
   * background and {@code shape-rendering="crispEdges"}; it scales to any size.
   *
   * @throws QrCodeTooLongException if the text does not fit in a QR code
   * @throws IllegalArgumentException if the text is empty
   */
  String svg(String text);
}
