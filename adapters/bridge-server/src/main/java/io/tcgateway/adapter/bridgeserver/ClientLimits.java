package io.tcgateway.adapter.bridgeserver;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Per-IP limits (protocol.md §2.1, §2.3, §13 item 10): open SSE streams, and POSTs per second as a
 * token bucket that holds up to one second's worth. Both are off when their setting is 0, and do
 * not apply to loopback clients unless {@code limits-apply-to-loopback} is set. The client IP is
 * what Micronaut's {@code HttpClientAddressResolver} reports, so a proxy's header is honoured when
 * {@code micronaut.server.client-address-header} names it.
 */
@Singleton
final class ClientLimits {
  private final BridgeServerProperties properties;
  private final Clock clock;
  private final Map<String, Integer> openStreams = new ConcurrentHashMap<>();
  private final Map<String, TokenBucket> postBuckets = new ConcurrentHashMap<>();

  ClientLimits(BridgeServerProperties properties, Clock clock) {
    this.properties = properties;
    this.clock = clock;
  }

  /** A held stream slot; {@link #release} is idempotent. */
  interface StreamPermit {
    void release();
  }

  /** A stream slot for {@code ip}, or null if the IP has {@code max-streams-per-ip} open. */
  StreamPermit tryOpenStream(String ip) {
    int max = properties.maxStreamsPerIp();
    if (max == 0 || exempt(ip)) {
      return () -> {};
    }
    boolean[] granted = {false};
    openStreams.compute(
        ip,
        (key, open) -> {
          int current = open == null ? 0 : open;
          if (current >= max) {
            return open;
          }
          granted[0] = true;
          return current + 1;
        });
    if (!granted[0]) {
      return null;
    }
    AtomicBoolean released = new AtomicBoolean();
    return () -> {
      if (released.compareAndSet(false, true)) {
        openStreams.computeIfPresent(ip, (key, open) -> open <= 1 ? null : open - 1);
      }
    };
  }

  /** Whether {@code ip} may post now; takes a token if so. */
  boolean tryPost(String ip) {
    int rate = properties.maxPostsPerSecondPerIp();
    if (rate == 0 || exempt(ip)) {
      return true;
    }
    return postBuckets.computeIfAbsent(ip, key -> new TokenBucket(rate)).tryTake(clock.millis());
  }

  /** Forgets the buckets that are full again, so idle IPs take no memory. */
  void forgetIdle() {
    long now = clock.millis();
    postBuckets.values().removeIf(bucket -> bucket.isFull(now));
  }

  /** The limit message of the reference bridge. */
  String streamLimitMessage() {
    return "you have reached the limit of streaming connections: "
        + properties.maxStreamsPerIp()
        + " max";
  }

  /** The message of a refused POST. */
  String postLimitMessage() {
    return "you have reached the limit of messages: "
        + properties.maxPostsPerSecondPerIp()
        + " per second max";
  }

  private boolean exempt(String ip) {
    return !properties.limitsApplyToLoopback() && isLoopback(ip);
  }

  /** Loopback in textual form: 127.0.0.0/8, ::1 (any spelling) or IPv4-mapped 127.x. */
  static boolean isLoopback(String ip) {
    if (ip == null) {
      return false;
    }
    String host = ip.toLowerCase(Locale.ROOT);
    if (host.startsWith("[") && host.endsWith("]")) {
      host = host.substring(1, host.length() - 1);
    }
    int zone = host.indexOf('%');
    if (zone >= 0) {
      host = host.substring(0, zone);
    }
    if (host.startsWith("::ffff:")) {
      host = host.substring("::ffff:".length());
    }
    return host.startsWith("127.")
        || host.equals("::1")
        || host.equals("0:0:0:0:0:0:0:1")
        || host.equals("localhost");
  }

  /** Refills {@code rate} tokens per second up to {@code rate}; synchronized per IP. */
  private static final class TokenBucket {
    private final int rate;
    private double tokens;
    private long updatedAt = Long.MIN_VALUE;

    TokenBucket(int rate) {
      this.rate = rate;
      this.tokens = rate;
    }

    synchronized boolean tryTake(long nowMillis) {
      refill(nowMillis);
      if (tokens >= 1) {
        tokens -= 1;
        return true;
      }
      return false;
    }

    synchronized boolean isFull(long nowMillis) {
      refill(nowMillis);
      return tokens >= rate;
    }

    private void refill(long nowMillis) {
      if (updatedAt != Long.MIN_VALUE && nowMillis > updatedAt) {
        tokens = Math.min(rate, tokens + (nowMillis - updatedAt) * rate / 1000.0);
      }
      if (updatedAt == Long.MIN_VALUE || nowMillis > updatedAt) {
        updatedAt = nowMillis;
      }
    }
  }
}
