package io.tcgateway.application.port.in;

import io.tcgateway.domain.session.SessionOwner;
import java.util.Objects;

/** {@code owner}'s session, whatever its state. */
public record GetConnectionQuery(SessionOwner owner) {
  public GetConnectionQuery {
    Objects.requireNonNull(owner, "owner");
  }
}
