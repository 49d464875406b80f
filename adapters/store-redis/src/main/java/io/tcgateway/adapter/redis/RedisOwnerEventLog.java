package io.tcgateway.adapter.redis;

import io.lettuce.core.ScriptOutputType;
import io.tcgateway.application.port.out.OwnerEventLog;
import io.tcgateway.application.port.out.StorageCodec;
import io.tcgateway.application.port.out.StoredDocumentException;
import io.tcgateway.application.port.out.WalletNotifier;
import io.tcgateway.domain.session.SessionOwner;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * {@link OwnerEventLog} in Redis. Each entry is a hash ({@code event:<sequence>}: owner, event key,
 * time, document); sequences come from one {@code INCR} counter, so they are unique and increase
 * across owners and survive purges. Per owner, a sorted set scored by sequence serves {@link
 * #readAfter} and a hash from event key to sequence makes {@link #append} idempotent; a sorted set
 * of every sequence by time serves {@link #purgeBefore}. {@code event-append.lua} checks the key
 * and writes all of it atomically.
 *
 * <p>An entry's key expires {@link RedisStoreSettings#retention()} after its time (the purge
 * normally removes it first); the owner's two keys live as long as their newest entry. Entries
 * whose key expired are skipped and dropped from the sets when met.
 */
public final class RedisOwnerEventLog implements OwnerEventLog {
  private static final RedisScript APPEND = RedisScript.load("event-append");
  private static final RedisScript READ = RedisScript.load("events-read");
  private static final RedisScript PURGE = RedisScript.load("events-purge");

  private final RedisConnector redis;
  private final RedisKeys keys;
  private final StorageCodec codec;
  private final RedisStoreSettings settings;
  private final Clock clock;

  public RedisOwnerEventLog(
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
  public LoggedEvent append(SessionOwner owner, WalletNotifier.Event event, Instant at) {
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(event, "event");
    Objects.requireNonNull(at, "at");
    Duration ttl =
        RedisTimes.atLeast(
            Duration.between(clock.instant(), at.plus(settings.retention())), RedisTimes.MIN_TTL);
    List<Object> result =
        redis.run(
            APPEND,
            ScriptOutputType.MULTI,
            List.of(
                keys.ownerEventKeys(owner),
                keys.ownerEvents(owner),
                keys.eventSequence(),
                keys.eventsByTime()),
            List.of(
                keys.prefix(),
                event.key(),
                owner.key(),
                at.toString(),
                RedisTimes.score(at),
                codec.encodeEvent(event),
                RedisTimes.ttlMillis(ttl)));
    boolean fresh = ((Number) result.get(0)).longValue() == 1;
    long sequence = Long.parseLong(result.get(1).toString());
    if (fresh) {
      return new LoggedEvent(sequence, owner, at, event, true);
    }
    return entry(sequence, owner, (String) result.get(2), (String) result.get(3));
  }

  @Override
  public List<LoggedEvent> readAfter(SessionOwner owner, long afterSequence, int limit) {
    Objects.requireNonNull(owner, "owner");
    if (limit <= 0) {
      return List.of();
    }
    List<Object> found =
        redis.run(
            READ,
            ScriptOutputType.MULTI,
            List.of(keys.ownerEvents(owner)),
            List.of(keys.prefix(), Long.toString(afterSequence), Integer.toString(limit)));
    List<LoggedEvent> entries = new ArrayList<>(found.size() / 3);
    for (int i = 0; i + 2 < found.size(); i += 3) {
      entries.add(
          entry(
              Long.parseLong(found.get(i).toString()),
              owner,
              (String) found.get(i + 1),
              (String) found.get(i + 2)));
    }
    return entries;
  }

  @Override
  public int purgeBefore(Instant cutoff) {
    Objects.requireNonNull(cutoff, "cutoff");
    String batch = Integer.toString(settings.purgeBatchSize());
    int purged = 0;
    while (true) {
      Long deleted =
          redis.run(
              PURGE,
              ScriptOutputType.INTEGER,
              List.of(keys.eventsByTime()),
              List.of(keys.prefix(), RedisTimes.score(cutoff), batch));
      int count = deleted == null ? 0 : deleted.intValue();
      purged += count;
      if (count < settings.purgeBatchSize()) {
        return purged;
      }
    }
  }

  private LoggedEvent entry(long sequence, SessionOwner owner, String at, String document) {
    Instant time;
    try {
      time = Instant.parse(at);
    } catch (DateTimeException e) {
      throw new StoredDocumentException(
          "at", "the time of event " + sequence + " is unreadable", e);
    }
    return new LoggedEvent(sequence, owner, time, codec.decodeEvent(document), false);
  }

  @Override
  public String toString() {
    return "RedisOwnerEventLog[" + keys.prefix() + "]";
  }
}
