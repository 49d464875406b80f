package io.tcgateway.application.service;

import io.tcgateway.application.port.out.WalletNotifier.Event;
import io.tcgateway.application.port.out.WalletRequestStore;
import io.tcgateway.domain.session.RequestStatus;
import io.tcgateway.domain.session.WalletRequest;
import java.util.Objects;
import java.util.Optional;

/**
 * Moves a request from pending to its outcome and reports it. Of concurrent finishers (an answer,
 * the expiry sweep, a disconnect) exactly one wins the store's compare-and-set; the others change
 * nothing.
 */
final class RequestFinisher {
  private final WalletRequestStore requests;
  private final OwnerEvents events;

  RequestFinisher(WalletRequestStore requests, OwnerEvents events) {
    this.requests = Objects.requireNonNull(requests, "requests");
    this.events = Objects.requireNonNull(events, "events");
  }

  /**
   * Finishes {@code pending} with {@code outcome}.
   *
   * @return the finished request, or empty if another finisher came first
   */
  Optional<WalletRequest> finish(WalletRequest pending, RequestStatus outcome) {
    WalletRequest finished = pending.finish(outcome);
    if (!requests.replace(finished)) {
      return Optional.empty();
    }
    events.publish(finished.owner(), eventOf(finished));
    return Optional.of(finished);
  }

  /**
   * Reports a finished request again. Logging is idempotent, so this only writes the event when a
   * crash came between storing the outcome and logging it.
   */
  void reportAgain(WalletRequest finished) {
    if (finished.status().isFinal()) {
      events.publish(finished.owner(), eventOf(finished));
    }
  }

  static Event eventOf(WalletRequest request) {
    return switch (request.status()) {
      case RequestStatus.Completed completed ->
          new Event.RequestCompleted(request.ref(), request.method());
      case RequestStatus.Rejected rejected ->
          new Event.RequestRejected(
              request.ref(), request.method(), rejected.error().code(), rejected.error().message());
      case RequestStatus.Failed failed ->
          new Event.RequestFailed(request.ref(), request.method(), failed.code(), failed.message());
      case RequestStatus.Expired expired ->
          new Event.RequestExpired(request.ref(), request.method());
      case RequestStatus.Pending pending ->
          throw new IllegalArgumentException("a pending request has no final event");
    };
  }
}
