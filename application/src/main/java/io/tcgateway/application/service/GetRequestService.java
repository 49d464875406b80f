package io.tcgateway.application.service;

import io.tcgateway.application.port.in.GetRequestQuery;
import io.tcgateway.application.port.in.GetRequestUseCase;
import io.tcgateway.application.port.out.WalletRequestStore;
import io.tcgateway.domain.session.RequestStatus;
import io.tcgateway.domain.session.WalletRequest;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads one of the owner's requests: someone else's reads as absent; an overdue pending request
 * reads as expired before the sweep.
 */
public final class GetRequestService implements GetRequestUseCase {
  private final WalletRequestStore requests;
  private final Clock clock;

  public GetRequestService(WalletRequestStore requests, Clock clock) {
    this.requests = Objects.requireNonNull(requests, "requests");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  @Override
  public Optional<WalletRequest> getRequest(GetRequestQuery query) {
    Instant now = clock.instant();
    return requests
        .find(query.ref())
        .filter(request -> request.owner().equals(query.owner()))
        .map(
            request ->
                request.isOverdueAt(now)
                    ? request.finish(new RequestStatus.Expired(request.deadline()))
                    : request);
  }
}
