package io.tcgateway.adapter.http.dto;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

/** One request to the wallet and where it stands. */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Request")
public record RequestResponse(
    String requestId,
    @Schema(allowableValues = {"sendTransaction", "signData", "signMessage", "disconnect"})
        String method,
    @Schema(allowableValues = {"pending", "completed", "rejected", "failed", "expired"})
        String status,
    @Schema(
            description = "completed: the wallet's result",
            oneOf = {
              TransactionResultResponse.class,
              SignDataResultResponse.class,
              SignedMessageResultResponse.class
            })
        @Nullable
        Object result,
    @Schema(description = "rejected, failed: why") @Nullable ErrorResponse error,
    @Schema(format = "date-time") String createdAt,
    @Schema(format = "date-time") String deadline,
    @Schema(description = "When it became final", format = "date-time") @Nullable
        String finishedAt) {}
