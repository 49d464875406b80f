package io.tcgateway.adapter.wallets;

/**
 * A wallets list document is unusable as a whole: not JSON, not a JSON array, or without a single
 * usable entry. Single malformed entries are not an error; they are dropped and reported in {@link
 * ParsedWalletsList#dropped()}.
 */
public final class WalletsListFormatException extends IllegalArgumentException {
  public WalletsListFormatException(String message) {
    super(message);
  }

  public WalletsListFormatException(String message, Throwable cause) {
    super(message, cause);
  }
}
