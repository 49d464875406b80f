package io.tcgateway.adapter.http.dto;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * {@code POST /v1/ton-proof/verify}: the reference backend's {@code check_proof} body, snake_case
 * as web backends already send it.
 */
@Introspected
@Schema(name = "TonProofVerifyRequest")
public record TonProofVerifyRequest(
    @Schema(
            description = "The account, raw (as wallets send it) or user-friendly",
            requiredMode = Schema.RequiredMode.REQUIRED)
        @Nullable
        String address,
    @Schema(example = "-239", requiredMode = Schema.RequiredMode.REQUIRED) @Nullable String network,
    @JsonProperty("public_key")
        @Schema(
            name = "public_key",
            description = "Untrusted hint, 64 hex; compared with the state init's key")
        @Nullable
        String publicKey,
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED) @Nullable TonProofRequest proof)
    implements ApiRequest {}
