package io.tcgateway.adapter.redis;

import io.lettuce.core.ScriptOutputType;
import io.tcgateway.application.port.out.BridgeCursorStore;
import io.tcgateway.domain.bridge.BridgeEventId;
import io.tcgateway.domain.bridge.BridgeUrl;
import io.tcgateway.domain.crypto.SessionPublicKey;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * {@link BridgeCursorStore} in Redis: one hash per bridge ({@code cursors:<bridge url>}, client id
 * → event id). {@code cursors-advance.lua} moves every given cursor in one step and compares
 * decimal ids as int64 digit strings (Lua numbers are doubles, exact only to 2^53). Cursors have no
 * TTL: they are removed with their session.
 */
public final class RedisBridgeCursorStore implements BridgeCursorStore {
  private static final RedisScript ADVANCE = RedisScript.load("cursors-advance");

  private final RedisConnector redis;
  private final RedisKeys keys;

  public RedisBridgeCursorStore(RedisConnector redis, RedisKeys keys) {
    this.redis = Objects.requireNonNull(redis, "redis");
    this.keys = Objects.requireNonNull(keys, "keys");
  }

  @Override
  public Optional<BridgeEventId> find(BridgeUrl bridge, SessionPublicKey clientId) {
    Objects.requireNonNull(bridge, "bridge");
    Objects.requireNonNull(clientId, "clientId");
    String stored =
        redis.call("read cursor", c -> c.hget(keys.cursors(bridge), clientId.clientId()));
    return Optional.ofNullable(stored).map(BridgeEventId::new);
  }

  @Override
  public void advance(
      BridgeUrl bridge, Collection<SessionPublicKey> clientIds, BridgeEventId eventId) {
    Objects.requireNonNull(bridge, "bridge");
    Objects.requireNonNull(clientIds, "clientIds");
    Objects.requireNonNull(eventId, "eventId");
    if (clientIds.isEmpty()) {
      return;
    }
    List<String> args = new ArrayList<>(clientIds.size() + 1);
    args.add(eventId.value());
    clientIds.forEach(id -> args.add(id.clientId()));
    redis.run(ADVANCE, ScriptOutputType.INTEGER, List.of(keys.cursors(bridge)), args);
  }

  @Override
  public void remove(BridgeUrl bridge, SessionPublicKey clientId) {
    Objects.requireNonNull(bridge, "bridge");
    Objects.requireNonNull(clientId, "clientId");
    redis.call("remove cursor", c -> c.hdel(keys.cursors(bridge), clientId.clientId()));
  }

  @Override
  public String toString() {
    return "RedisBridgeCursorStore[" + keys.prefix() + "]";
  }
}
