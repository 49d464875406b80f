package io.tcgateway.application.service;

import io.tcgateway.application.port.in.ListWalletsUseCase;
import io.tcgateway.application.port.out.WalletDirectory;
import io.tcgateway.application.port.out.WalletDirectory.WalletEntry;
import java.util.List;
import java.util.Objects;

/** The wallets list as the directory has it. */
public final class ListWalletsService implements ListWalletsUseCase {
  private final WalletDirectory wallets;

  public ListWalletsService(WalletDirectory wallets) {
    this.wallets = Objects.requireNonNull(wallets, "wallets");
  }

  @Override
  public List<WalletEntry> listWallets() {
    return wallets.wallets();
  }
}
