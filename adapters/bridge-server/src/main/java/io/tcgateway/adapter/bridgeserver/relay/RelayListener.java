package io.tcgateway.adapter.bridgeserver.relay;

/**
 * Receives one subscription's messages: first the buffered ones newer than the cursor, then live
 * ones. Calls for one subscription never overlap. Implementations must not block: they run on the
 * poster's thread.
 */
public interface RelayListener {

  /** A message for one of the subscribed client ids. */
  void onMessage(BufferedMessage message);

  /** The replay is done; from now on only live messages follow. */
  default void onLive() {}

  /**
   * The subscription fell behind and has been cancelled; the listener should end its stream so that
   * the client reconnects with its cursor.
   */
  void onOverflow();
}
