package io.tcgateway.domain.ton;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import nl.jqno.equalsverifier.EqualsVerifier;
import nl.jqno.equalsverifier.Warning;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NetworkTest {

  @Test
  void mainnetAndTestnetHaveTheirGlobalIds() {
    assertThat(Network.MAINNET.id()).isEqualTo("-239");
    assertThat(Network.TESTNET.id()).isEqualTo("-3");
    assertThat(Network.parse("-239")).isEqualTo(Network.MAINNET);
    assertThat(Network.of(-3)).isEqualTo(Network.TESTNET);
    assertThat(Network.MAINNET.isMainnet()).isTrue();
    assertThat(Network.TESTNET.globalId()).isEqualTo(-3);
  }

  @Test
  void anyInt32GlobalIdIsANetwork() {
    assertThat(Network.parse("662387").globalId()).isEqualTo(662387);
    assertThat(Network.parse("0").toString()).isEqualTo("0");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "mainnet", "+3", "-", "1.5", " -3", "-3 ", "99999999999", "--3"})
  void rejectsTextThatIsNotADecimalInt32(String text) {
    assertThatThrownBy(() -> Network.parse(text)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void equalsIsByValue() {
    EqualsVerifier.forClass(Network.class)
        .withPrefabValues(String.class, "-239", "-3")
        .suppress(Warning.NULL_FIELDS)
        .verify();
  }
}
