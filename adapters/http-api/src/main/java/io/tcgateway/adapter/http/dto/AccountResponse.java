package io.tcgateway.adapter.http.dto;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

/** The connected account ({@code ton_addr}). */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Account")
public record AccountResponse(
    @Schema(description = "Raw, as the wallet sent it", example = "0:9c60...") String address,
    @Schema(description = "User-friendly, non-bounceable (test-only on testnet)")
        String friendlyAddress,
    @Schema(example = "-239") String network,
    @Schema(description = "The wallet's hint, 64 hex (untrusted; proof.publicKey is verified)")
        @Nullable
        String publicKey,
    @Schema(description = "The wallet's hint, base64 BoC") @Nullable String walletStateInit) {}
