package io.tcgateway.adapter.http.dto;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The {@code data} of one event of {@code GET /v1/users/{userId}/events}: the event's fields, by
 * type — {@code connection.pending} (sessionId, link, expiresAt), {@code connection.connected}
 * (sessionId, address, walletAppName), {@code connection.failed} (sessionId, code, message), {@code
 * connection.expired} (sessionId), {@code connection.disconnected} (sessionId, by), {@code
 * request.completed} / {@code request.expired} (requestId, sessionId, method), {@code
 * request.rejected} / {@code request.failed} (requestId, sessionId, method, code, message,
 * walletCode) — and when it was logged ({@code at}).
 */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "EventData")
public record EventResponse(
    String sessionId,
    @Nullable String requestId,
    @Nullable String method,
    @Nullable String link,
    @Schema(format = "date-time") @Nullable String expiresAt,
    @Schema(description = "User-friendly, non-bounceable") @Nullable String address,
    @Nullable String walletAppName,
    @Nullable String code,
    @Nullable Integer walletCode,
    @Nullable String message,
    @Schema(allowableValues = {"wallet", "user"}) @Nullable String by,
    @Schema(format = "date-time") String at) {}
