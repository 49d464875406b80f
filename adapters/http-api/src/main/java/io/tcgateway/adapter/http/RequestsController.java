package io.tcgateway.adapter.http;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.tcgateway.adapter.http.dto.ProblemResponse;
import io.tcgateway.adapter.http.dto.RequestResponse;
import io.tcgateway.adapter.http.dto.SentRequestResponse;
import io.tcgateway.adapter.http.dto.SignDataRequest;
import io.tcgateway.adapter.http.dto.TransactionRequest;
import io.tcgateway.application.port.in.GetRequestQuery;
import io.tcgateway.application.port.in.GetRequestUseCase;
import io.tcgateway.application.port.in.SendTransactionCommand;
import io.tcgateway.application.port.in.SendTransactionUseCase;
import io.tcgateway.application.port.in.SentRequestResult;
import io.tcgateway.application.port.in.SignDataCommand;
import io.tcgateway.application.port.in.SignDataUseCase;
import io.tcgateway.application.port.in.SignMessageCommand;
import io.tcgateway.application.port.in.SignMessageUseCase;
import io.tcgateway.domain.session.RequestRef;
import io.tcgateway.domain.session.SessionOwner;

/**
 * Requests to a user's connected wallet ({@code /v1/users/{userId}/...}): each is stored, sent and
 * answered 202 with its {@code requestId}; its outcome is read at {@code requests/{requestId}} or
 * arrives on the user's event stream.
 */
// Use cases block (stores, bridges, the wallets list): never on a Netty event loop, which the
// built-in bridge and every other request share.
@ExecuteOn(TaskExecutors.BLOCKING)
@Controller("/v1/users/{userId:[^/]+}")
@Tag(name = "requests")
final class RequestsController {
  private final SendTransactionUseCase sendTransaction;
  private final SignDataUseCase signData;
  private final SignMessageUseCase signMessage;
  private final GetRequestUseCase getRequest;

  RequestsController(
      SendTransactionUseCase sendTransaction,
      SignDataUseCase signData,
      SignMessageUseCase signMessage,
      GetRequestUseCase getRequest) {
    this.sendTransaction = sendTransaction;
    this.signData = signData;
    this.signMessage = signMessage;
    this.getRequest = getRequest;
  }

  @Post("/transactions")
  @Operation(
      operationId = "sendTransaction",
      summary = "Ask the wallet to sign and send a transaction")
  @ApiResponse(responseCode = "202", description = "Stored and sent; pending")
  @WalletErrors
  @ApiResponses
  HttpResponse<SentRequestResponse> transaction(String userId, @Body TransactionRequest request) {
    SessionOwner owner = Fields.owner(userId);
    return accepted(
        userId,
        sendTransaction.sendTransaction(
            new SendTransactionCommand(owner, TransactionMapper.toPayload(request))));
  }

  @Post("/sign-data")
  @Operation(operationId = "signData", summary = "Ask the wallet to sign text, bytes or a cell")
  @ApiResponse(responseCode = "202", description = "Stored and sent; pending")
  @WalletErrors
  @ApiResponses
  HttpResponse<SentRequestResponse> signData(String userId, @Body SignDataRequest request) {
    SessionOwner owner = Fields.owner(userId);
    return accepted(
        userId,
        signData.signData(new SignDataCommand(owner, SignDataMapper.toPayload(request, ""))));
  }

  @Post("/sign-message")
  @Operation(
      operationId = "signMessage",
      summary = "Ask the wallet to sign (not send) an internal message")
  @ApiResponse(responseCode = "202", description = "Stored and sent; pending")
  @WalletErrors
  @ApiResponses
  HttpResponse<SentRequestResponse> signMessage(String userId, @Body TransactionRequest request) {
    SessionOwner owner = Fields.owner(userId);
    return accepted(
        userId,
        signMessage.signMessage(
            new SignMessageCommand(owner, TransactionMapper.toPayload(request))));
  }

  @Get("/requests/{requestId:[^/]+}")
  @Operation(operationId = "getRequest", summary = "One of the user's requests and its outcome")
  @ApiResponse(
      responseCode = "404",
      description = "No such request of this user (NOT_FOUND)",
      content =
          @Content(
              mediaType = Problems.MEDIA_TYPE,
              schema = @Schema(implementation = ProblemResponse.class)))
  @ApiResponses
  RequestResponse request(String userId, String requestId) {
    SessionOwner owner = Fields.owner(userId);
    RequestRef ref = Fields.at("requestId", () -> RequestRef.parse(requestId));
    return getRequest
        .getRequest(new GetRequestQuery(owner, ref))
        .map(RequestMapper::toResponse)
        .orElseThrow(() -> ApiProblemException.notFound("the user has no request " + requestId));
  }

  private static HttpResponse<SentRequestResponse> accepted(String userId, SentRequestResult sent) {
    return HttpResponse.status(HttpStatus.ACCEPTED)
        .body(RequestMapper.toResponse(sent))
        .header(HttpHeaders.LOCATION, "/v1/users/" + userId + "/requests/" + sent.ref().value());
  }
}
