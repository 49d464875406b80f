package io.tcgateway.adapter.http.dto;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.swagger.v3.oas.annotations.media.Schema;

/** The {@code proof} of a {@link TonProofVerifyRequest}. */
@Introspected
@Schema(name = "TonProof")
public record TonProofRequest(
    @Schema(description = "Unix seconds", requiredMode = Schema.RequiredMode.REQUIRED) @Nullable
        Long timestamp,
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED) @Nullable TonProofDomainRequest domain,
    @Schema(
            description = "Standard base64 of 64 bytes",
            requiredMode = Schema.RequiredMode.REQUIRED)
        @Nullable
        String signature,
    @Schema(
            description = "The payload from /v1/ton-proof/payload",
            requiredMode = Schema.RequiredMode.REQUIRED)
        @Nullable
        String payload,
    @JsonProperty("state_init")
        @Schema(
            name = "state_init",
            description = "The wallet's state init BoC, base64",
            requiredMode = Schema.RequiredMode.REQUIRED)
        @Nullable
        String stateInit) {}
