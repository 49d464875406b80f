package io.tcgateway.application.service;

import io.tcgateway.application.port.in.SendTransactionCommand;
import io.tcgateway.application.port.in.SendTransactionUseCase;
import io.tcgateway.application.port.in.SentRequestResult;
import io.tcgateway.domain.protocol.AppRequest;
import io.tcgateway.domain.protocol.TransactionPayload;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;

/** Sends {@code sendTransaction} through {@link RequestSender} with the SDK's defaults. */
public final class SendTransactionService implements SendTransactionUseCase {
  private final RequestSender sender;
  private final Clock clock;

  public SendTransactionService(RequestSender sender, Clock clock) {
    this.sender = Objects.requireNonNull(sender, "sender");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  @Override
  public SentRequestResult sendTransaction(SendTransactionCommand command) {
    Instant now = clock.instant();
    Instant deadline =
        RequestDefaults.deadline(command.payload(), now, sender.defaultDeadline(now));
    return sender.send(
        command.owner(),
        (wallet, id) -> {
          TransactionPayload payload =
              RequestDefaults.complete(command.payload(), wallet.account(), deadline);
          return new AppRequest.SendTransaction(id, payload);
        },
        deadline);
  }
}
