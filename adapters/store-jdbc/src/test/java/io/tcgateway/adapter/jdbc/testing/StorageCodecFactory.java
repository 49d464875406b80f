package io.tcgateway.adapter.jdbc.testing;

import io.micronaut.context.annotation.Factory;
import io.tcgateway.adapter.json.JacksonStorageCodec;
import io.tcgateway.application.port.out.StorageCodec;
import jakarta.inject.Singleton;

/**
 * The real {@link StorageCodec} for the store tests; in the application bootstrap's factory makes
 * it. Outside the store package, so it does not depend on {@code gateway.store.type}.
 */
@Factory
class StorageCodecFactory {
  @Singleton
  StorageCodec storageCodec() {
    return new JacksonStorageCodec();
  }
}
