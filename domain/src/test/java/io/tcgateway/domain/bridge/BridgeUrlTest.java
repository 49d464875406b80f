package io.tcgateway.domain.bridge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BridgeUrlTest {

  @Test
  void removesOneTrailingSlashLikeTheSdk() {
    BridgeUrl mtw = BridgeUrl.parse("https://tonconnectbridge.mytonwallet.org/bridge/");
    assertThat(mtw.value()).isEqualTo("https://tonconnectbridge.mytonwallet.org/bridge");
    assertThat(mtw).isEqualTo(BridgeUrl.parse("https://tonconnectbridge.mytonwallet.org/bridge"));
    assertThat(mtw.eventsEndpoint())
        .isEqualTo("https://tonconnectbridge.mytonwallet.org/bridge/events");
    assertThat(mtw.messageEndpoint())
        .isEqualTo("https://tonconnectbridge.mytonwallet.org/bridge/message");
  }

  @Test
  void keepsPortAndPath() {
    assertThat(BridgeUrl.parse("http://127.0.0.1:8080/bridge").eventsEndpoint())
        .isEqualTo("http://127.0.0.1:8080/bridge/events");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "bridge.tonapi.io/bridge",
        "ftp://bridge.tonapi.io/bridge",
        "https:///bridge",
        "https://bridge.tonapi.io/bridge?x=1",
        "https://bridge.tonapi.io/bridge#top",
        "https://bridge.tonapi.io/bridge//",
        "https://bad host/bridge"
      })
  void rejectsWhatCannotBeABridgeBase(String text) {
    assertThatThrownBy(() -> BridgeUrl.parse(text))
        .isInstanceOf(BridgeFormatException.InvalidBridgeUrl.class);
  }
}
