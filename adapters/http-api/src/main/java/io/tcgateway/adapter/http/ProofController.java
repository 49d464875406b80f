package io.tcgateway.adapter.http;

import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.tcgateway.adapter.http.dto.ProofPayloadResponse;
import io.tcgateway.adapter.http.dto.SignDataVerifyRequest;
import io.tcgateway.adapter.http.dto.TonProofVerifyRequest;
import io.tcgateway.adapter.http.dto.VerificationResponse;
import io.tcgateway.application.port.in.IssueProofPayloadUseCase;
import io.tcgateway.application.port.in.VerifyProofCommand;
import io.tcgateway.application.port.in.VerifyProofUseCase;
import io.tcgateway.application.port.in.VerifySignDataCommand;
import io.tcgateway.application.port.in.VerifySignDataUseCase;
import io.tcgateway.domain.verify.ProofPayloads;

/**
 * For web backends whose frontends connect with {@code @tonconnect/ui}: {@code ton_proof} payloads
 * to put in the connect request, and verification of the proofs and signData results those
 * frontends relay. A verdict is always a 200 ({@code valid} true or false); only input that is not
 * such a document is a 400.
 */
// Use cases block (stores, bridges, the wallets list): never on a Netty event loop, which the
// built-in bridge and every other request share.
@ExecuteOn(TaskExecutors.BLOCKING)
@Controller("/v1")
@Tag(name = "proofs")
final class ProofController {
  private final IssueProofPayloadUseCase payloads;
  private final VerifyProofUseCase proofs;
  private final VerifySignDataUseCase signData;

  ProofController(
      IssueProofPayloadUseCase payloads,
      VerifyProofUseCase proofs,
      VerifySignDataUseCase signData) {
    this.payloads = payloads;
    this.proofs = proofs;
    this.signData = signData;
  }

  @Post(value = "/ton-proof/payload", consumes = "*/*")
  @Operation(
      operationId = "issueProofPayload",
      summary = "A single-use ton_proof payload for a frontend's connect request")
  @ApiResponses
  ProofPayloadResponse payload() {
    ProofPayloads.Issued issued = payloads.issueProofPayload();
    return new ProofPayloadResponse(issued.payload(), Fields.time(issued.expiresAt()));
  }

  @Post("/ton-proof/verify")
  @Operation(
      operationId = "verifyTonProof",
      summary = "Verify a ton_proof relayed by a frontend (check_proof shape, snake_case)",
      description =
          "Checks the domain allow-list, the time window, that the state init is the address's"
              + " wallet, the signature, and consumes the payload (a second verification of the"
              + " same payload is rejected with payload-not-accepted).")
  @ApiResponses
  VerificationResponse verifyProof(@Body TonProofVerifyRequest request) {
    VerificationMapper.ProofInput input = VerificationMapper.toInput(request);
    return VerificationMapper.toResponse(
        proofs.verifyProof(new VerifyProofCommand(input.submission())), input.network());
  }

  @Post("/sign-data/verify")
  @Operation(
      operationId = "verifySignData",
      summary = "Verify a signData result relayed by a frontend")
  @ApiResponses
  VerificationResponse verifySignData(@Body SignDataVerifyRequest request) {
    VerificationMapper.SignDataInput input = VerificationMapper.toInput(request);
    return VerificationMapper.toResponse(
        signData.verifySignData(new VerifySignDataCommand(input.submission())), input.network());
  }
}
