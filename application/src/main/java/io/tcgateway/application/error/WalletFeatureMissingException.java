package io.tcgateway.application.error;

/**
 * The connected wallet does not advertise what the request needs (the method, enough {@code
 * maxMessages}, an item type, a signData type, extra currencies), so it is not sent — as the SDK's
 * pre-send checks do.
 */
public class WalletFeatureMissingException extends GatewayException {
  public WalletFeatureMissingException(String reason) {
    super(ErrorCode.WALLET_FEATURE_MISSING, reason, null);
  }
}
