package io.tcgateway.domain.protocol;

/**
 * The {@code id} of an app RPC request: a per-session counter the dApp increments for every
 * request, sent as a decimal string ({@code "0"}, {@code "1"} ...). Wallets ignore ids that are not
 * greater than the last one they processed, so the counter must never go back (protocol.md §5).
 */
public record RequestId(long value) implements Comparable<RequestId> {
  /** The first id of a session. */
  public static final RequestId FIRST = new RequestId(0);

  public RequestId {
    if (value < 0) {
      throw new ProtocolFormatException.InvalidField(
          "id", "request id must not be negative, was " + value);
    }
  }

  /** The id {@code value}. */
  public static RequestId of(long value) {
    return new RequestId(value);
  }

  /**
   * Parses the wire form: decimal digits of a non-negative {@code long}.
   *
   * @throws ProtocolFormatException.InvalidField if the text is not that
   */
  public static RequestId parse(String text) {
    if (text == null
        || text.isEmpty()
        || text.length() > 19
        || !text.chars().allMatch(c -> c >= '0' && c <= '9')) {
      throw new ProtocolFormatException.InvalidField(
          "id", "request id must be the decimal digits of a non-negative long, was '" + text + "'");
    }
    try {
      return new RequestId(Long.parseLong(text));
    } catch (NumberFormatException e) {
      throw new ProtocolFormatException.InvalidField("id", "request id does not fit in a long", e);
    }
  }

  /** The following id. */
  public RequestId next() {
    return new RequestId(Math.addExact(value, 1));
  }

  @Override
  public int compareTo(RequestId other) {
    return Long.compare(value, other.value);
  }

  /** The wire form (decimal). */
  @Override
  public String toString() {
    return Long.toString(value);
  }
}
