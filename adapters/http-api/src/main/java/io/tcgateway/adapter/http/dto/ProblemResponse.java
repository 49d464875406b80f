package io.tcgateway.adapter.http.dto;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * An {@code application/problem+json} body (RFC 9457) with the gateway's stable {@code code} and,
 * for bad input, the offending {@code field}.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Problem", description = "An error (RFC 9457 problem details).")
public record ProblemResponse(
    @Schema(example = "urn:tc-gateway:problem:invalid-field") String type,
    @Schema(example = "Invalid field") String title,
    @Schema(example = "400") int status,
    @Schema(example = "messages[0].amount: amount must match ^[0-9]+$, was '-1'") String detail,
    @Schema(
            description =
                "Stable code: MALFORMED_JSON, INVALID_FIELD, BAD_REQUEST, UNAUTHORIZED, NOT_FOUND,"
                    + " METHOD_NOT_ALLOWED, NOT_ACCEPTABLE, WALLET_ALREADY_CONNECTED,"
                    + " WALLET_NOT_CONNECTED, CONCURRENT_UPDATE, BODY_TOO_LARGE,"
                    + " UNSUPPORTED_MEDIA_TYPE, UNKNOWN_WALLET, WALLET_FEATURE_MISSING,"
                    + " INVALID_REQUEST, INTERNAL_ERROR, SHUTTING_DOWN, BRIDGE_UNAVAILABLE,"
                    + " STORE_UNAVAILABLE",
            example = "INVALID_FIELD")
        String code,
    @Schema(
            description = "The offending field, parameter or header",
            example = "messages[0].amount")
        @Nullable
        String field) {}
