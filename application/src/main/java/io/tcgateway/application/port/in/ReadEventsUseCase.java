package io.tcgateway.application.port.in;

import io.tcgateway.application.port.out.OwnerEventLog.LoggedEvent;
import java.util.List;

/** Reads the owner's own event log, oldest first, for a resumable event stream. */
public interface ReadEventsUseCase {
  List<LoggedEvent> readEvents(ReadEventsQuery query);
}
