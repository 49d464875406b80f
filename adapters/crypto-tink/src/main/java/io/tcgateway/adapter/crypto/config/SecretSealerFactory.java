package io.tcgateway.adapter.crypto.config;

import static java.nio.charset.StandardCharsets.UTF_8;

import io.micronaut.context.annotation.Factory;
import io.tcgateway.adapter.crypto.TinkSecretSealer;
import io.tcgateway.application.port.out.SecretSealer;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates the {@link SecretSealer} from {@code gateway.crypto.*}. The bean is a lazy singleton:
 * nothing asks for it on the memory store, so a default run needs no keyset, while a durable store
 * that injects it refuses to start without one (the exception names the settings to set).
 */
@Factory
class SecretSealerFactory {
  private static final Logger LOG = LoggerFactory.getLogger(SecretSealerFactory.class);

  static final String MISSING =
      "secrets at rest need a Tink keyset: set gateway.crypto.keyset-file (GATEWAY_CRYPTO_KEYSET_FILE)"
          + " to a file made with './gateway keyset generate --out FILE', or gateway.crypto.keyset"
          + " (GATEWAY_CRYPTO_KEYSET) to its JSON; for development only,"
          + " gateway.crypto.ephemeral-keyset=true makes a throw-away key";

  @Singleton
  SecretSealer secretSealer(CryptoProperties crypto) {
    return create(crypto);
  }

  static TinkSecretSealer create(CryptoProperties crypto) {
    if (crypto.hasKeyset() && crypto.hasKeysetFile()) {
      throw new IllegalStateException(
          "set one of gateway.crypto.keyset and gateway.crypto.keyset-file, not both");
    }
    TinkSecretSealer sealer;
    if (crypto.hasKeyset()) {
      sealer = TinkSecretSealer.fromKeyset(crypto.keyset(), "gateway.crypto.keyset");
    } else if (crypto.hasKeysetFile()) {
      String source = "gateway.crypto.keyset-file (" + crypto.keysetFile() + ")";
      sealer = TinkSecretSealer.fromKeyset(read(crypto.keysetFile(), source), source);
    } else if (crypto.ephemeralKeyset()) {
      LOG.warn(
          "!!! gateway.crypto.ephemeral-keyset=true: secrets at rest are encrypted with a random key"
              + " that exists only in this process. Stored sessions will NOT be readable after a"
              + " restart or by another gateway process. Development only: configure"
              + " gateway.crypto.keyset-file for anything else. !!!");
      return TinkSecretSealer.ephemeral();
    } else {
      throw new IllegalStateException(MISSING);
    }
    if (crypto.ephemeralKeyset()) {
      LOG.warn("gateway.crypto.ephemeral-keyset is ignored: a keyset is configured");
    }
    LOG.info("secrets at rest: Tink AES-256-GCM keyset with {}", sealer.keyset());
    return sealer;
  }

  private static String read(String file, String source) {
    try {
      return Files.readString(Path.of(file), UTF_8);
    } catch (IOException | InvalidPathException e) {
      throw new IllegalStateException(source + " cannot be read: " + e, e);
    }
  }
}
