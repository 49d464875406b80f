package io.tcgateway.domain.ton;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tcgateway.domain.bytes.Bytes;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class AddressTest {
  private static final Address WALLET =
      Address.parseRaw("0:2ab14395b929e925e99cabd1f4d4e0d35365097305c9f60a0860f59979a67ddc");

  @Test
  void crc16XmodemCheckValue() {
    byte[] data = "123456789".getBytes(StandardCharsets.US_ASCII);
    assertThat(Crc16.xmodem(data, 0, data.length)).isEqualTo(0x31C3);
  }

  @Test
  void protocolDigestWalletForms() {
    assertThat(WALLET.toFriendly(true, false))
        .isEqualTo("EQAqsUOVuSnpJemcq9H01ODTU2UJcwXJ9goIYPWZeaZ93B2n");
    assertThat(WALLET.toFriendly(false, false))
        .isEqualTo("UQAqsUOVuSnpJemcq9H01ODTU2UJcwXJ9goIYPWZeaZ93EBi");
    assertThat(WALLET.toFriendly(false, true))
        .isEqualTo("0QAqsUOVuSnpJemcq9H01ODTU2UJcwXJ9goIYPWZeaZ93Pvo");
  }

  @Test
  void rawHexIsAcceptedInUpperCaseAndPrintedLowercase() {
    Address upper = Address.parseRaw(WALLET.toRaw().toUpperCase());
    assertThat(upper).isEqualTo(WALLET);
    assertThat(upper.toRaw()).isEqualTo(WALLET.toRaw());
  }

  @Test
  void constructorValidatesWorkchainAndHashLength() {
    assertThatThrownBy(() -> Address.of(1, Bytes.wrap(new byte[32])))
        .isInstanceOf(AddressFormatException.InvalidWorkchain.class);
    assertThatThrownBy(() -> Address.of(0, Bytes.wrap(new byte[31])))
        .isInstanceOf(AddressFormatException.InvalidLength.class);
  }

  @Test
  void emptyAndNullAreInvalidFormat() {
    assertThatThrownBy(() -> Address.parse(""))
        .isInstanceOf(AddressFormatException.InvalidFormat.class);
    assertThatThrownBy(() -> Address.parse(null))
        .isInstanceOf(AddressFormatException.InvalidFormat.class);
  }

  @Test
  void equalityIsByWorkchainAndHash() {
    Address same = Address.of(0, Bytes.fromHex(WALLET.hash().toHex()));
    assertThat(same).isEqualTo(WALLET).hasSameHashCodeAs(WALLET);
    assertThat(Address.of(-1, WALLET.hash())).isNotEqualTo(WALLET);
    assertThat(UserFriendlyAddress.parse(WALLET.toFriendly(true, false)))
        .isNotEqualTo(UserFriendlyAddress.parse(WALLET.toFriendly(false, false)));
  }
}
