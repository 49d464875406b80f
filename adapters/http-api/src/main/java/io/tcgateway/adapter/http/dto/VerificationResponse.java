package io.tcgateway.adapter.http.dto;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The verdict of {@code /v1/ton-proof/verify} and {@code /v1/sign-data/verify}: {@code {valid:true,
 * address, friendlyAddress, publicKey, walletVersion}} or {@code {valid:false, reason, detail}}.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Verification")
public record VerificationResponse(
    boolean valid,
    @Schema(description = "The account, raw") @Nullable String address,
    @Schema(description = "The account, user-friendly, non-bounceable") @Nullable
        String friendlyAddress,
    @Schema(description = "The wallet's key from its state init, 64 hex") @Nullable
        String publicKey,
    @Schema(example = "v4r2") @Nullable String walletVersion,
    @Schema(description = "Stable rejection code", example = "signature-invalid") @Nullable
        String reason,
    @Nullable String detail) {}
