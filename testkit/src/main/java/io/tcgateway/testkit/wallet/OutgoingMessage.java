package io.tcgateway.testkit.wallet;

import io.tcgateway.domain.protocol.Amount;
import io.tcgateway.domain.protocol.BocBase64;
import io.tcgateway.domain.protocol.ExtraCurrencies;
import io.tcgateway.domain.protocol.StructuredItem;
import io.tcgateway.domain.protocol.TransactionMessage;
import io.tcgateway.domain.ton.UserFriendlyAddress;
import io.tcgateway.domain.ton.cell.BagOfCells;
import io.tcgateway.domain.ton.cell.Cell;
import java.util.Objects;
import java.util.Optional;

/**
 * One message the wallet sends: a raw message or a {@code ton} item of a transaction payload, with
 * its payload and state init BoCs parsed into cells.
 *
 * @param destination where it goes; its bounceable flag sets {@code bounce}
 * @param amount nanotons
 * @param body the message body, if any
 * @param stateInit the state init to deploy at the destination, if any
 * @param extraCurrencies extra currencies sent along
 */
record OutgoingMessage(
    UserFriendlyAddress destination,
    Amount amount,
    Optional<Cell> body,
    Optional<Cell> stateInit,
    ExtraCurrencies extraCurrencies) {

  OutgoingMessage {
    Objects.requireNonNull(destination, "destination");
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(body, "body");
    Objects.requireNonNull(stateInit, "stateInit");
    Objects.requireNonNull(extraCurrencies, "extraCurrencies");
  }

  static OutgoingMessage of(TransactionMessage message) {
    return new OutgoingMessage(
        message.address(),
        message.amount(),
        message.payload().map(OutgoingMessage::cell),
        message.stateInit().map(OutgoingMessage::cell),
        message.extraCurrency());
  }

  static OutgoingMessage of(StructuredItem.Ton item) {
    return new OutgoingMessage(
        item.address(),
        item.amount(),
        item.payload().map(OutgoingMessage::cell),
        item.stateInit().map(OutgoingMessage::cell),
        item.extraCurrency());
  }

  private static Cell cell(BocBase64 boc) {
    return BagOfCells.deserializeSingleRoot(boc.bytes().toByteArray());
  }
}
