package io.tcgateway.adapter.http.dto;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * {@code POST .../sign-data} (and the payload of a signData result): {@code {type:"text", text}},
 * {@code {type:"binary", bytes}} or {@code {type:"cell", schema, cell}}, with optional {@code
 * network} and {@code from}.
 */
@Introspected
@Schema(name = "SignDataRequest")
public record SignDataRequest(
    @Schema(
            allowableValues = {"text", "binary", "cell"},
            requiredMode = Schema.RequiredMode.REQUIRED)
        @Nullable
        String type,
    @Schema(description = "text: the text shown and signed (UTF-8)") @Nullable String text,
    @Schema(description = "binary: base64 bytes") @Nullable String bytes,
    @Schema(description = "cell: the TL-B schema") @Nullable String schema,
    @Schema(description = "cell: one-root BoC, base64") @Nullable String cell,
    @Schema(description = "Network the account must be on") @Nullable String network,
    @Schema(description = "Expected signer, raw or user-friendly") @Nullable String from)
    implements ApiRequest {}
