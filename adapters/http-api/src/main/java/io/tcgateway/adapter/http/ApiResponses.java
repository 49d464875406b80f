package io.tcgateway.adapter.http;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.tcgateway.adapter.http.dto.ProblemResponse;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The problem responses every {@code /v1} operation may give, for the OpenAPI document: 400 (bad
 * input), 401 (API key), 413 (body size), 503 (store or bridge down).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
@ApiResponse(
    responseCode = "400",
    description = "Malformed JSON or an invalid field (code MALFORMED_JSON, INVALID_FIELD)",
    content =
        @Content(
            mediaType = Problems.MEDIA_TYPE,
            schema = @Schema(implementation = ProblemResponse.class)))
@ApiResponse(
    responseCode = "401",
    description = "Missing or unknown API key (UNAUTHORIZED)",
    content =
        @Content(
            mediaType = Problems.MEDIA_TYPE,
            schema = @Schema(implementation = ProblemResponse.class)))
@ApiResponse(
    responseCode = "413",
    description = "Body larger than gateway.api.max-body-size (BODY_TOO_LARGE)",
    content =
        @Content(
            mediaType = Problems.MEDIA_TYPE,
            schema = @Schema(implementation = ProblemResponse.class)))
@ApiResponse(
    responseCode = "503",
    description = "Store or bridge unreachable (STORE_UNAVAILABLE, BRIDGE_UNAVAILABLE)",
    content =
        @Content(
            mediaType = Problems.MEDIA_TYPE,
            schema = @Schema(implementation = ProblemResponse.class)))
@interface ApiResponses {}
