package io.tcgateway.adapter.http.dto;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/**
 * {@code POST .../transactions} and {@code .../sign-message}: raw {@code messages}, structured
 * {@code items}, or the shortcut {@code to} + {@code amount} (+ {@code comment}); exactly one form.
 */
@Introspected
@Schema(
    name = "TransactionRequest",
    description =
        "Exactly one of: messages (raw), items (structured), or the shortcut to + amount [+"
            + " comment].")
public record TransactionRequest(
    @Schema(
            description = "Unix seconds after which the wallet must refuse it",
            example = "1751648658")
        @Nullable
        Long validUntil,
    @Schema(description = "Network the account must be on", example = "-239") @Nullable
        String network,
    @Schema(description = "Sender, raw or user-friendly; default: the connected account") @Nullable
        String from,
    @Nullable List<MessageRequest> messages,
    @Nullable List<ItemRequest> items,
    @Schema(description = "Shortcut: user-friendly recipient") @Nullable String to,
    @Schema(description = "Shortcut: nanotons, decimal string", example = "20000000") @Nullable
        String amount,
    @Schema(description = "Shortcut: text comment (sent as the message payload)") @Nullable
        String comment)
    implements ApiRequest {}
