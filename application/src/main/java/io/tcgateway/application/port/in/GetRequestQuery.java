package io.tcgateway.application.port.in;

import io.tcgateway.domain.session.RequestRef;
import io.tcgateway.domain.session.SessionOwner;
import java.util.Objects;

/** The request {@code ref}, as long as it is {@code owner}'s. */
public record GetRequestQuery(SessionOwner owner, RequestRef ref) {
  public GetRequestQuery {
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(ref, "ref");
  }
}
