package io.tcgateway.adapter.redis;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;
import java.time.Duration;

/**
 * The Redis stores' settings, {@code gateway.store.redis.*}; the connection itself is Micronaut's
 * {@code redis.*} ({@code redis.uri}, env {@code REDIS_URI}).
 *
 * @param keyPrefix prepended to every key, so several deployments or test runs share one Redis
 * @param finishedRetention TTL of finished requests, failed or expired sessions and logged events;
 *     {@code gateway.sessions.retention} (default 24h) when unset, so the keys never expire before
 *     the sweep's purge would delete them
 * @param pendingGrace how long a pending session's keys outlive its offer's expiry
 * @param timeout for connecting to Redis and for each command
 * @param purgeBatchSize entries deleted per purge script call
 */
@ConfigurationProperties("gateway.store.redis")
public record RedisStoreProperties(
    @Bindable(defaultValue = "tcg:") String keyPrefix,
    @Nullable Duration finishedRetention,
    @Bindable(defaultValue = "1h") Duration pendingGrace,
    @Bindable(defaultValue = "2s") Duration timeout,
    @Bindable(defaultValue = "500") int purgeBatchSize) {}
