package io.tcgateway.domain.protocol;

import io.tcgateway.domain.ton.UserFriendlyAddress;
import java.util.Objects;
import java.util.Optional;

/**
 * A structured item of a sendTransaction / signMessage payload: the wallet builds the message
 * itself (protocol.md §6, SDK {@code RpcStructuredItem}). Needs {@code itemTypes} in the wallet's
 * feature.
 */
public sealed interface StructuredItem
    permits StructuredItem.Ton, StructuredItem.Jetton, StructuredItem.Nft {

  /** The item type. */
  StructuredItemType type();

  /** Whether the item carries extra currencies. */
  default boolean hasExtraCurrency() {
    return false;
  }

  /**
   * {@code {"type":"ton","address","amount","payload"?,"stateInit"?,"extra_currency"?}}: a native
   * transfer; the address must be user-friendly, as for raw messages.
   */
  record Ton(
      UserFriendlyAddress address,
      Amount amount,
      Optional<BocBase64> payload,
      Optional<BocBase64> stateInit,
      ExtraCurrencies extraCurrency)
      implements StructuredItem {
    public Ton {
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

    @Override
    public StructuredItemType type() {
      return StructuredItemType.TON;
    }

    @Override
    public boolean hasExtraCurrency() {
      return !extraCurrency.isEmpty();
    }
  }

  /**
   * {@code {"type":"jetton","master","destination","amount", <transfer options>}}: a TEP-74
   * transfer of {@code amount} jettons of {@code master}. Addresses may be raw or user-friendly.
   */
  record Jetton(WireAddress master, WireAddress destination, Amount amount, TransferOptions options)
      implements StructuredItem {
    public Jetton {
      if (master == null) {
        throw new ProtocolFormatException.MissingField("master");
      }
      if (destination == null) {
        throw new ProtocolFormatException.MissingField("destination");
      }
      if (amount == null) {
        throw new ProtocolFormatException.MissingField("amount");
      }
      Objects.requireNonNull(options, "options");
    }

    /** A transfer with every optional field left to the wallet. */
    public static Jetton of(WireAddress master, WireAddress destination, Amount amount) {
      return new Jetton(master, destination, amount, TransferOptions.NONE);
    }

    @Override
    public StructuredItemType type() {
      return StructuredItemType.JETTON;
    }
  }

  /**
   * {@code {"type":"nft","nftAddress","newOwner", <transfer options>}}: a TEP-62 transfer of the
   * item at {@code nftAddress}. Addresses may be raw or user-friendly.
   */
  record Nft(WireAddress nftAddress, WireAddress newOwner, TransferOptions options)
      implements StructuredItem {
    public Nft {
      if (nftAddress == null) {
        throw new ProtocolFormatException.MissingField("nftAddress");
      }
      if (newOwner == null) {
        throw new ProtocolFormatException.MissingField("newOwner");
      }
      Objects.requireNonNull(options, "options");
    }

    /** A transfer with every optional field left to the wallet. */
    public static Nft of(WireAddress nftAddress, WireAddress newOwner) {
      return new Nft(nftAddress, newOwner, TransferOptions.NONE);
    }

    @Override
    public StructuredItemType type() {
      return StructuredItemType.NFT;
    }
  }

  /**
   * The optional fields jetton and NFT transfers share, in wire order: {@code "attachAmount"?,
   * "responseDestination"?,"customPayload"?,"forwardAmount"?,"forwardPayload"?,"queryId"?}. Absent
   * {@code forwardAmount} means 1 nanoton; absent {@code attachAmount} and {@code
   * responseDestination} are chosen by the wallet (the sender for the latter).
   */
  record TransferOptions(
      Optional<Amount> attachAmount,
      Optional<WireAddress> responseDestination,
      Optional<BocBase64> customPayload,
      Optional<Amount> forwardAmount,
      Optional<BocBase64> forwardPayload,
      Optional<QueryId> queryId) {
    /** Every field left to the wallet. */
    public static final TransferOptions NONE =
        new TransferOptions(
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty());

    /** Forward amount when none is given: 1 nanoton. */
    public static final Amount DEFAULT_FORWARD_AMOUNT = Amount.of(1);

    public TransferOptions {
      Objects.requireNonNull(attachAmount, "attachAmount");
      Objects.requireNonNull(responseDestination, "responseDestination");
      Objects.requireNonNull(customPayload, "customPayload");
      Objects.requireNonNull(forwardAmount, "forwardAmount");
      Objects.requireNonNull(forwardPayload, "forwardPayload");
      Objects.requireNonNull(queryId, "queryId");
    }

    /** {@code forwardAmount}, or its default of 1 nanoton. */
    public Amount effectiveForwardAmount() {
      return forwardAmount.orElse(DEFAULT_FORWARD_AMOUNT);
    }
  }
}
