package io.tcgateway.domain.bridge;

import java.util.Objects;

/**
 * The id of one SSE event of a bridge, the cursor a client sends back as {@code last_event_id}. The
 * Bridge API leaves its format open; the reference bridge uses an int64 that starts at the bridge's
 * start time in microseconds and grows by one per message (protocol.md §2.2). Kept as text; when
 * both ids are decimal int64 they are ordered numerically, which is how the reference bridge
 * compares cursors.
 */
public record BridgeEventId(String value) {
  /** Longest id accepted: ample for int64 and for UUID-like ids other bridges might use. */
  public static final int MAX_LENGTH = 128;

  public BridgeEventId {
    Objects.requireNonNull(value, "value");
    if (value.isEmpty()) {
      throw new BridgeFormatException.InvalidEventId("event id is empty");
    }
    if (value.length() > MAX_LENGTH) {
      throw new BridgeFormatException.InvalidEventId(
          "event id is longer than " + MAX_LENGTH + " characters");
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      // Printable ASCII except the comma (it would split a query list) and space.
      if (c <= ' ' || c >= 0x7f || c == ',') {
        throw new BridgeFormatException.InvalidEventId(
            "event id has a forbidden character at index " + i);
      }
    }
  }

  /** The id {@code n} in decimal. */
  public static BridgeEventId of(long n) {
    return new BridgeEventId(Long.toString(n));
  }

  /** Whether the id is a decimal int64, as the reference bridge's ids are. */
  public boolean isNumeric() {
    return numericValue() != null;
  }

  /**
   * Whether this id comes after {@code other} in the bridge's order. Decimal ids compare as
   * numbers; if either is not decimal the bridge's order is unknown and only a different id counts
   * as newer (the last one seen wins, as in the SDK).
   */
  public boolean isAfter(BridgeEventId other) {
    Objects.requireNonNull(other, "other");
    Long mine = numericValue();
    Long theirs = other.numericValue();
    if (mine != null && theirs != null) {
      return mine > theirs;
    }
    return !value.equals(other.value);
  }

  /** The later of the two ids by {@link #isAfter}; {@code this} when they are equal. */
  public BridgeEventId latest(BridgeEventId other) {
    return other.isAfter(this) ? other : this;
  }

  private Long numericValue() {
    int length = value.length();
    int start = value.charAt(0) == '-' ? 1 : 0;
    if (start == length || length - start > 19) {
      return null;
    }
    for (int i = start; i < length; i++) {
      char c = value.charAt(i);
      if (c < '0' || c > '9') {
        return null;
      }
    }
    try {
      return Long.parseLong(value);
    } catch (NumberFormatException overflow) {
      return null;
    }
  }

  @Override
  public String toString() {
    return value;
  }
}
