package io.tcgateway.adapter.qr;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import io.tcgateway.application.port.out.QrCodeRenderer;
import org.junit.jupiter.api.Test;

class QrCodeRendererFactoryTest {
  @Test
  void theContextHasOneRendererAndItIsZxing() {
    try (ApplicationContext context = ApplicationContext.run()) {
      assertThat(context.getBeansOfType(QrCodeRenderer.class)).hasSize(1);
      assertThat(context.getBean(QrCodeRenderer.class)).isInstanceOf(ZxingQrCodeRenderer.class);
    }
  }
}
