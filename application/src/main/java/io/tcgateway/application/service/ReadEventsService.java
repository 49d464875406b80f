package io.tcgateway.application.service;

import io.tcgateway.application.port.in.ReadEventsQuery;
import io.tcgateway.application.port.in.ReadEventsUseCase;
import io.tcgateway.application.port.out.OwnerEventLog;
import io.tcgateway.application.port.out.OwnerEventLog.LoggedEvent;
import java.util.List;
import java.util.Objects;

/** Reads the owner's own events from the log. */
public final class ReadEventsService implements ReadEventsUseCase {
  private final OwnerEventLog log;

  public ReadEventsService(OwnerEventLog log) {
    this.log = Objects.requireNonNull(log, "log");
  }

  @Override
  public List<LoggedEvent> readEvents(ReadEventsQuery query) {
    return log.readAfter(query.owner(), query.afterSequence(), query.limit());
  }
}
