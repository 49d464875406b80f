package io.tcgateway.adapter.http.dto;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

/** 202 of a request handed to the wallet. */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "SentRequest")
public record SentRequestResponse(
    @Schema(description = "<session id>-<n>; GET .../requests/{requestId}") String requestId,
    @Schema(allowableValues = "pending") String status,
    @Schema(description = "When it expires unanswered", format = "date-time") String deadline) {}
