package io.tcgateway.application.service;

import io.tcgateway.application.port.in.SentRequestResult;
import io.tcgateway.application.port.in.SignMessageCommand;
import io.tcgateway.application.port.in.SignMessageUseCase;
import io.tcgateway.domain.protocol.AppRequest;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;

/** Sends {@code signMessage} through {@link RequestSender} with the SDK's defaults. */
public final class SignMessageService implements SignMessageUseCase {
  private final RequestSender sender;
  private final Clock clock;

  public SignMessageService(RequestSender sender, Clock clock) {
    this.sender = Objects.requireNonNull(sender, "sender");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  @Override
  public SentRequestResult signMessage(SignMessageCommand command) {
    Instant now = clock.instant();
    Instant deadline =
        RequestDefaults.deadline(command.payload(), now, sender.defaultDeadline(now));
    return sender.send(
        command.owner(),
        (wallet, id) ->
            new AppRequest.SignMessage(
                id, RequestDefaults.complete(command.payload(), wallet.account(), deadline)),
        deadline);
  }
}
