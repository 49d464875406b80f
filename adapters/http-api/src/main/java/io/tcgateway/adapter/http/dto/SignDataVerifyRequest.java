package io.tcgateway.adapter.http.dto;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.swagger.v3.oas.annotations.media.Schema;

/** {@code POST /v1/sign-data/verify}: a signData result a frontend got, with its account. */
@Introspected
@Schema(name = "SignDataVerifyRequest")
public record SignDataVerifyRequest(
    @Schema(
            description = "The connected account, raw or user-friendly",
            requiredMode = Schema.RequiredMode.REQUIRED)
        @Nullable
        String address,
    @Schema(description = "Untrusted hint, 64 hex") @Nullable String publicKey,
    @Schema(
            description = "The account's state init BoC, base64",
            requiredMode = Schema.RequiredMode.REQUIRED)
        @Nullable
        String walletStateInit,
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED) @Nullable SignDataResultRequest result)
    implements ApiRequest {}
