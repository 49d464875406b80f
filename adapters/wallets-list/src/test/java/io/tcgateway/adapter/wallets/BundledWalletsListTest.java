package io.tcgateway.adapter.wallets;

import static org.assertj.core.api.Assertions.assertThat;

import io.tcgateway.adapter.wallets.ParsedWalletsList.DroppedEntry;
import io.tcgateway.application.port.out.WalletDirectory.WalletEntry;
import io.tcgateway.domain.protocol.Feature;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class BundledWalletsListTest {
  private final ParsedWalletsList bundled = BundledWalletsList.parsed();
  private final Map<String, WalletEntry> byName =
      bundled.wallets().stream()
          .collect(Collectors.toMap(WalletEntry::appName, Function.identity()));

  @Test
  void theSdkFallbackListGivesMoreThanTenUsableWallets() {
    assertThat(bundled.wallets()).hasSizeGreaterThan(10);
    assertThat(byName).containsKeys("telegram-wallet", "tonkeeper", "mytonwallet", "tonhub");
  }

  @Test
  void entriesMatchTheSdkFallbackList() {
    WalletEntry telegram = byName.get("telegram-wallet");
    assertThat(telegram.universalLink()).isEqualTo("https://t.me/wallet?attach=wallet");
    assertThat(telegram.bridge().value())
        .isEqualTo("https://walletbot.me/tonconnect-bridge/bridge");

    WalletEntry tonkeeper = byName.get("tonkeeper");
    assertThat(tonkeeper.universalLink()).isEqualTo("https://app.tonkeeper.com/ton-connect");
    assertThat(tonkeeper.bridge().value()).isEqualTo("https://bridge.tonapi.io/bridge");
    assertThat(tonkeeper.deepLink()).isEqualTo(Optional.of("tonkeeper-tc://"));
    assertThat(tonkeeper.features())
        .anySatisfy(f -> assertThat(f).isInstanceOf(Feature.SendTransaction.class))
        .anySatisfy(f -> assertThat(f).isInstanceOf(Feature.SignData.class));

    // MyTonWallet's bridge URL ends in '/' in the list; the SDK strips it before use.
    assertThat(byName.get("mytonwallet").bridge().value())
        .isEqualTo("https://tonconnectbridge.mytonwallet.org/bridge");
  }

  @Test
  void onlyExtensionOnlyWalletsAreLeftOut() {
    assertThat(bundled.dropped())
        .isNotEmpty()
        .extracting(DroppedEntry::reason)
        .containsOnly("no sse bridge");
    assertThat(bundled.wallets().size() + bundled.dropped().size()).isEqualTo(32);
  }

  @Test
  void theLicenceOfTheCopyShipsBesideIt() {
    assertThat(BundledWalletsList.class.getResource(BundledWalletsList.RESOURCE)).isNotNull();
    assertThat(
            BundledWalletsList.class.getResource(
                "/io/tcgateway/adapter/wallets/wallets-v2.fallback.LICENSE"))
        .isNotNull();
  }
}
