package io.tcgateway.adapter.http;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.tcgateway.adapter.http.dto.ProblemResponse;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The problems of a request to the wallet, for the OpenAPI document: 409 and 422. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@ApiResponse(
    responseCode = "409",
    description = "No connected wallet (WALLET_NOT_CONNECTED), or CONCURRENT_UPDATE",
    content =
        @Content(
            mediaType = Problems.MEDIA_TYPE,
            schema = @Schema(implementation = ProblemResponse.class)))
@ApiResponse(
    responseCode = "422",
    description =
        "The wallet lacks a feature (WALLET_FEATURE_MISSING), or the request cannot be sent as"
            + " asked (INVALID_REQUEST)",
    content =
        @Content(
            mediaType = Problems.MEDIA_TYPE,
            schema = @Schema(implementation = ProblemResponse.class)))
@interface WalletErrors {}
