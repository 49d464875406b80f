package io.tcgateway.adapter.http;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.tcgateway.adapter.http.dto.WalletResponse;
import io.tcgateway.application.port.in.ListWalletsUseCase;
import java.util.List;

/** {@code GET /v1/wallets}: the wallets users can connect with. */
// Use cases block (stores, bridges, the wallets list): never on a Netty event loop, which the
// built-in bridge and every other request share.
@ExecuteOn(TaskExecutors.BLOCKING)
@Controller("/v1/wallets")
@Tag(name = "wallets")
final class WalletsController {
  private final ListWalletsUseCase wallets;

  WalletsController(ListWalletsUseCase wallets) {
    this.wallets = wallets;
  }

  @Get
  @Operation(
      operationId = "listWallets",
      summary = "The wallets users can connect with, in the list's order")
  @ApiResponses
  List<WalletResponse> list() {
    return wallets.listWallets().stream().map(WalletMapper::toResponse).toList();
  }
}
