package io.tcgateway.adapter.crypto.config;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.micronaut.context.ApplicationContext;
import io.micronaut.context.exceptions.BeanInstantiationException;
import io.tcgateway.adapter.crypto.TinkKeysets;
import io.tcgateway.adapter.crypto.TinkSecretSealer;
import io.tcgateway.application.port.out.SecretSealer;
import io.tcgateway.domain.bytes.Bytes;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/** The {@link SecretSealer} bean from {@code gateway.crypto.*}, in a Micronaut context. */
class SecretSealerFactoryTest {
  private static final String RECORD = "session:0123456789abcdef0123456789abcdef";
  private static final Bytes SECRET = Bytes.fromHex("42".repeat(32));
  private static final Pattern KEY_MATERIAL = Pattern.compile("\"value\":\"([^\"]+)\"");

  @TempDir Path dir;
  private final ListAppender<ILoggingEvent> logs = new ListAppender<>();
  private final Logger logger = (Logger) LoggerFactory.getLogger(SecretSealerFactory.class);

  @BeforeEach
  void captureLogs() {
    logs.start();
    logger.addAppender(logs);
  }

  @AfterEach
  void releaseLogs() {
    logger.detachAppender(logs);
  }

  private List<String> warnings() {
    return logs.list.stream()
        .filter(e -> e.getLevel() == Level.WARN)
        .map(ILoggingEvent::getFormattedMessage)
        .toList();
  }

  private String allLogs() {
    return String.join("\n", logs.list.stream().map(ILoggingEvent::getFormattedMessage).toList());
  }

  private static List<String> material(String keyset) {
    Matcher matcher = KEY_MATERIAL.matcher(keyset);
    return matcher.results().map(m -> m.group(1)).toList();
  }

  @Test
  void withoutAnyCryptoSettingTheContextStartsAndOnlyAskingForTheSealerFails() {
    try (ApplicationContext context = ApplicationContext.run()) {
      assertThat(context.containsBean(SecretSealer.class)).isTrue();

      assertThatThrownBy(() -> context.getBean(SecretSealer.class))
          .isInstanceOf(BeanInstantiationException.class)
          .hasMessageContaining("secrets at rest need a Tink keyset")
          .hasMessageContaining("gateway.crypto.keyset-file")
          .hasMessageContaining("./gateway keyset generate --out FILE")
          .hasMessageContaining("gateway.crypto.ephemeral-keyset=true");
    }
  }

  @Test
  void aKeysetGivenAsTextIsUsed() {
    String keyset = TinkKeysets.generate();
    Bytes sealed = TinkSecretSealer.fromKeyset(keyset, "test").seal(SECRET, RECORD);

    try (ApplicationContext context =
        ApplicationContext.run(Map.of("gateway.crypto.keyset", keyset))) {
      SecretSealer sealer = context.getBean(SecretSealer.class);

      assertThat(sealer.open(sealed, RECORD)).isEqualTo(SECRET);
      assertThat(context.getBean(SecretSealer.class)).isSameAs(sealer);
    }
    assertThat(warnings()).isEmpty();
    material(keyset).forEach(key -> assertThat(allLogs()).doesNotContain(key));
  }

  @Test
  void aKeysetFileIsRead() throws IOException {
    String keyset = TinkKeysets.rotate(TinkKeysets.generate(), "test");
    Path file = Files.writeString(dir.resolve("keyset.json"), keyset + "\n", UTF_8);
    Bytes sealed = TinkSecretSealer.fromKeyset(keyset, "test").seal(SECRET, RECORD);

    try (ApplicationContext context =
        ApplicationContext.run(Map.of("gateway.crypto.keyset-file", file.toString()))) {
      assertThat(context.getBean(SecretSealer.class).open(sealed, RECORD)).isEqualTo(SECRET);
    }
    assertThat(allLogs()).contains("Tink AES-256-GCM keyset with 2 keys");
  }

  @Test
  void aMissingKeysetFileIsNamed() {
    Path missing = dir.resolve("nope.json");

    try (ApplicationContext context =
        ApplicationContext.run(Map.of("gateway.crypto.keyset-file", missing.toString()))) {
      assertThatThrownBy(() -> context.getBean(SecretSealer.class))
          .isInstanceOf(BeanInstantiationException.class)
          .hasMessageContaining("gateway.crypto.keyset-file (" + missing + ") cannot be read");
    }
  }

  @Test
  void aBrokenKeysetIsRefusedWithoutShowingIt() throws IOException {
    String keyset = TinkKeysets.generate();
    String broken = keyset.substring(0, keyset.length() - 3);
    Path file = Files.writeString(dir.resolve("keyset.json"), broken, UTF_8);

    try (ApplicationContext context =
        ApplicationContext.run(Map.of("gateway.crypto.keyset-file", file.toString()))) {
      Throwable thrown = catchThrowable(() -> context.getBean(SecretSealer.class));

      assertThat(thrown).hasMessageContaining("not a Tink JSON keyset");
      StringBuilder chain = new StringBuilder();
      for (Throwable t = thrown; t != null; t = t.getCause()) {
        chain.append(t).append('\n');
      }
      material(keyset).forEach(key -> assertThat(chain.toString()).doesNotContain(key));
    }
  }

  @Test
  void keysetAndKeysetFileTogetherAreRefused() throws IOException {
    String keyset = TinkKeysets.generate();
    Path file = Files.writeString(dir.resolve("keyset.json"), keyset, UTF_8);

    try (ApplicationContext context =
        ApplicationContext.run(
            Map.of(
                "gateway.crypto.keyset", keyset, "gateway.crypto.keyset-file", file.toString()))) {
      assertThatThrownBy(() -> context.getBean(SecretSealer.class))
          .hasMessageContaining("set one of gateway.crypto.keyset and gateway.crypto.keyset-file");
    }
  }

  @Test
  void theEphemeralFlagMakesAWorkingSealerAndWarnsLoudly() {
    try (ApplicationContext context =
        ApplicationContext.run(Map.of("gateway.crypto.ephemeral-keyset", "true"))) {
      SecretSealer sealer = context.getBean(SecretSealer.class);

      assertThat(sealer.open(sealer.seal(SECRET, RECORD), RECORD)).isEqualTo(SECRET);
    }
    assertThat(warnings())
        .singleElement()
        .asString()
        .contains("gateway.crypto.ephemeral-keyset=true")
        .contains("will NOT be readable after a restart")
        .contains("Development only");
  }

  @Test
  void theEphemeralFlagStepsAsideForAConfiguredKeyset() {
    String keyset = TinkKeysets.generate();
    Bytes sealed = TinkSecretSealer.fromKeyset(keyset, "test").seal(SECRET, RECORD);

    try (ApplicationContext context =
        ApplicationContext.run(
            Map.of("gateway.crypto.keyset", keyset, "gateway.crypto.ephemeral-keyset", "true"))) {
      assertThat(context.getBean(SecretSealer.class).open(sealed, RECORD)).isEqualTo(SECRET);
    }
    assertThat(warnings())
        .containsExactly("gateway.crypto.ephemeral-keyset is ignored: a keyset is configured");
  }

  @Test
  void thePropertiesNeverPrintTheKeyset() {
    String keyset = TinkKeysets.generate();

    try (ApplicationContext context =
        ApplicationContext.run(Map.of("gateway.crypto.keyset", keyset))) {
      String text = context.getBean(CryptoProperties.class).toString();

      assertThat(text).contains("keyset=<redacted>");
      material(keyset).forEach(key -> assertThat(text).doesNotContain(key));
    }
  }
}
