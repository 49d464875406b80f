package io.tcgateway.adapter.http.dto;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * Why a connection or request failed: a stable {@code code} ({@code wallet-<n>} for a wallet error,
 * or the gateway's reason such as {@code signature-invalid}) and, for wallet errors, the wallet's
 * numeric code.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Error")
public record ErrorResponse(
    @Schema(example = "wallet-300") String code,
    String message,
    @Schema(description = "The wallet's error code, if the wallet answered", example = "300")
        @Nullable
        Integer walletCode) {}
