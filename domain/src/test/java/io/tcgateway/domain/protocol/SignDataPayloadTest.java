package io.tcgateway.domain.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tcgateway.domain.bytes.Bytes;
import io.tcgateway.domain.ton.Network;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SignDataPayloadTest {
  static final WireAddress FROM =
      WireAddress.parse("0:2ab14395b929e925e99cabd1f4d4e0d35365097305c9f60a0860f59979a67ddc");

  @Test
  void echoedBinaryEqualsWhatWasSentWhateverTheBase64Alphabet() {
    SignDataPayload sent = SignDataPayload.Binary.of(SignDataPayload.Binary.decodeBytes("+/+/"));
    SignDataPayload echoed = SignDataPayload.Binary.of(SignDataPayload.Binary.decodeBytes("-_-_"));
    assertThat(echoed).isEqualTo(sent).hasSameHashCodeAs(sent);
  }

  @Test
  void equalityCoversFromAndNetworkButHasSameDataDoesNot() {
    SignDataPayload sent =
        new SignDataPayload.Text("hello", Optional.of(Network.MAINNET), Optional.of(FROM));
    SignDataPayload echoedWithout = SignDataPayload.Text.of("hello");
    assertThat(echoedWithout).isNotEqualTo(sent);
    assertThat(echoedWithout.hasSameData(sent)).isTrue();
    assertThat(SignDataPayload.Text.of("hello!").hasSameData(sent)).isFalse();
    assertThat(SignDataPayload.Binary.of(Bytes.fromHex("68656c6c6f")).hasSameData(sent)).isFalse();
  }

  @Test
  void cellComparesSchemaAndCell() {
    BocBase64 cell = BocBase64.parse("te6ccgEBAQEACwAAEgAAAABoZWxsbw==");
    SignDataPayload a =
        SignDataPayload.Cell.of("comment#00000000 text:SnakeData = InMsgBody;", cell);
    assertThat(SignDataPayload.Cell.of("comment#00000000 text:SnakeData = InMsgBody;", cell))
        .isEqualTo(a);
    assertThat(SignDataPayload.Cell.of("x = Y;", cell).hasSameData(a)).isFalse();
    assertThat(a.type()).isEqualTo(SignDataType.CELL);
  }

  @Test
  void acceptsEmptyTextAndBytesButNotAnEmptySchemaOrBadBase64() {
    assertThat(SignDataPayload.Text.of("").text()).isEmpty();
    assertThat(SignDataPayload.Binary.of(Bytes.empty()).bytes().isEmpty()).isTrue();
    assertThat(SignDataPayload.Binary.decodeBytes("").isEmpty()).isTrue();
    assertThatThrownBy(() -> SignDataPayload.Binary.decodeBytes("not base64!"))
        .isInstanceOf(ProtocolFormatException.InvalidField.class);
    assertThatThrownBy(
            () -> SignDataPayload.Cell.of("", BocBase64.parse("te6ccgEBAQEACwAAEgAAAABoZWxsbw==")))
        .hasMessageStartingWith("schema:");
  }
}
