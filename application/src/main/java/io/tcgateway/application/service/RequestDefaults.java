package io.tcgateway.application.service;

import io.tcgateway.application.error.InvalidRequestException;
import io.tcgateway.domain.protocol.SignDataPayload;
import io.tcgateway.domain.protocol.TonAddressReply;
import io.tcgateway.domain.protocol.TransactionPayload;
import io.tcgateway.domain.protocol.WireAddress;
import io.tcgateway.domain.ton.Network;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * What the SDK fills in before a request leaves ({@code ton-connect.ts}: {@code from} = the
 * connected account, {@code network} = its chain), the checks it makes against the connected
 * account, and the gateway's one addition: a transaction without {@code valid_until} gets the
 * request's deadline, so a wallet never signs a transfer the gateway has already given up on.
 */
final class RequestDefaults {
  private RequestDefaults() {}

  /** The deadline of a transaction-like payload asked for at {@code now}. */
  static Instant deadline(TransactionPayload payload, Instant now, Instant defaultDeadline) {
    if (payload.validUntil().isEmpty()) {
      return defaultDeadline;
    }
    Instant validUntil = Instant.ofEpochSecond(payload.validUntil().getAsLong());
    if (!validUntil.isAfter(now)) {
      throw new InvalidRequestException(
          "validUntil", "validUntil " + validUntil + " is not in the future");
    }
    return validUntil;
  }

  /**
   * {@code payload} with the account's {@code from}, {@code network} and the deadline filled in.
   */
  static TransactionPayload complete(
      TransactionPayload payload, TonAddressReply account, Instant deadline) {
    Network network = checkNetwork(payload.network(), account);
    checkFrom(payload.from(), account);
    return new TransactionPayload(
        payload.validUntil().isPresent()
            ? payload.validUntil()
            : OptionalLong.of(deadline.getEpochSecond()),
        Optional.of(network),
        Optional.of(payload.from().orElse(WireAddress.raw(account.address()))),
        payload.body());
  }

  /** {@code payload} with the account's {@code from} and {@code network} filled in. */
  static SignDataPayload complete(SignDataPayload payload, TonAddressReply account) {
    Optional<Network> network = Optional.of(checkNetwork(payload.network(), account));
    checkFrom(payload.from(), account);
    Optional<WireAddress> from =
        Optional.of(payload.from().orElse(WireAddress.raw(account.address())));
    return switch (payload) {
      case SignDataPayload.Text text -> new SignDataPayload.Text(text.text(), network, from);
      case SignDataPayload.Binary binary ->
          new SignDataPayload.Binary(binary.bytes(), network, from);
      case SignDataPayload.Cell cell ->
          new SignDataPayload.Cell(cell.schema(), cell.cell(), network, from);
    };
  }

  private static Network checkNetwork(Optional<Network> asked, TonAddressReply account) {
    if (asked.isPresent() && !asked.get().equals(account.network())) {
      throw new InvalidRequestException(
          "network",
          "the request is for network "
              + asked.get().id()
              + " but the wallet's account is on "
              + account.network().id());
    }
    return account.network();
  }

  private static void checkFrom(Optional<WireAddress> asked, TonAddressReply account) {
    if (asked.isPresent() && !asked.get().address().equals(account.address())) {
      throw new InvalidRequestException(
          "from", "the request is from " + asked.get().text() + ", not the connected account");
    }
  }
}
