package io.tcgateway.adapter.bridgeserver;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ClientLimitsTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "127.0.0.1",
        "127.1.2.3",
        "::1",
        "[::1]",
        "0:0:0:0:0:0:0:1",
        "0:0:0:0:0:0:0:1%0",
        "::ffff:127.0.0.1",
        "localhost"
      })
  void loopbackAddressesAreRecognised(String address) {
    assertThat(ClientLimits.isLoopback(address)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"10.0.0.1", "128.0.0.1", "::2", "fe80::1", "1.127.0.0", ""})
  void otherAddressesAreNotLoopback(String address) {
    assertThat(ClientLimits.isLoopback(address)).isFalse();
  }
}
