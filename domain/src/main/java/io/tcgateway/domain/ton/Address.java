package io.tcgateway.domain.ton;

import io.tcgateway.domain.bytes.Bytes;
import io.tcgateway.domain.bytes.Hex;
import java.util.Objects;

/**
 * A TON account address: workchain and 32-byte account hash ({@code addr_std} without anycast).
 * Only the basechain (0) and the masterchain (-1) exist, so other workchains are rejected.
 *
 * <p>Text forms: raw {@code <wc>:<64 hex>} (what wallets send, lowercase) and user-friendly (see
 * {@link UserFriendlyAddress}). {@link #parse} accepts both; the flags of a user-friendly form are
 * dropped, use {@link UserFriendlyAddress#parse} to keep them.
 */
public record Address(int workchain, Bytes hash) {
  /** The basechain. */
  public static final int BASECHAIN = 0;

  /** The masterchain. */
  public static final int MASTERCHAIN = -1;

  /** Length of the account hash. */
  public static final int HASH_LENGTH = 32;

  public Address {
    Objects.requireNonNull(hash, "hash");
    if (workchain != BASECHAIN && workchain != MASTERCHAIN) {
      throw new AddressFormatException.InvalidWorkchain(
          "workchain must be 0 or -1, was " + workchain);
    }
    if (hash.length() != HASH_LENGTH) {
      throw new AddressFormatException.InvalidLength(
          "address hash must be 32 bytes, was " + hash.length());
    }
  }

  /** The address with {@code workchain} and {@code hash}. */
  public static Address of(int workchain, Bytes hash) {
    return new Address(workchain, hash);
  }

  /**
   * Parses a raw or a user-friendly address.
   *
   * @throws AddressFormatException (a specific subclass) if it is neither
   */
  public static Address parse(String text) {
    requireNoOuterWhitespace(text);
    return text.indexOf(':') >= 0 ? parseRaw(text) : UserFriendlyAddress.parse(text).address();
  }

  /**
   * Parses {@code <wc>:<64 hex>} (hex in either case).
   *
   * @throws AddressFormatException (a specific subclass) if the text is not a raw address
   */
  public static Address parseRaw(String text) {
    requireNoOuterWhitespace(text);
    int colon = text.indexOf(':');
    if (colon < 0 || text.indexOf(':', colon + 1) >= 0) {
      throw new AddressFormatException.InvalidFormat(
          "raw address must be <workchain>:<64 hex characters>");
    }
    String workchainText = text.substring(0, colon);
    String hashText = text.substring(colon + 1);
    if (!workchainText.matches("-?[0-9]{1,3}")) {
      if (workchainText.length() > 4) {
        throw new AddressFormatException.InvalidFormat(
            "raw address must start with the workchain, then ':'");
      }
      throw new AddressFormatException.InvalidWorkchain(
          "workchain of a raw address must be 0 or -1");
    }
    int workchain = Integer.parseInt(workchainText);
    if (workchain != BASECHAIN && workchain != MASTERCHAIN) {
      throw new AddressFormatException.InvalidWorkchain(
          "workchain must be 0 or -1, was " + workchain);
    }
    if (hashText.length() != HASH_LENGTH * 2) {
      throw new AddressFormatException.InvalidLength(
          "raw address hash must be 64 hex characters, was " + hashText.length());
    }
    byte[] hash;
    try {
      hash = Hex.decode(hashText);
    } catch (IllegalArgumentException e) {
      throw new AddressFormatException.InvalidHex("raw address hash is not hex");
    }
    return new Address(workchain, Bytes.wrap(hash));
  }

  /** Raw form {@code <wc>:<64 lowercase hex>}, as wallets send it. */
  public String toRaw() {
    return workchain + ":" + hash.toHex();
  }

  /** User-friendly form with the given flags, URL-safe alphabet. */
  public String toFriendly(boolean bounceable, boolean testOnly) {
    return new UserFriendlyAddress(this, bounceable, testOnly).format();
  }

  /** Raw form. */
  @Override
  public String toString() {
    return toRaw();
  }

  static void requireNoOuterWhitespace(String text) {
    if (text == null || text.isEmpty()) {
      throw new AddressFormatException.InvalidFormat("address is empty");
    }
    if (Character.isWhitespace(text.charAt(0))
        || Character.isWhitespace(text.charAt(text.length() - 1))) {
      throw new AddressFormatException.InvalidFormat("address has leading or trailing whitespace");
    }
  }
}
