package io.tcgateway.adapter.http;

import io.tcgateway.application.port.out.QrCodeRenderer;
import io.tcgateway.domain.bytes.Bytes;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;

/**
 * Draws nothing: "renders" the PNG magic, the size and the text, so tests can see what was asked.
 */
@Singleton
final class FakeQrCodeRenderer implements QrCodeRenderer {
  static final String PNG_MAGIC = "\u0089PNG";

  /** Thrown by the next call, once, if set. */
  volatile RuntimeException failNext;

  private void maybeFail() {
    RuntimeException failure = failNext;
    failNext = null;
    if (failure != null) {
      throw failure;
    }
  }

  @Override
  public Bytes png(String text, int sizePx) {
    maybeFail();
    if (sizePx < MIN_PNG_SIZE || sizePx > MAX_PNG_SIZE) {
      throw new IllegalArgumentException("sizePx out of range");
    }
    return Bytes.wrap(
        (PNG_MAGIC + " " + sizePx + " " + text).getBytes(StandardCharsets.ISO_8859_1));
  }

  @Override
  public String svg(String text) {
    maybeFail();
    return "<svg xmlns=\"http://www.w3.org/2000/svg\"><desc>" + text + "</desc></svg>";
  }
}
