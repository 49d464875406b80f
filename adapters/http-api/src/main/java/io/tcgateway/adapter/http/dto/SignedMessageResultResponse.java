package io.tcgateway.adapter.http.dto;

import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

/** signMessage's result: the signed internal message. */
@Serdeable
@Schema(name = "SignedMessageResult")
public record SignedMessageResultResponse(
    @Schema(description = "Base64 BoC of the signed internal message") String internalBoc) {}
