package io.tcgateway.domain.protocol;

import java.math.BigInteger;
import java.util.Objects;

/**
 * The {@code query_id} of a jetton or NFT transfer ({@code queryId} in structured items): a {@code
 * uint64} sent as a decimal string ({@code ^[0-9]+$}).
 */
public record QueryId(BigInteger value) {
  private static final BigInteger LIMIT = BigInteger.ONE.shiftLeft(64);

  public QueryId {
    Objects.requireNonNull(value, "value");
    if (value.signum() < 0 || value.compareTo(LIMIT) >= 0) {
      throw new ProtocolFormatException.InvalidField("queryId", "queryId must be a uint64");
    }
  }

  /** The query id {@code value} (non-negative). */
  public static QueryId of(long value) {
    return new QueryId(BigInteger.valueOf(value));
  }

  /**
   * Parses {@code ^[0-9]+$} up to 2<sup>64</sup>-1.
   *
   * @throws ProtocolFormatException.InvalidField otherwise
   */
  public static QueryId parse(String text) {
    return new QueryId(Amount.parseDigits(text, "queryId", 20));
  }

  /** Canonical decimal. */
  @Override
  public String toString() {
    return value.toString();
  }
}
