package io.tcgateway.domain.protocol;

import io.tcgateway.domain.ton.UserFriendlyAddress;
import java.util.Objects;
import java.util.Optional;

/**
 * One raw message of a sendTransaction / signMessage payload (protocol.md §6):
 *
 * <pre>
 * {"address":"UQ...","amount":"20000000","payload"?:"te6cc...","stateInit"?:"te6cc...",
 *  "extra_currency"?:{"239":"1000000000"}}
 * </pre>
 *
 * The address must be user-friendly (its bounceable flag tells the wallet how to send; wallets
 * reject raw addresses), payload and state init are one-root BoCs.
 */
public record TransactionMessage(
    UserFriendlyAddress address,
    Amount amount,
    Optional<BocBase64> payload,
    Optional<BocBase64> stateInit,
    ExtraCurrencies extraCurrency) {

  public TransactionMessage {
    if (address == null) {
      throw new ProtocolFormatException.MissingField("address");
    }
    if (amount == null) {
      throw new ProtocolFormatException.MissingField("amount");
    }
    Objects.requireNonNull(payload, "payload");
    Objects.requireNonNull(stateInit, "stateInit");
    Objects.requireNonNull(extraCurrency, "extraCurrency");
  }

  /** A plain transfer of {@code amount} to {@code address}. */
  public static TransactionMessage of(UserFriendlyAddress address, Amount amount) {
    return new TransactionMessage(
        address, amount, Optional.empty(), Optional.empty(), ExtraCurrencies.none());
  }
}
