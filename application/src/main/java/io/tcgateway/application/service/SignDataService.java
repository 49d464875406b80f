package io.tcgateway.application.service;

import io.tcgateway.application.port.in.SentRequestResult;
import io.tcgateway.application.port.in.SignDataCommand;
import io.tcgateway.application.port.in.SignDataUseCase;
import io.tcgateway.domain.protocol.AppRequest;
import java.time.Clock;
import java.util.Objects;

/**
 * Sends {@code signData} through {@link RequestSender}; the answer is verified by {@link
 * ReceiveBridgeEventService} before the request completes.
 */
public final class SignDataService implements SignDataUseCase {
  private final RequestSender sender;
  private final Clock clock;

  public SignDataService(RequestSender sender, Clock clock) {
    this.sender = Objects.requireNonNull(sender, "sender");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  @Override
  public SentRequestResult signData(SignDataCommand command) {
    return sender.send(
        command.owner(),
        (wallet, id) ->
            new AppRequest.SignData(
                id, RequestDefaults.complete(command.payload(), wallet.account())),
        sender.defaultDeadline(clock.instant()));
  }
}
