package io.tcgateway.adapter.http;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.tcgateway.domain.session.SessionOwner;

/**
 * {@code GET /v1/users/{userId}/events}: the user's events as {@code text/event-stream}, resumable
 * with {@code Last-Event-ID}.
 */
// Use cases block (stores, bridges, the wallets list): never on a Netty event loop, which the
// built-in bridge and every other request share.
@ExecuteOn(TaskExecutors.BLOCKING)
@Controller("/v1/users/{userId:[^/]+}/events")
@Tag(name = "events")
final class EventsController {
  private final OwnerEventStreams streams;

  EventsController(OwnerEventStreams streams) {
    this.streams = streams;
  }

  @Get(produces = {MediaType.TEXT_EVENT_STREAM, Problems.MEDIA_TYPE})
  @Operation(
      operationId = "streamEvents",
      summary = "The user's events (Server-Sent Events)",
      description =
          "Every event of the user's log after Last-Event-ID (or lastEventId; all kept events"
              + " without either), then live ones: 'id: <sequence>', 'event: <type>'"
              + " (connection.pending, connection.connected, connection.failed,"
              + " connection.expired, connection.disconnected, request.completed,"
              + " request.rejected, request.failed, request.expired), 'data: <JSON EventData>'."
              + " A ': heartbeat' comment every gateway.api.events.heartbeat-interval.")
  @ApiResponse(
      responseCode = "200",
      description = "The stream",
      content =
          @Content(mediaType = MediaType.TEXT_EVENT_STREAM, schema = @Schema(type = "string")))
  @ApiResponses
  HttpResponse<?> events(
      String userId,
      @Parameter(description = "The id of the last event the client has (sent by EventSource)")
          @Nullable
          @Header("Last-Event-ID")
          String lastEventIdHeader,
      @Parameter(description = "Same as Last-Event-ID, for clients that cannot set headers")
          @Nullable
          @QueryValue("lastEventId")
          String lastEventId) {
    SessionOwner owner = Fields.owner(userId);
    long after =
        lastEventIdHeader != null
            ? sequence(lastEventIdHeader, "Last-Event-ID")
            : sequence(lastEventId, "lastEventId");
    return streams
        .open(owner, after)
        .<HttpResponse<?>>map(
            stream ->
                HttpResponse.ok(stream.body())
                    .contentType(MediaType.TEXT_EVENT_STREAM_TYPE)
                    .header(HttpHeaders.CACHE_CONTROL, "no-cache, no-transform")
                    .header("X-Accel-Buffering", "no"))
        .orElseGet(
            () ->
                Problems.response(
                        ProblemCode.SHUTTING_DOWN, null, "the gateway is shutting down; reconnect")
                    .header("Retry-After", "1"));
  }

  private static long sequence(String text, String field) {
    if (text == null || text.isEmpty()) {
      return 0;
    }
    if (text.length() > 19 || !text.chars().allMatch(c -> c >= '0' && c <= '9')) {
      throw ApiProblemException.invalidField(field, "must be an event id (a decimal number)");
    }
    return Long.parseLong(text);
  }
}
