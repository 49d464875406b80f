package io.tcgateway.adapter.http.dto;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.swagger.v3.oas.annotations.media.Schema;

/** The wallet's signData result inside a {@link SignDataVerifyRequest}. */
@Introspected
@Schema(name = "SignDataResult")
public record SignDataResultRequest(
    @Schema(description = "Base64 of 64 bytes", requiredMode = Schema.RequiredMode.REQUIRED)
        @Nullable
        String signature,
    @Schema(description = "The signer, raw", requiredMode = Schema.RequiredMode.REQUIRED) @Nullable
        String address,
    @Schema(description = "Unix seconds", requiredMode = Schema.RequiredMode.REQUIRED) @Nullable
        Long timestamp,
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED) @Nullable String domain,
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED) @Nullable SignDataRequest payload) {}
