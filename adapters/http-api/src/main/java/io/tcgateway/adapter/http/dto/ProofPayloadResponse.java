package io.tcgateway.adapter.http.dto;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

/** {@code POST /v1/ton-proof/payload}: a payload for a frontend's connect request. */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "ProofPayload")
public record ProofPayloadResponse(
    @Schema(description = "76 URL-safe characters; accepted once by /v1/ton-proof/verify")
        String payload,
    @Schema(format = "date-time") String expiresAt) {}
