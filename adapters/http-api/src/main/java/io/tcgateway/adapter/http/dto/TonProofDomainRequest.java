package io.tcgateway.adapter.http.dto;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.swagger.v3.oas.annotations.media.Schema;

/** The signed app domain of a {@link TonProofRequest}. */
@Introspected
@Schema(name = "TonProofDomain")
public record TonProofDomainRequest(
    @Schema(description = "UTF-8 length of value", requiredMode = Schema.RequiredMode.REQUIRED)
        @Nullable
        Integer lengthBytes,
    @Schema(example = "app.example.com", requiredMode = Schema.RequiredMode.REQUIRED) @Nullable
        String value) {}
