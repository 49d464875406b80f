package io.tcgateway.adapter.redis;

import io.lettuce.core.ScriptOutputType;
import io.tcgateway.application.port.out.DuplicateRequestException;
import io.tcgateway.application.port.out.StorageCodec;
import io.tcgateway.application.port.out.WalletRequestStore;
import io.tcgateway.domain.session.RequestRef;
import io.tcgateway.domain.session.SessionId;
import io.tcgateway.domain.session.WalletRequest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * {@link WalletRequestStore} in Redis. A request is a hash ({@code request:<ref>}: document and
 * version); a set per session lists its pending requests, one sorted set orders pending requests by
 * deadline (for {@link #findOverdue}) and one orders finished requests by when they finished (for
 * {@link #purgeFinishedBefore}). {@code request-write.lua} does the insert-if-absent or the
 * compare-and-set and moves the reference between those sets in the same atomic step.
 *
 * <p>A finished request's key expires {@link RedisStoreSettings#retention()} after it finished (the
 * purge normally removes it first); a pending one has no TTL. Times are compared at microsecond
 * precision.
 */
public final class RedisWalletRequestStore implements WalletRequestStore {
  private static final RedisScript WRITE = RedisScript.load("request-write");
  private static final RedisScript PENDING = RedisScript.load("requests-pending");
  private static final RedisScript OVERDUE = RedisScript.load("requests-overdue");
  private static final RedisScript PURGE = RedisScript.load("requests-purge");

  /** Oldest first; requests created at one instant in request id order. */
  private static final Comparator<WalletRequest> OLDEST_FIRST =
      Comparator.comparing(WalletRequest::createdAt)
          .thenComparingLong(r -> r.ref().requestId().value());

  private final RedisConnector redis;
  private final RedisKeys keys;
  private final StorageCodec codec;
  private final RedisStoreSettings settings;
  private final Clock clock;

  public RedisWalletRequestStore(
      RedisConnector redis,
      RedisKeys keys,
      StorageCodec codec,
      RedisStoreSettings settings,
      Clock clock) {
    this.redis = Objects.requireNonNull(redis, "redis");
    this.keys = Objects.requireNonNull(keys, "keys");
    this.codec = Objects.requireNonNull(codec, "codec");
    this.settings = Objects.requireNonNull(settings, "settings");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  @Override
  public void insert(WalletRequest request) {
    Objects.requireNonNull(request, "request");
    if (request.version() != 0) {
      throw new IllegalArgumentException("a new request has version 0, was " + request.version());
    }
    if (!write(request, "")) {
      throw new DuplicateRequestException(request.ref());
    }
  }

  @Override
  public boolean replace(WalletRequest next) {
    Objects.requireNonNull(next, "next");
    if (next.version() <= 0) {
      return false;
    }
    return write(next, Long.toString(next.version() - 1));
  }

  private boolean write(WalletRequest request, String expectedVersion) {
    RequestRef ref = request.ref();
    // A finished request's key lives until retention after it finished.
    Duration ttl =
        Duration.between(clock.instant(), request.changedAt().plus(settings.retention()));
    Long written =
        redis.run(
            WRITE,
            ScriptOutputType.INTEGER,
            List.of(
                keys.request(ref),
                keys.pendingRequests(ref.sessionId()),
                keys.requestDeadlines(),
                keys.finishedRequests()),
            List.of(
                ref.value(),
                Long.toString(request.version()),
                expectedVersion,
                codec.encodeRequest(request),
                request.isPending() ? "1" : "0",
                RedisTimes.score(request.deadline()),
                RedisTimes.score(request.changedAt()),
                RedisTimes.ttlMillis(RedisTimes.atLeast(ttl, RedisTimes.MIN_TTL))));
    return written != null && written == 1;
  }

  @Override
  public Optional<WalletRequest> find(RequestRef ref) {
    Objects.requireNonNull(ref, "ref");
    String doc = redis.call("read request", c -> c.hget(keys.request(ref), "doc"));
    return doc == null ? Optional.empty() : Optional.of(codec.decodeRequest(doc));
  }

  @Override
  public List<WalletRequest> findPending(SessionId session) {
    Objects.requireNonNull(session, "session");
    List<String> docs =
        redis.run(
            PENDING,
            ScriptOutputType.MULTI,
            List.of(keys.pendingRequests(session)),
            List.of(keys.prefix()));
    List<WalletRequest> pending = new ArrayList<>(docs.size());
    for (String doc : docs) {
      WalletRequest request = codec.decodeRequest(doc);
      if (request.isPending()) {
        pending.add(request);
      }
    }
    pending.sort(OLDEST_FIRST);
    return pending;
  }

  @Override
  public List<WalletRequest> findOverdue(Instant now, int limit) {
    Objects.requireNonNull(now, "now");
    if (limit <= 0) {
      return List.of();
    }
    List<String> docs =
        redis.run(
            OVERDUE,
            ScriptOutputType.MULTI,
            List.of(keys.requestDeadlines()),
            List.of(keys.prefix(), RedisTimes.score(now), Integer.toString(limit)));
    List<WalletRequest> overdue = new ArrayList<>(docs.size());
    for (String doc : docs) {
      WalletRequest request = codec.decodeRequest(doc);
      // Scores are whole microseconds; the exact instant decides.
      if (request.isOverdueAt(now)) {
        overdue.add(request);
      }
    }
    overdue.sort(Comparator.comparing(WalletRequest::deadline));
    return overdue;
  }

  @Override
  public int purgeFinishedBefore(Instant cutoff) {
    Objects.requireNonNull(cutoff, "cutoff");
    String batch = Integer.toString(settings.purgeBatchSize());
    int purged = 0;
    while (true) {
      Long deleted =
          redis.run(
              PURGE,
              ScriptOutputType.INTEGER,
              List.of(keys.finishedRequests()),
              List.of(keys.prefix(), RedisTimes.score(cutoff), batch));
      int count = deleted == null ? 0 : deleted.intValue();
      purged += count;
      if (count < settings.purgeBatchSize()) {
        return purged;
      }
    }
  }

  @Override
  public String toString() {
    return "RedisWalletRequestStore[" + keys.prefix() + "]";
  }
}
