package io.tcgateway.adapter.http.dto;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.Map;

/**
 * One structured item: {@code ton} (address, amount, payload, stateInit, extraCurrency), {@code
 * jetton} (master, destination, amount, transfer options) or {@code nft} (nftAddress, newOwner,
 * transfer options). Fields of the other types are ignored.
 */
@Introspected
@Schema(name = "Item")
public record ItemRequest(
    @Schema(
            allowableValues = {"ton", "jetton", "nft"},
            requiredMode = Schema.RequiredMode.REQUIRED)
        @Nullable
        String type,
    @Schema(description = "ton: user-friendly recipient") @Nullable String address,
    @Schema(description = "ton: nanotons; jetton: jetton units (decimal string)") @Nullable
        String amount,
    @Schema(description = "ton: body BoC, base64") @Nullable String payload,
    @Schema(description = "ton: state init BoC, base64") @Nullable String stateInit,
    @Schema(description = "ton: extra currency id → amount") @Nullable
        Map<String, String> extraCurrency,
    @Schema(description = "jetton: the jetton master, raw or user-friendly") @Nullable
        String master,
    @Schema(description = "jetton: recipient, raw or user-friendly") @Nullable String destination,
    @Schema(description = "jetton, nft: nanotons attached") @Nullable String attachAmount,
    @Schema(description = "jetton, nft: where the excess goes") @Nullable
        String responseDestination,
    @Schema(description = "jetton, nft: custom payload BoC") @Nullable String customPayload,
    @Schema(description = "jetton, nft: forward amount in nanotons (default 1)") @Nullable
        String forwardAmount,
    @Schema(description = "jetton, nft: forward payload BoC") @Nullable String forwardPayload,
    @Schema(description = "jetton, nft: query id, decimal uint64") @Nullable String queryId,
    @Schema(description = "nft: the item, raw or user-friendly") @Nullable String nftAddress,
    @Schema(description = "nft: the new owner, raw or user-friendly") @Nullable String newOwner) {}
