package io.tcgateway.application.port.in;

import io.tcgateway.domain.session.SessionOwner;
import java.util.Objects;

/** End {@code owner}'s session, connected or pending. */
public record DisconnectCommand(SessionOwner owner) {
  public DisconnectCommand {
    Objects.requireNonNull(owner, "owner");
  }
}
