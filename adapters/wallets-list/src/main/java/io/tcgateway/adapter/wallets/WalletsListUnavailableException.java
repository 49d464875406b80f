package io.tcgateway.adapter.wallets;

/**
 * A wallets list source could not be read: a network or file error, a timeout, an HTTP status other
 * than 2xx, or a body over the size limit. The message names the source.
 */
public final class WalletsListUnavailableException extends RuntimeException {
  public WalletsListUnavailableException(String message) {
    super(message);
  }

  public WalletsListUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
