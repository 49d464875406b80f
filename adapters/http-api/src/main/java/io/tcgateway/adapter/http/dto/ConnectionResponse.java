package io.tcgateway.adapter.http.dto;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.Map;

/**
 * A user's connection: {@code none}, {@code pending} (the links and QR code), {@code connected}
 * (wallet, account, proof), {@code failed} (error) or {@code expired}.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Connection")
public record ConnectionResponse(
    @Schema(allowableValues = {"none", "pending", "connected", "failed", "expired"}) String status,
    @Schema(description = "The gateway's session id") @Nullable String sessionId,
    @Schema(description = "pending: the link to show (a wallet's universal link, or tc://)")
        @Nullable
        String universalLink,
    @Schema(description = "pending, any wallet: each wallet's link by appName") @Nullable
        Map<String, String> links,
    @Schema(description = "pending: the link as a QR code (PNG; .svg as well)") @Nullable
        String qrUrl,
    @Schema(description = "pending: when the offer runs out", format = "date-time") @Nullable
        String expiresAt,
    @Nullable ConnectedWalletResponse wallet,
    @Nullable AccountResponse account,
    @Nullable ProofResponse proof,
    @Nullable ErrorResponse error) {}
