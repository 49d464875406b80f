package io.tcgateway.adapter.http.dto;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

/** signData's result, verified with the key proven at connect. */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "SignDataOutcome")
public record SignDataResultResponse(
    @Schema(description = "Standard base64 of the 64-byte signature") String signature,
    @Schema(description = "The signer, raw") String address,
    @Schema(description = "Unix seconds") long timestamp,
    String domain,
    @Schema(description = "The payload as the wallet echoed it") SignDataPayloadResponse payload,
    @Schema(description = "Always true: unverified results are reported as failed")
        boolean verified) {}
