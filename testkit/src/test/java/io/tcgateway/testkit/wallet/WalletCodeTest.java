package io.tcgateway.testkit.wallet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tcgateway.domain.ton.cell.WalletCodes;
import io.tcgateway.domain.ton.cell.WalletContract;
import org.junit.jupiter.api.Test;

/** The simulated wallet's code cells are the domain's reference ones, and identify as such. */
class WalletCodeTest {

  @Test
  void theCodeCellsAreTheDomainsReferenceCells() {
    for (WalletContract contract :
        new WalletContract[] {WalletContract.V4R2, WalletContract.V5R1}) {
      assertThat(WalletCode.of(contract)).isEqualTo(WalletCodes.code(contract));
      assertThat(WalletContract.identify(WalletCode.of(contract))).contains(contract);
    }
  }

  @Test
  void otherContractsAreRefused() {
    assertThatThrownBy(() -> WalletCode.of(WalletContract.V3R2))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
