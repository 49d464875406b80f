package io.tcgateway.adapter.http.dto;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.Map;

/** One raw message of a transaction. */
@Introspected
@Schema(name = "Message")
public record MessageRequest(
    @Schema(
            description = "User-friendly address (its bounceable flag matters)",
            requiredMode = Schema.RequiredMode.REQUIRED)
        @Nullable
        String address,
    @Schema(
            description = "Nanotons, decimal string",
            example = "20000000",
            requiredMode = Schema.RequiredMode.REQUIRED)
        @Nullable
        String amount,
    @Schema(description = "Body: one-root BoC, base64") @Nullable String payload,
    @Schema(description = "State init: one-root BoC, base64") @Nullable String stateInit,
    @Schema(description = "Extra currency id → amount, decimal strings") @Nullable
        Map<String, String> extraCurrency) {}
