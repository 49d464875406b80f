package io.tcgateway.adapter.http;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.tcgateway.adapter.http.dto.ConnectionRequest;
import io.tcgateway.adapter.http.dto.ConnectionResponse;
import io.tcgateway.application.port.in.DisconnectCommand;
import io.tcgateway.application.port.in.DisconnectUseCase;
import io.tcgateway.application.port.in.GetConnectionQuery;
import io.tcgateway.application.port.in.GetConnectionUseCase;
import io.tcgateway.application.port.in.StartConnectionUseCase;
import io.tcgateway.application.port.out.QrCodeRenderer;
import io.tcgateway.domain.session.PendingConnection;
import io.tcgateway.domain.session.SessionOwner;
import io.tcgateway.domain.session.WalletSession;
import java.util.Optional;

/**
 * A user's wallet connection, {@code /v1/users/{userId}/connection}: offer one (links and a QR
 * code), read it, end it. The owner is {@code http:<userId>}; nobody else's session is reachable.
 */
// Use cases block (stores, bridges, the wallets list): never on a Netty event loop, which the
// built-in bridge and every other request share.
@ExecuteOn(TaskExecutors.BLOCKING)
@Controller("/v1/users/{userId:[^/]+}/connection")
@Tag(name = "connection")
final class ConnectionController {
  private static final int DEFAULT_QR_SIZE = 512;

  private final StartConnectionUseCase start;
  private final GetConnectionUseCase get;
  private final DisconnectUseCase disconnect;
  private final QrCodeRenderer qr;

  ConnectionController(
      StartConnectionUseCase start,
      GetConnectionUseCase get,
      DisconnectUseCase disconnect,
      QrCodeRenderer qr) {
    this.start = start;
    this.get = get;
    this.disconnect = disconnect;
    this.qr = qr;
  }

  @Post
  @Operation(
      operationId = "startConnection",
      summary = "Offer a wallet connection",
      description =
          "A new session and its connect link (one wallet's, or tc:// plus a link per wallet);"
              + " replaces a pending offer; 409 WALLET_ALREADY_CONNECTED if a wallet is connected.")
  @ApiResponse(responseCode = "201", description = "The pending connection")
  @ApiResponses
  HttpResponse<ConnectionResponse> start(
      @Parameter(description = "The user's id in the calling app") String userId,
      @Nullable @Body ConnectionRequest request) {
    SessionOwner owner = Fields.owner(userId);
    ConnectionResponse body =
        ConnectionMapper.toResponse(
            userId, start.startConnection(ConnectionMapper.toCommand(owner, request)));
    return HttpResponse.created(body)
        .header(HttpHeaders.LOCATION, "/v1/users/" + userId + "/connection");
  }

  @Get
  @Operation(
      operationId = "getConnection",
      summary = "The user's connection: none, pending, connected, failed or expired")
  @ApiResponses
  ConnectionResponse get(String userId) {
    SessionOwner owner = Fields.owner(userId);
    return ConnectionMapper.toResponse(userId, get.getConnection(new GetConnectionQuery(owner)));
  }

  @Delete
  @Operation(
      operationId = "disconnect",
      summary = "Disconnect",
      description = "The wallet is sent disconnect once; the session is removed either way.")
  @ApiResponse(responseCode = "204", description = "Done (also when there was no session)")
  @ApiResponses
  HttpResponse<Void> disconnect(String userId) {
    disconnect.disconnect(new DisconnectCommand(Fields.owner(userId)));
    return HttpResponse.noContent();
  }

  @Get(value = "/qr.png", produces = "image/png")
  @Operation(operationId = "getQrPng", summary = "The pending link as a QR code (PNG)")
  @ApiResponse(responseCode = "404", description = "No pending connection (NOT_FOUND)")
  @ApiResponses
  HttpResponse<byte[]> png(
      String userId,
      @Parameter(description = "Width and height in pixels (32-4096, default 512)")
          @Nullable
          @QueryValue
          Integer size) {
    int pixels = size(size);
    String link = pendingLink(userId);
    return HttpResponse.ok(qr.png(link, pixels).toByteArray())
        .contentType(MediaType.IMAGE_PNG_TYPE)
        .header(HttpHeaders.CACHE_CONTROL, "no-store");
  }

  @Get(value = "/qr.svg", produces = "image/svg+xml")
  @Operation(operationId = "getQrSvg", summary = "The pending link as a QR code (SVG)")
  @ApiResponse(responseCode = "404", description = "No pending connection (NOT_FOUND)")
  @ApiResponses
  HttpResponse<String> svg(String userId) {
    String link = pendingLink(userId);
    return HttpResponse.ok(qr.svg(link))
        .contentType(MediaType.of("image/svg+xml"))
        .header(HttpHeaders.CACHE_CONTROL, "no-store");
  }

  private String pendingLink(String userId) {
    Optional<WalletSession> session =
        get.getConnection(new GetConnectionQuery(Fields.owner(userId)));
    return session
        .flatMap(WalletSession::pendingConnection)
        .map(PendingConnection::link)
        .orElseThrow(() -> ApiProblemException.notFound("the user has no pending connection"));
  }

  // Text that is not an int never gets here: the framework's conversion error is a 400 naming size.
  private static int size(Integer size) {
    if (size == null) {
      return DEFAULT_QR_SIZE;
    }
    if (size < QrCodeRenderer.MIN_PNG_SIZE || size > QrCodeRenderer.MAX_PNG_SIZE) {
      throw ApiProblemException.invalidField(
          "size",
          "must be from "
              + QrCodeRenderer.MIN_PNG_SIZE
              + " to "
              + QrCodeRenderer.MAX_PNG_SIZE
              + " pixels, was "
              + size);
    }
    return size;
  }
}
