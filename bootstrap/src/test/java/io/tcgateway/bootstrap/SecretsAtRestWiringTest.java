package io.tcgateway.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.context.ApplicationContext;
import io.tcgateway.application.port.out.SecretSealer;
import io.tcgateway.domain.bytes.Bytes;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The whole application on the memory store needs no keyset: nothing creates the {@link
 * SecretSealer} until a durable store asks for it, and then it fails without one.
 */
class SecretsAtRestWiringTest {

  @Test
  void theMemoryStoreRunStartsWithoutAKeysetAndNeverCreatesTheSealer() {
    try (ApplicationContext context =
        ApplicationContext.run(Map.of("micronaut.server.port", "-1"), "test")) {
      assertThat(context.getActiveBeanRegistrations(SecretSealer.class)).isEmpty();
      assertThatThrownBy(() -> context.getBean(SecretSealer.class))
          .hasMessageContaining("secrets at rest need a Tink keyset");
    }
  }

  @Test
  void theDevFlagGivesTheApplicationAWorkingSealer() {
    try (ApplicationContext context =
        ApplicationContext.run(
            Map.of("micronaut.server.port", "-1", "gateway.crypto.ephemeral-keyset", "true"),
            "test")) {
      SecretSealer sealer = context.getBean(SecretSealer.class);
      Bytes secret = Bytes.fromHex("07".repeat(32));

      assertThat(sealer.open(sealer.seal(secret, "session:x"), "session:x")).isEqualTo(secret);
    }
  }
}
