package io.tcgateway.adapter.http.dto;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

/** {@code /tonconnect-manifest.json}, the app description wallets fetch. */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Manifest")
public record ManifestResponse(
    String url,
    String name,
    String iconUrl,
    @Nullable String termsOfUseUrl,
    @Nullable String privacyPolicyUrl) {}
