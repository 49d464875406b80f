package io.tcgateway.domain.bytes;

import java.util.Arrays;
import java.util.Objects;

/**
 * An immutable byte string with content equality. Use it wherever a record would otherwise hold a
 * {@code byte[]} (arrays break record {@code equals}). Copies on the way in and on the way out.
 */
public final class Bytes implements Comparable<Bytes> {
  private static final Bytes EMPTY = new Bytes(new byte[0]);

  private final byte[] value;

  private Bytes(byte[] owned) {
    this.value = owned;
  }

  /** A copy of {@code bytes}. */
  public static Bytes of(byte[] bytes) {
    Objects.requireNonNull(bytes, "bytes");
    return bytes.length == 0 ? EMPTY : new Bytes(bytes.clone());
  }

  /** A copy of {@code length} bytes of {@code bytes} from {@code offset}. */
  public static Bytes of(byte[] bytes, int offset, int length) {
    Objects.checkFromIndexSize(offset, length, bytes.length);
    return new Bytes(Arrays.copyOfRange(bytes, offset, offset + length));
  }

  /** The empty byte string. */
  public static Bytes empty() {
    return EMPTY;
  }

  /** Decodes strict hex (see {@link Hex#decode}). */
  public static Bytes fromHex(CharSequence hex) {
    return new Bytes(Hex.decode(hex));
  }

  /**
   * Takes ownership of {@code bytes} without copying. Only for callers that have just built the
   * array and never touch it again.
   */
  public static Bytes wrap(byte[] bytes) {
    Objects.requireNonNull(bytes, "bytes");
    return new Bytes(bytes);
  }

  /** Number of bytes. */
  public int length() {
    return value.length;
  }

  /** Whether there are no bytes. */
  public boolean isEmpty() {
    return value.length == 0;
  }

  /** The byte at {@code index}. */
  public byte get(int index) {
    return value[index];
  }

  /** A fresh copy of the bytes. */
  public byte[] toByteArray() {
    return value.clone();
  }

  /** Copies the bytes into {@code target} at {@code offset}. */
  public void copyTo(byte[] target, int offset) {
    System.arraycopy(value, 0, target, offset, value.length);
  }

  /** The bytes from {@code from} (inclusive) to {@code to} (exclusive). */
  public Bytes slice(int from, int to) {
    Objects.checkFromToIndex(from, to, value.length);
    return new Bytes(Arrays.copyOfRange(value, from, to));
  }

  /** This byte string followed by {@code other}. */
  public Bytes concat(Bytes other) {
    byte[] joined = Arrays.copyOf(value, value.length + other.value.length);
    System.arraycopy(other.value, 0, joined, value.length, other.value.length);
    return new Bytes(joined);
  }

  /** Lowercase hex. */
  public String toHex() {
    return Hex.encode(value);
  }

  /** Standard base64 with padding. */
  public String toBase64() {
    return Base64s.encodeStandard(value);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Bytes other && Arrays.equals(value, other.value);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(value);
  }

  @Override
  public int compareTo(Bytes other) {
    return Arrays.compareUnsigned(value, other.value);
  }

  /** Lowercase hex; never use {@code Bytes} for secrets (they have their own redacting types). */
  @Override
  public String toString() {
    return toHex();
  }
}
