package io.tcgateway.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.tcgateway.application.error.StoreUnavailableException;
import io.tcgateway.application.port.out.WalletDirectory.WalletEntry;
import io.tcgateway.domain.protocol.Feature;
import io.tcgateway.domain.protocol.SignDataType;
import io.tcgateway.domain.protocol.StructuredItemType;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

@MicronautTest
class WalletsControllerTest extends ApiTestBase {

  @Test
  void listsWalletsInOrderWithTheirFeatures() {
    gateway.wallets =
        List.of(
            new WalletEntry(
                "tonkeeper",
                "Tonkeeper",
                "https://tonkeeper.com/icon.png",
                "https://tonkeeper.com",
                "https://app.tonkeeper.com/ton-connect",
                Optional.of("tonkeeper-tc://"),
                Samples.BRIDGE,
                List.of("ios", "android"),
                List.of(
                    new Feature.SendTransactionLegacy(),
                    new Feature.SendTransaction(
                        OptionalInt.of(4),
                        Optional.of(true),
                        Optional.of(List.of(StructuredItemType.JETTON.wireName()))),
                    Feature.SignData.of(SignDataType.TEXT))),
            new WalletEntry(
                "mytonwallet",
                "MyTonWallet",
                "https://mytonwallet.io/icon.png",
                "https://mytonwallet.io",
                "https://connect.mytonwallet.org",
                Optional.empty(),
                Samples.BRIDGE,
                List.of("chrome"),
                List.of()));

    Api.Reply reply = api.get("/v1/wallets");

    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.contentType()).startsWith("application/json");
    List<Object> wallets = reply.array();
    assertThat(wallets).hasSize(2);
    @SuppressWarnings("unchecked")
    Map<String, Object> first = (Map<String, Object>) wallets.get(0);
    assertThat(first)
        .containsEntry("appName", "tonkeeper")
        .containsEntry("name", "Tonkeeper")
        .containsEntry("imageUrl", "https://tonkeeper.com/icon.png")
        .containsEntry("aboutUrl", "https://tonkeeper.com")
        .containsEntry("universalLink", "https://app.tonkeeper.com/ton-connect")
        .containsEntry("deepLink", "tonkeeper-tc://")
        .containsEntry("bridgeUrl", "https://bridge.example.com/bridge")
        .containsEntry("platforms", List.of("ios", "android"));
    assertThat(first.get("features"))
        .isEqualTo(
            List.of(
                Map.of("name", "SendTransaction"),
                Map.of(
                    "name",
                    "SendTransaction",
                    "maxMessages",
                    4,
                    "extraCurrencySupported",
                    true,
                    "itemTypes",
                    List.of("jetton")),
                Map.of("name", "SignData", "types", List.of("text"))));
    @SuppressWarnings("unchecked")
    Map<String, Object> second = (Map<String, Object>) wallets.get(1);
    assertThat(second).containsEntry("appName", "mytonwallet").doesNotContainKey("deepLink");
  }

  @Test
  void anEmptyListIsAnEmptyArray() {
    Api.Reply reply = api.get("/v1/wallets");

    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.body()).isEqualTo("[]");
  }

  @Test
  void aStoreFailureIsA503Problem() {
    gateway.failNext(new StoreUnavailableException("db at 10.0.0.7 refused", null));

    Map<String, Object> problem = api.get("/v1/wallets").problem(503, "STORE_UNAVAILABLE");

    assertThat((String) problem.get("detail")).doesNotContain("10.0.0.7");
  }
}
