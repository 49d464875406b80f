package io.tcgateway.adapter.redis;

import static org.assertj.core.api.Assertions.assertThat;

import io.lettuce.core.ScriptOutputType;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A script Redis has never seen (as after a restart or a {@code SCRIPT FLUSH}) runs through the
 * {@code EVAL} fallback, which caches it for the next {@code EVALSHA}. Uses a script of its own, so
 * the shared Redis's script cache is not flushed.
 */
class RedisScriptFallbackIT {
  @RegisterExtension static final RedisTestSupport redis = new RedisTestSupport();

  @Test
  void anUnknownScriptIsSentWithEvalAndCachedForEvalsha() {
    String source = "-- " + UUID.randomUUID() + "\nreturn redis.call('SET', KEYS[1], ARGV[1])";
    RedisScript fresh =
        new RedisScript(
            "test-fresh",
            source,
            java.util.HexFormat.of().formatHex(sha1(source.getBytes(StandardCharsets.UTF_8))));
    assertThat(redis.admin().scriptExists(fresh.sha())).containsExactly(false);
    String key = redis.newPrefix() + "fallback";

    Object first =
        redis.connector().run(fresh, ScriptOutputType.STATUS, List.of(key), List.of("one"));
    assertThat(first).isEqualTo("OK");
    assertThat(redis.admin().scriptExists(fresh.sha())).containsExactly(true);
    redis.connector().run(fresh, ScriptOutputType.STATUS, List.of(key), List.of("two"));
    assertThat(
            new String(
                redis.admin().get(key.getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8))
        .isEqualTo("two");
  }

  @Test
  void theLoadedScriptsShaIsTheOneRedisComputes() {
    RedisScript save = RedisScript.load("session-save");
    assertThat(redis.admin().scriptLoad(save.source().getBytes(StandardCharsets.UTF_8)))
        .isEqualTo(save.sha());
  }

  private static byte[] sha1(byte[] data) {
    try {
      return java.security.MessageDigest.getInstance("SHA-1").digest(data);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
