package io.tcgateway.adapter.redis;

import io.lettuce.core.SetArgs;
import io.tcgateway.application.error.StoreUnavailableException;
import io.tcgateway.application.port.out.SecretSealer;
import io.tcgateway.application.port.out.SharedSecretStore;
import io.tcgateway.application.port.out.StoredDocumentException;
import io.tcgateway.domain.bytes.Base64s;
import io.tcgateway.domain.bytes.Bytes;
import io.tcgateway.domain.bytes.EncodingException;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * {@link SharedSecretStore} in Redis: {@code secret:<name>} holds the secret sealed with associated
 * data {@code secret:<name>}, in base64. The first caller stores its candidate with {@code SET NX};
 * a caller that loses the race reads the winner's. No TTL.
 */
public final class RedisSharedSecretStore implements SharedSecretStore {
  private final RedisConnector redis;
  private final RedisKeys keys;
  private final SecretSealer sealer;

  public RedisSharedSecretStore(RedisConnector redis, RedisKeys keys, SecretSealer sealer) {
    this.redis = Objects.requireNonNull(redis, "redis");
    this.keys = Objects.requireNonNull(keys, "keys");
    this.sealer = Objects.requireNonNull(sealer, "sealer");
  }

  /** The associated data a shared secret is sealed with. */
  static String associatedData(String name) {
    return "secret:" + name;
  }

  @Override
  public Bytes getOrCreate(String name, Supplier<Bytes> candidate) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(candidate, "candidate");
    if (!name.matches("[a-z0-9-]+")) {
      throw new IllegalArgumentException("secret names are [a-z0-9-]+, was " + name);
    }
    String key = keys.secret(name);
    String stored = redis.call("read secret", c -> c.get(key));
    if (stored != null) {
      return open(name, stored);
    }
    Bytes fresh = Objects.requireNonNull(candidate.get(), "candidate");
    String sealed = Base64s.encodeStandard(sealer.seal(fresh, associatedData(name)).toByteArray());
    String reply = redis.call("store secret", c -> c.set(key, sealed, SetArgs.Builder.nx()));
    if ("OK".equals(reply)) {
      return fresh;
    }
    String winner = redis.call("read secret", c -> c.get(key));
    if (winner == null) {
      throw new StoreUnavailableException(
          "Redis: secret " + name + " was deleted while it was being created; try again", null);
    }
    return open(name, winner);
  }

  private Bytes open(String name, String stored) {
    byte[] ciphertext;
    try {
      ciphertext = Base64s.decodeStandard(stored);
    } catch (EncodingException e) {
      throw new StoredDocumentException("secret", "secret " + name + " is not base64", e);
    }
    return sealer.open(Bytes.wrap(ciphertext), associatedData(name));
  }

  @Override
  public String toString() {
    return "RedisSharedSecretStore[" + keys.prefix() + "]";
  }
}
