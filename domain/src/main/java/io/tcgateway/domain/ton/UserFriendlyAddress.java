package io.tcgateway.domain.ton;

import io.tcgateway.domain.bytes.Base64s;
import io.tcgateway.domain.bytes.Bytes;
import java.util.Objects;

/**
 * An address in user-friendly form together with its flags.
 *
 * <pre>
 * 36 bytes = tag(1) || workchain int8 (1) || hash(32) || crc16-xmodem(bytes 0..33) big-endian (2)
 * tag      = 0x11 bounceable | 0x51 non-bounceable, | 0x80 when test-only
 * text     = base64 of the 36 bytes (48 characters, no padding); URL-safe on output, both on input
 * </pre>
 *
 * See protocol.md §10 and the SDK's {@code src/utils/address.ts}.
 */
public record UserFriendlyAddress(Address address, boolean bounceable, boolean testOnly) {
  private static final int BOUNCEABLE_TAG = 0x11;
  private static final int NON_BOUNCEABLE_TAG = 0x51;
  private static final int TEST_ONLY_FLAG = 0x80;
  private static final int DECODED_LENGTH = 36;
  private static final int TEXT_LENGTH = 48;

  public UserFriendlyAddress {
    Objects.requireNonNull(address, "address");
  }

  /**
   * Parses a user-friendly address in either base64 alphabet.
   *
   * @throws AddressFormatException (a specific subclass) if the text is not one
   */
  public static UserFriendlyAddress parse(String text) {
    Address.requireNoOuterWhitespace(text);
    if (text.length() != TEXT_LENGTH) {
      if (text.chars().allMatch(c -> Character.digit(c, 16) >= 0 && c < 0x80)) {
        throw new AddressFormatException.InvalidFormat(
            "hex without a workchain is not an address: use <workchain>:<64 hex> or the"
                + " user-friendly form");
      }
      throw new AddressFormatException.InvalidLength(
          "user-friendly address must be 48 characters, was " + text.length());
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean base64 =
          (c >= 'A' && c <= 'Z')
              || (c >= 'a' && c <= 'z')
              || (c >= '0' && c <= '9')
              || c == '+'
              || c == '/'
              || c == '-'
              || c == '_'
              || (c == '=' && i >= TEXT_LENGTH - 2);
      if (!base64) {
        throw new AddressFormatException.InvalidCharacters(
            "user-friendly address has a non-base64 character at index " + i);
      }
    }
    byte[] data;
    try {
      data = Base64s.decodeLenient(text);
    } catch (IllegalArgumentException e) {
      throw new AddressFormatException.InvalidCharacters(
          "user-friendly address is not base64: " + e.getMessage());
    }
    if (data.length != DECODED_LENGTH) {
      throw new AddressFormatException.InvalidLength(
          "user-friendly address must decode to 36 bytes, was " + data.length);
    }
    int expectedCrc = Crc16.xmodem(data, 0, 34);
    int actualCrc = ((data[34] & 0xff) << 8) | (data[35] & 0xff);
    if (expectedCrc != actualCrc) {
      throw new AddressFormatException.InvalidChecksum("user-friendly address checksum mismatch");
    }
    int tag = data[0] & 0xff;
    boolean testOnly = (tag & TEST_ONLY_FLAG) != 0;
    int baseTag = tag & ~TEST_ONLY_FLAG;
    if (baseTag != BOUNCEABLE_TAG && baseTag != NON_BOUNCEABLE_TAG) {
      throw new AddressFormatException.InvalidTag(
          String.format("user-friendly address tag 0x%02x is not 0x11/0x51 (| 0x80)", tag));
    }
    Address address = new Address(data[1], Bytes.of(data, 2, Address.HASH_LENGTH));
    return new UserFriendlyAddress(address, baseTag == BOUNCEABLE_TAG, testOnly);
  }

  /** URL-safe base64 text (what TON Connect sends). */
  public String format() {
    return Base64s.encodeUrlSafe(toBytes());
  }

  /** Base64 text in the URL-safe ({@code -_}) or standard ({@code +/}) alphabet. */
  public String format(boolean urlSafe) {
    return urlSafe ? format() : Base64s.encodeStandard(toBytes());
  }

  private byte[] toBytes() {
    byte[] data = new byte[DECODED_LENGTH];
    int tag = bounceable ? BOUNCEABLE_TAG : NON_BOUNCEABLE_TAG;
    data[0] = (byte) (testOnly ? tag | TEST_ONLY_FLAG : tag);
    data[1] = (byte) address.workchain();
    address.hash().copyTo(data, 2);
    int crc = Crc16.xmodem(data, 0, 34);
    data[34] = (byte) (crc >>> 8);
    data[35] = (byte) crc;
    return data;
  }

  @Override
  public String toString() {
    return format();
  }
}
