package io.tcgateway.adapter.qr;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.client.j2se.MatrixToImageWriter;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.encoder.ByteMatrix;
import com.google.zxing.qrcode.encoder.Encoder;
import com.google.zxing.qrcode.encoder.QRCode;
import io.tcgateway.application.port.out.QrCodeRenderer;
import io.tcgateway.application.port.out.QrCodeTooLongException;
import io.tcgateway.domain.bytes.Bytes;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * {@link QrCodeRenderer} with ZXing: level M, a 4-module quiet zone, byte mode (ISO-8859-1 for
 * ASCII text, UTF-8 with an ECI header otherwise). Stateless and thread-safe.
 */
public final class ZxingQrCodeRenderer implements QrCodeRenderer {
  /** Error correction level of every code. */
  public static final ErrorCorrectionLevel LEVEL = ErrorCorrectionLevel.M;

  /** Width of the white border, in modules, on every side. */
  public static final int QUIET_ZONE = 4;

  @Override
  public Bytes png(String text, int sizePx) {
    if (sizePx < MIN_PNG_SIZE || sizePx > MAX_PNG_SIZE) {
      throw new IllegalArgumentException(
          "sizePx must be in [" + MIN_PNG_SIZE + ", " + MAX_PNG_SIZE + "]: " + sizePx);
    }
    checkText(text);
    BitMatrix image;
    try {
      // Scales by a whole number of pixels per module and centres the code (quiet zone included).
      image = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, sizePx, sizePx, hints(text));
    } catch (WriterException e) {
      throw translate(text, e);
    }
    ByteArrayOutputStream png = new ByteArrayOutputStream();
    try {
      MatrixToImageWriter.writeToStream(image, "PNG", png);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the PNG", e); // a memory stream does not fail
    }
    return Bytes.wrap(png.toByteArray());
  }

  @Override
  public String svg(String text) {
    checkText(text);
    ByteMatrix modules = encode(text).getMatrix();
    int size = modules.getWidth() + 2 * QUIET_ZONE;
    // One unit square per dark module, consecutive dark modules of a row merged into one rectangle:
    // "M<x> <y>h<run>v1h-<run>z" in module coordinates.
    StringBuilder path = new StringBuilder();
    for (int y = 0; y < modules.getHeight(); y++) {
      int x = 0;
      while (x < modules.getWidth()) {
        if (modules.get(x, y) != 1) {
          x++;
          continue;
        }
        int run = 1;
        while (x + run < modules.getWidth() && modules.get(x + run, y) == 1) {
          run++;
        }
        path.append('M')
            .append(x + QUIET_ZONE)
            .append(' ')
            .append(y + QUIET_ZONE)
            .append('h')
            .append(run)
            .append("v1h-")
            .append(run)
            .append('z');
        x += run;
      }
    }
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        + "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 "
        + size
        + " "
        + size
        + "\" shape-rendering=\"crispEdges\">"
        + "<rect width=\""
        + size
        + "\" height=\""
        + size
        + "\" fill=\"#ffffff\"/>"
        + "<path fill=\"#000000\" d=\""
        + path
        + "\"/></svg>\n";
  }

  /** The code's module matrix (without quiet zone) for {@code text}. */
  static QRCode encode(String text) {
    try {
      return Encoder.encode(text, LEVEL, hints(text));
    } catch (WriterException e) {
      throw translate(text, e);
    }
  }

  private static void checkText(String text) {
    Objects.requireNonNull(text, "text");
    if (text.isEmpty()) {
      throw new IllegalArgumentException("text is empty");
    }
  }

  private static Map<EncodeHintType, Object> hints(String text) {
    Map<EncodeHintType, Object> hints = new EnumMap<>(EncodeHintType.class);
    hints.put(EncodeHintType.ERROR_CORRECTION, LEVEL);
    hints.put(EncodeHintType.MARGIN, QUIET_ZONE);
    if (!StandardCharsets.US_ASCII.newEncoder().canEncode(text)) {
      // Without the hint ZXing would write ISO-8859-1 and turn other characters into '?'.
      hints.put(EncodeHintType.CHARACTER_SET, StandardCharsets.UTF_8.name());
    }
    return hints;
  }

  private static RuntimeException translate(String text, WriterException e) {
    String message = String.valueOf(e.getMessage());
    if (message.startsWith("Data too big")) {
      return new QrCodeTooLongException(text.getBytes(StandardCharsets.UTF_8).length, e);
    }
    return new IllegalStateException("ZXing cannot encode the text: " + message, e);
  }
}
