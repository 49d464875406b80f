package io.tcgateway.application.port.in;

import io.tcgateway.domain.session.RequestRef;
import java.time.Instant;
import java.util.Objects;

/**
 * A request stored and handed to the bridge; its answer arrives later ({@link GetRequestUseCase},
 * the owner's events).
 *
 * @param ref how to ask for it
 * @param deadline when it expires unanswered
 */
public record SentRequestResult(RequestRef ref, Instant deadline) {
  public SentRequestResult {
    Objects.requireNonNull(ref, "ref");
    Objects.requireNonNull(deadline, "deadline");
  }
}
