package io.tcgateway.testkit.wallet;

/**
 * The simulated wallet could not do what it was asked: the bridge refused or was unreachable, or
 * the connection is in the wrong state.
 */
public class SimulatedWalletException extends IllegalStateException {
  private static final long serialVersionUID = 1L;

  public SimulatedWalletException(String message) {
    super(message);
  }

  public SimulatedWalletException(String message, Throwable cause) {
    super(message, cause);
  }
}
