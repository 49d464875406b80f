package io.tcgateway.application.port.in;

import io.tcgateway.domain.session.SessionOwner;
import java.util.Objects;

/** {@code owner}'s events after {@code afterSequence} (0 for all kept), at most {@code limit}. */
public record ReadEventsQuery(SessionOwner owner, long afterSequence, int limit) {
  public ReadEventsQuery {
    Objects.requireNonNull(owner, "owner");
    if (afterSequence < 0) {
      throw new IllegalArgumentException("afterSequence must not be negative");
    }
    if (limit <= 0) {
      throw new IllegalArgumentException("limit must be positive");
    }
  }
}
