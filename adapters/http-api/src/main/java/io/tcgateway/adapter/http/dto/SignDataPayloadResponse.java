package io.tcgateway.adapter.http.dto;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

/** A signData payload: {@code text}, {@code binary} ({@code bytes}) or {@code cell}. */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "SignDataPayload")
public record SignDataPayloadResponse(
    @Schema(allowableValues = {"text", "binary", "cell"}) String type,
    @Nullable String text,
    @Schema(description = "Standard base64") @Nullable String bytes,
    @Nullable String schema,
    @Schema(description = "Base64 BoC") @Nullable String cell,
    @Nullable String network,
    @Nullable String from) {}
