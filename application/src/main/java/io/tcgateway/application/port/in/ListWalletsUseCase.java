package io.tcgateway.application.port.in;

import io.tcgateway.application.port.out.WalletDirectory.WalletEntry;
import java.util.List;

/** The wallets users can connect with, in the list's order. */
public interface ListWalletsUseCase {
  List<WalletEntry> listWallets();
}
