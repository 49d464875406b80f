package io.tcgateway.adapter.http.dto;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** One wallet of {@code GET /v1/wallets}. */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Wallet")
public record WalletResponse(
    @Schema(example = "tonkeeper") String appName,
    @Schema(example = "Tonkeeper") String name,
    String imageUrl,
    String aboutUrl,
    String universalLink,
    @Nullable String deepLink,
    String bridgeUrl,
    List<String> platforms,
    @Schema(
            description =
                "What the list says the wallet can do (its connect event is authoritative)")
        List<FeatureResponse> features) {}
