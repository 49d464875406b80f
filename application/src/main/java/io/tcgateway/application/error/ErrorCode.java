package io.tcgateway.application.error;

/** Stable codes for what can go wrong in a use case; adapters map them to their channel. */
public enum ErrorCode {
  /** A store (database, Redis) could not be reached or refused the write. */
  STORE_UNAVAILABLE,
  /** A wallet bridge could not be reached or refused the message for good. */
  BRIDGE_UNAVAILABLE,
  /** The user already has a connected wallet; disconnect it first. */
  WALLET_ALREADY_CONNECTED,
  /** No wallet of that name is in the wallets list. */
  UNKNOWN_WALLET,
  /**
   * Someone else changed the same record first (optimistic version check); retry with fresh data.
   */
  CONCURRENT_UPDATE,
  /** The user has no connected wallet to send the request to. */
  WALLET_NOT_CONNECTED,
  /** The connected wallet does not advertise a feature the request needs. */
  WALLET_FEATURE_MISSING,
  /** The request cannot be sent as asked (a deadline in the past, another network, ...). */
  INVALID_REQUEST
}
