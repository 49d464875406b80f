package io.tcgateway.domain.protocol;

import io.tcgateway.domain.ton.Address;
import io.tcgateway.domain.ton.UserFriendlyAddress;
import java.util.Objects;

/**
 * An address field that the protocol accepts in raw or user-friendly form ({@code from}, jetton and
 * NFT item addresses), kept in the form it was given so it goes back on the wire unchanged (a
 * user-friendly form keeps its bounceable / test-only flags; it is written URL-safe).
 */
public sealed interface WireAddress permits WireAddress.Raw, WireAddress.Friendly {

  /** The account address. */
  Address address();

  /** The wire text. */
  String text();

  /**
   * Parses a raw ({@code 0:<hex>}) or user-friendly address.
   *
   * @throws io.tcgateway.domain.ton.AddressFormatException if it is neither
   */
  static WireAddress parse(String text) {
    if (text != null && text.indexOf(':') >= 0) {
      return new Raw(Address.parseRaw(text));
    }
    return new Friendly(UserFriendlyAddress.parse(text));
  }

  /** The raw form of {@code address}. */
  static WireAddress raw(Address address) {
    return new Raw(address);
  }

  /** The user-friendly form {@code address}. */
  static WireAddress friendly(UserFriendlyAddress address) {
    return new Friendly(address);
  }

  /** Raw {@code <wc>:<64 hex>}. */
  record Raw(Address address) implements WireAddress {
    public Raw {
      Objects.requireNonNull(address, "address");
    }

    @Override
    public String text() {
      return address.toRaw();
    }

    @Override
    public String toString() {
      return text();
    }
  }

  /** User-friendly base64 with its flags. */
  record Friendly(UserFriendlyAddress friendly) implements WireAddress {
    public Friendly {
      Objects.requireNonNull(friendly, "friendly");
    }

    @Override
    public Address address() {
      return friendly.address();
    }

    @Override
    public String text() {
      return friendly.format();
    }

    @Override
    public String toString() {
      return text();
    }
  }
}
