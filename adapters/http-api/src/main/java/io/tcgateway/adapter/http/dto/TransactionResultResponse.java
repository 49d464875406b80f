package io.tcgateway.adapter.http.dto;

import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

/** sendTransaction's result: the signed external message. */
@Serdeable
@Schema(name = "TransactionResult")
public record TransactionResultResponse(
    @Schema(description = "Base64 BoC of the signed external-in message") String boc) {}
