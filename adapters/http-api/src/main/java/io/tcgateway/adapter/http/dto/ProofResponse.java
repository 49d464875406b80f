package io.tcgateway.adapter.http.dto;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

/** The {@code ton_proof} verified at connect. */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "ConnectProof")
public record ProofResponse(
    boolean verified,
    @Schema(description = "Unix seconds") long timestamp,
    String domain,
    @Schema(example = "v4r2") String walletVersion,
    @Schema(description = "The key read from the state init, 64 hex") String publicKey) {}
