package io.tcgateway.adapter.redis;

import io.lettuce.core.KeyScanCursor;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.ScanArgs;
import io.lettuce.core.ScanCursor;
import io.lettuce.core.ScoredValue;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import io.lettuce.core.codec.ByteArrayCodec;
import io.tcgateway.adapter.crypto.TinkKeysets;
import io.tcgateway.adapter.crypto.TinkSecretSealer;
import io.tcgateway.adapter.json.JacksonStorageCodec;
import io.tcgateway.application.port.out.SecretSealer;
import io.tcgateway.application.port.out.StorageCodec;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The Redis the tests run against ({@code redis.uri} system property, else env {@code REDIS_URI},
 * else {@code redis://127.0.0.1:6379}). Register it as a static extension: it fails the class when
 * Redis does not answer (no skipping), hands out stores under fresh key prefixes ({@code
 * tcg-test:<random>:}, as other builds share this Redis) and deletes every key under them after
 * each test. Tests may SCAN their own prefix; the adapter never does.
 */
final class RedisTestSupport implements BeforeAllCallback, AfterEachCallback, AfterAllCallback {
  private final List<String> prefixes = new ArrayList<>();
  private final StorageCodec codec = new JacksonStorageCodec();
  private final SecretSealer sealer =
      TinkSecretSealer.fromKeyset(TinkKeysets.generate(), "a test keyset");
  private RedisURI uri;
  private RedisConnector connector;
  private RedisClient adminClient;
  private StatefulRedisConnection<byte[], byte[]> admin;

  /** The URI of the Redis under test. */
  static RedisURI redisUri() {
    String uri = System.getProperty("redis.uri");
    if (uri == null || uri.isBlank()) {
      uri = System.getenv("REDIS_URI");
    }
    return RedisURI.create(uri == null || uri.isBlank() ? "redis://127.0.0.1:6379" : uri);
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    uri = redisUri();
    adminClient = RedisClient.create(uri);
    try {
      admin = adminClient.connect(ByteArrayCodec.INSTANCE);
      admin.sync().ping();
    } catch (RuntimeException e) {
      adminClient.shutdown();
      throw new AssertionError(
          "Redis at "
              + uri
              + " does not answer; these tests need it (redis-server --daemonize yes"
              + " --bind 127.0.0.1 --port 6379 --save \"\" --appendonly no)",
          e);
    }
    connector = RedisConnector.create(uri, Duration.ofSeconds(10));
  }

  @Override
  public void afterEach(ExtensionContext context) {
    deleteAll();
  }

  @Override
  public void afterAll(ExtensionContext context) {
    deleteAll();
    if (connector != null) {
      connector.close();
    }
    if (admin != null) {
      admin.close();
    }
    if (adminClient != null) {
      adminClient.shutdown();
    }
  }

  /** A key prefix of its own, whose keys are deleted after the test. */
  synchronized String newPrefix() {
    byte[] random = new byte[8];
    ThreadLocalRandom.current().nextBytes(random);
    String prefix = "tcg-test:" + HexFormat.of().formatHex(random) + ":";
    prefixes.add(prefix);
    return prefix;
  }

  RedisConnector connector() {
    return connector;
  }

  StorageCodec codec() {
    return codec;
  }

  SecretSealer sealer() {
    return sealer;
  }

  RedisURI uri() {
    return uri;
  }

  /** Raw commands (binary keys and values) for inspecting and tampering in tests. */
  RedisCommands<byte[], byte[]> admin() {
    return admin.sync();
  }

  RedisKeys newKeys() {
    return new RedisKeys(newPrefix());
  }

  RedisSessionStore sessionStore(RedisKeys keys, Clock clock) {
    return new RedisSessionStore(
        connector, keys, codec, sealer, RedisStoreSettings.defaults(), clock);
  }

  RedisWalletRequestStore requestStore(RedisKeys keys, Clock clock) {
    return new RedisWalletRequestStore(
        connector, keys, codec, RedisStoreSettings.defaults(), clock);
  }

  RedisOwnerEventLog eventLog(RedisKeys keys, Clock clock) {
    return new RedisOwnerEventLog(connector, keys, codec, RedisStoreSettings.defaults(), clock);
  }

  RedisProofPayloadStore payloadStore(RedisKeys keys, Clock clock) {
    return new RedisProofPayloadStore(connector, keys, RedisStoreSettings.defaults(), clock);
  }

  RedisBridgeCursorStore cursorStore(RedisKeys keys) {
    return new RedisBridgeCursorStore(connector, keys);
  }

  RedisSharedSecretStore secretStore(RedisKeys keys) {
    return new RedisSharedSecretStore(connector, keys, sealer);
  }

  /** Every key under {@code prefix}, sorted. */
  List<String> keysUnder(String prefix) {
    List<String> keys = new ArrayList<>();
    ScanCursor cursor = ScanCursor.INITIAL;
    ScanArgs match = ScanArgs.Builder.matches(prefix + "*").limit(1000);
    do {
      KeyScanCursor<byte[]> page = admin().scan(cursor, match);
      page.getKeys().forEach(k -> keys.add(new String(k, StandardCharsets.UTF_8)));
      cursor = page;
    } while (!cursor.isFinished());
    keys.sort(null);
    return keys;
  }

  /**
   * Every key under {@code prefix} with everything it holds, as raw bytes: a string's value, a
   * hash's fields and values, a set's members, a sorted set's members and scores, a list's items.
   */
  Map<String, List<byte[]>> dump(String prefix) {
    Map<String, List<byte[]>> dump = new LinkedHashMap<>();
    for (String key : keysUnder(prefix)) {
      byte[] name = key.getBytes(StandardCharsets.UTF_8);
      List<byte[]> parts = new ArrayList<>();
      parts.add(name);
      String type = admin().type(name);
      switch (type) {
        case "string" -> parts.add(admin().get(name));
        case "hash" ->
            admin()
                .hgetall(name)
                .forEach(
                    (field, value) -> {
                      parts.add(field);
                      parts.add(value);
                    });
        case "set" -> parts.addAll(admin().smembers(name));
        case "zset" -> {
          for (ScoredValue<byte[]> member : admin().zrangeWithScores(name, 0, -1)) {
            parts.add(member.getValue());
            parts.add(Double.toString(member.getScore()).getBytes(StandardCharsets.UTF_8));
          }
        }
        case "list" -> parts.addAll(admin().lrange(name, 0, -1));
        case "none" -> {} // expired meanwhile
        default -> throw new AssertionError("unexpected type " + type + " of " + key);
      }
      dump.put(key, parts);
    }
    return dump;
  }

  /** {@code PTTL} of a key: -1 without TTL, -2 if missing. */
  long pttl(String key) {
    return admin().pttl(key.getBytes(StandardCharsets.UTF_8));
  }

  private synchronized void deleteAll() {
    if (admin == null) {
      return;
    }
    for (String prefix : prefixes) {
      List<String> keys = keysUnder(prefix);
      if (!keys.isEmpty()) {
        admin()
            .del(keys.stream().map(k -> k.getBytes(StandardCharsets.UTF_8)).toArray(byte[][]::new));
      }
    }
    prefixes.clear();
  }
}
