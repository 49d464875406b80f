package io.tcgateway.adapter.http.dto;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/**
 * A wallet feature: {@code SendTransaction} / {@code SignMessage} ({@code maxMessages}, {@code
 * extraCurrencySupported}, {@code itemTypes}), {@code SignData} ({@code types}), {@code
 * EmbeddedRequest}, or another name.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Feature")
public record FeatureResponse(
    @Schema(example = "SendTransaction") String name,
    @Nullable Integer maxMessages,
    @Nullable Boolean extraCurrencySupported,
    @Nullable List<String> itemTypes,
    @Nullable List<String> types) {}
