package io.tcgateway.adapter.http.dto;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/**
 * {@code POST /v1/users/{userId}/connection}: how to offer the connection; every field optional.
 */
@Introspected
@Schema(name = "ConnectionRequest")
public record ConnectionRequest(
    @Schema(description = "One wallet's appName (from /v1/wallets); absent: tc:// for any wallet")
        @Nullable
        String wallet,
    @Schema(description = "Ask for a ton_proof (default true)", defaultValue = "true") @Nullable
        Boolean tonProof,
    @Schema(description = "Required network: -239 mainnet, -3 testnet", example = "-239") @Nullable
        String network,
    @Schema(description = "The links' ret: back, none or an absolute URL", example = "back")
        @Nullable
        String returnStrategy,
    @Schema(description = "Feature names the wallet must support", example = "[\"SignData\"]")
        @Nullable
        List<String> requiredFeatures)
    implements ApiRequest {}
