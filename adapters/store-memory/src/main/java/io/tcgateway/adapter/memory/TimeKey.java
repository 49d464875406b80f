package io.tcgateway.adapter.memory;

import java.time.Instant;
import java.util.Objects;

/**
 * An entry of a memory store's time index: an instant and the key of what is due then, ordered by
 * instant and then key, so that a sweep takes {@code headSet(before(cutoff))} instead of scanning
 * the whole store under its lock.
 */
record TimeKey<K extends Comparable<K>>(Instant at, K key) implements Comparable<TimeKey<K>> {

  TimeKey {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(key, "key");
  }

  /**
   * The upper bound of a head set of keys strictly before {@code cutoff}: below every key at it.
   */
  static <K extends Comparable<K>> TimeKey<K> before(Instant cutoff, K lowestKey) {
    return new TimeKey<>(cutoff, lowestKey);
  }

  @Override
  public int compareTo(TimeKey<K> other) {
    int byTime = at.compareTo(other.at);
    return byTime != 0 ? byTime : key.compareTo(other.key);
  }
}
