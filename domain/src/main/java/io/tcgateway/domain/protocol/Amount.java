package io.tcgateway.domain.protocol;

import java.math.BigInteger;
import java.util.Objects;

/**
 * A non-negative amount sent as a decimal string ({@code ^[0-9]+$}): nanotons for {@code amount},
 * {@code attachAmount} and {@code forwardAmount}, elementary units for jetton amounts and extra
 * currencies. TON stores all of them as {@code VarUInteger 16}, so the value must be below
 * 2<sup>120</sup>. The wire form is canonical decimal (leading zeros are dropped).
 */
public record Amount(BigInteger value) implements Comparable<Amount> {
  // Before ZERO: static initializers run in order.
  private static final BigInteger LIMIT = BigInteger.ONE.shiftLeft(120);

  /** Zero. */
  public static final Amount ZERO = new Amount(BigInteger.ZERO);

  public Amount {
    Objects.requireNonNull(value, "value");
    if (value.signum() < 0) {
      throw new ProtocolFormatException.InvalidField("amount", "amount must not be negative");
    }
    if (value.compareTo(LIMIT) >= 0) {
      throw new ProtocolFormatException.InvalidField(
          "amount", "amount must be below 2^120 (VarUInteger 16)");
    }
  }

  /** The amount {@code value}. */
  public static Amount of(long value) {
    return new Amount(BigInteger.valueOf(value));
  }

  /**
   * Parses {@code ^[0-9]+$}.
   *
   * @throws ProtocolFormatException.InvalidField if the text is not decimal digits or too large
   */
  public static Amount parse(String text) {
    return new Amount(parseDigits(text, "amount", 40));
  }

  static BigInteger parseDigits(String text, String what, int maxDigits) {
    if (text == null || text.isEmpty() || !text.chars().allMatch(c -> c >= '0' && c <= '9')) {
      throw new ProtocolFormatException.InvalidField(
          what, what + " must match ^[0-9]+$, was '" + text + "'");
    }
    String digits = text.replaceFirst("^0+(?=.)", "");
    if (digits.length() > maxDigits) {
      throw new ProtocolFormatException.InvalidField(what, what + " is too large");
    }
    return new BigInteger(digits);
  }

  @Override
  public int compareTo(Amount other) {
    return value.compareTo(other.value);
  }

  /** Canonical decimal. */
  @Override
  public String toString() {
    return value.toString();
  }
}
