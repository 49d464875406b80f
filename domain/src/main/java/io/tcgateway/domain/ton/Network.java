package io.tcgateway.domain.ton;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A TON network, identified on the wire by its {@code global_id} as a decimal string: {@code
 * "-239"} mainnet, {@code "-3"} testnet. TON Connect allows any global id ({@code ChainId = string}
 * matching {@code ^-?\d+$}); {@code global_id} is an int32 in the block header, so larger values
 * are rejected. See protocol.md §4.2 and §6.
 */
public record Network(String id) {
  // Before the constants below: static initializers run in order.
  private static final Pattern GLOBAL_ID = Pattern.compile("-?[0-9]+");

  /** The mainnet, global id -239. */
  public static final Network MAINNET = new Network("-239");

  /** The testnet, global id -3. */
  public static final Network TESTNET = new Network("-3");

  public Network {
    Objects.requireNonNull(id, "id");
    if (!GLOBAL_ID.matcher(id).matches()) {
      throw new IllegalArgumentException("network must match ^-?\\d+$, was '" + id + "'");
    }
    try {
      Integer.parseInt(id);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("network global id must fit in int32, was " + id, e);
    }
  }

  /**
   * Parses the wire form ({@code "-239"}).
   *
   * @throws IllegalArgumentException if it is not a decimal int32
   */
  public static Network parse(String id) {
    return new Network(id);
  }

  /** The network with global id {@code globalId}. */
  public static Network of(int globalId) {
    return new Network(Integer.toString(globalId));
  }

  /** The global id as a number. */
  public int globalId() {
    return Integer.parseInt(id);
  }

  /** Whether this is the mainnet. */
  public boolean isMainnet() {
    return equals(MAINNET);
  }

  /** The wire form. */
  @Override
  public String toString() {
    return id;
  }
}
