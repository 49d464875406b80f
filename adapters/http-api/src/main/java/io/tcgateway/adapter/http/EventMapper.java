package io.tcgateway.adapter.http;

import io.tcgateway.adapter.http.dto.EventResponse;
import io.tcgateway.application.port.out.OwnerEventLog.LoggedEvent;
import io.tcgateway.application.port.out.WalletNotifier.Event;

/** A logged {@link Event} → the {@code data} of its SSE event ({@link EventResponse}). */
final class EventMapper {
  private EventMapper() {}

  static EventResponse toResponse(LoggedEvent logged) {
    String at = Fields.time(logged.at());
    return switch (logged.event()) {
      case Event.ConnectionPending pending ->
          new EventResponse(
              pending.sessionId().value(),
              null,
              null,
              pending.link(),
              Fields.time(pending.expiresAt()),
              null,
              null,
              null,
              null,
              null,
              null,
              at);
      case Event.Connected connected ->
          new EventResponse(
              connected.sessionId().value(),
              null,
              null,
              null,
              null,
              connected.address(),
              connected.walletAppName(),
              null,
              null,
              null,
              null,
              at);
      case Event.Failed failed ->
          new EventResponse(
              failed.sessionId().value(),
              null,
              null,
              null,
              null,
              null,
              null,
              failed.code(),
              null,
              failed.message(),
              null,
              at);
      case Event.ConnectionExpired expired ->
          new EventResponse(
              expired.sessionId().value(),
              null,
              null,
              null,
              null,
              null,
              null,
              null,
              null,
              null,
              null,
              at);
      case Event.Disconnected disconnected ->
          new EventResponse(
              disconnected.sessionId().value(),
              null,
              null,
              null,
              null,
              null,
              null,
              null,
              null,
              null,
              disconnected.by(),
              at);
      case Event.RequestCompleted completed -> request(completed, null, null, null, at);
      case Event.RequestRejected rejected ->
          request(rejected, "wallet-" + rejected.code(), rejected.code(), rejected.message(), at);
      case Event.RequestFailed failed ->
          request(
              failed,
              failed.code(),
              ConnectionMapper.error(failed.code(), "").walletCode(),
              failed.message(),
              at);
      case Event.RequestExpired expired -> request(expired, null, null, null, at);
    };
  }

  private static EventResponse request(
      Event.RequestEvent event, String code, Integer walletCode, String message, String at) {
    return new EventResponse(
        event.sessionId().value(),
        event.ref().value(),
        event.method().wireName(),
        null,
        null,
        null,
        null,
        code,
        walletCode,
        message,
        null,
        at);
  }
}
