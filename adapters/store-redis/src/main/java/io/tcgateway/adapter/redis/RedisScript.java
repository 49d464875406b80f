package io.tcgateway.adapter.redis;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * A Lua script of this package ({@code <name>.lua} beside the classes) and its SHA-1, the name
 * Redis caches it under: {@link RedisConnector#run} sends {@code EVALSHA} and falls back to {@code
 * EVAL} (which caches it again) when the server answers {@code NOSCRIPT}, after a restart or a
 * {@code SCRIPT FLUSH}.
 */
record RedisScript(String name, String source, String sha) {

  RedisScript {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(sha, "sha");
  }

  /** Loads {@code <name>.lua} from the classpath. */
  static RedisScript load(String name) {
    String resource = name + ".lua";
    try (InputStream in = RedisScript.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing Lua script " + resource);
      }
      String source = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return new RedisScript(name, source, sha1(source));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read Lua script " + resource, e);
    }
  }

  private static String sha1(String source) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-1");
      return HexFormat.of().formatHex(digest.digest(source.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK has no SHA-1", e);
    }
  }

  @Override
  public String toString() {
    return "RedisScript[" + name + ", " + sha + "]";
  }
}
