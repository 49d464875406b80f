package io.tcgateway.adapter.memory;

import io.tcgateway.application.port.out.SharedSecretStore;
import io.tcgateway.domain.bytes.Bytes;
import jakarta.inject.Singleton;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * {@link SharedSecretStore} for one process: secrets live as long as the process, so a restart
 * makes new ones (with the memory store nothing else survives a restart either).
 */
@Singleton
public final class InMemorySharedSecretStore implements SharedSecretStore {
  private final Map<String, Bytes> secrets = new ConcurrentHashMap<>();

  @Override
  public Bytes getOrCreate(String name, Supplier<Bytes> candidate) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(candidate, "candidate");
    if (!name.matches("[a-z0-9-]+")) {
      throw new IllegalArgumentException("secret names are [a-z0-9-]+, was " + name);
    }
    return secrets.computeIfAbsent(name, n -> Objects.requireNonNull(candidate.get(), "candidate"));
  }

  @Override
  public String toString() {
    return "InMemorySharedSecretStore[" + secrets.size() + " secrets]";
  }
}
