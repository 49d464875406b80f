package io.tcgateway.adapter.redis;

import io.lettuce.core.RedisClient;
import io.micronaut.context.BeanProvider;
import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.exceptions.ConfigurationException;
import io.tcgateway.application.port.out.SecretSealer;
import io.tcgateway.application.port.out.StorageCodec;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds the Redis stores on Micronaut's {@link RedisClient} ({@code redis.uri}). Creating them
 * connects nothing: the connection opens on the first store call (see {@link RedisConnector}).
 * Active only with {@code gateway.store.type=redis} (package condition).
 */
@Factory
class RedisStoreFactory {
  private static final Logger LOG = LoggerFactory.getLogger(RedisStoreFactory.class);

  private final Clock clock;

  RedisStoreFactory(Optional<Clock> clock) {
    this.clock = clock.orElseGet(Clock::systemUTC);
  }

  @Singleton
  RedisKeys redisKeys(RedisStoreProperties properties) {
    return new RedisKeys(properties.keyPrefix());
  }

  @Singleton
  RedisStoreSettings redisStoreSettings(
      RedisStoreProperties properties,
      @Value("${gateway.sessions.retention:24h}") Duration appRetention) {
    Duration retention =
        properties.finishedRetention() == null ? appRetention : properties.finishedRetention();
    if (retention.compareTo(appRetention) < 0) {
      LOG.warn(
          "gateway.store.redis.finished-retention ({}) is shorter than gateway.sessions.retention"
              + " ({}): finished requests and events expire in Redis before the purge",
          retention,
          appRetention);
    }
    return new RedisStoreSettings(
        properties.pendingGrace(), retention, properties.purgeBatchSize());
  }

  @Singleton
  @Bean(preDestroy = "close")
  RedisConnector redisConnector(BeanProvider<RedisClient> client, RedisStoreProperties properties) {
    if (!client.isPresent()) {
      throw new ConfigurationException(
          "gateway.store.type=redis needs the Redis URI: set redis.uri (env REDIS_URI),"
              + " e.g. redis://127.0.0.1:6379");
    }
    return new RedisConnector(client.get(), properties.timeout());
  }

  /**
   * Made at start-up ({@code @Context}) although it connects nothing then: a missing keyset ({@link
   * SecretSealer}) or codec fails the start instead of the first request.
   */
  @Context
  RedisSessionStore redisSessionStore(
      RedisConnector redis,
      RedisKeys keys,
      StorageCodec codec,
      SecretSealer sealer,
      RedisStoreSettings settings) {
    return new RedisSessionStore(redis, keys, codec, sealer, settings, clock);
  }

  @Singleton
  RedisWalletRequestStore redisWalletRequestStore(
      RedisConnector redis, RedisKeys keys, StorageCodec codec, RedisStoreSettings settings) {
    return new RedisWalletRequestStore(redis, keys, codec, settings, clock);
  }

  @Singleton
  RedisOwnerEventLog redisOwnerEventLog(
      RedisConnector redis, RedisKeys keys, StorageCodec codec, RedisStoreSettings settings) {
    return new RedisOwnerEventLog(redis, keys, codec, settings, clock);
  }

  @Singleton
  RedisProofPayloadStore redisProofPayloadStore(
      RedisConnector redis, RedisKeys keys, RedisStoreSettings settings) {
    return new RedisProofPayloadStore(redis, keys, settings, clock);
  }

  @Singleton
  RedisBridgeCursorStore redisBridgeCursorStore(RedisConnector redis, RedisKeys keys) {
    return new RedisBridgeCursorStore(redis, keys);
  }

  @Context
  RedisSharedSecretStore redisSharedSecretStore(
      RedisConnector redis, RedisKeys keys, SecretSealer sealer) {
    return new RedisSharedSecretStore(redis, keys, sealer);
  }
}
