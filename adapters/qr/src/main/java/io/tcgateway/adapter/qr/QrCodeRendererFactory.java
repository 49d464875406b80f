package io.tcgateway.adapter.qr;

import io.micronaut.context.annotation.Factory;
import io.tcgateway.application.port.out.QrCodeRenderer;
import jakarta.inject.Singleton;

/** Makes {@link ZxingQrCodeRenderer} the application's {@link QrCodeRenderer}. */
@Factory
class QrCodeRendererFactory {

  @Singleton
  QrCodeRenderer qrCodeRenderer() {
    return new ZxingQrCodeRenderer();
  }
}
