package io.tcgateway.domain.verify;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.tcgateway.domain.bytes.Base64s;
import io.tcgateway.domain.bytes.Hex;
import io.tcgateway.domain.ton.Address;
import io.tcgateway.domain.ton.cell.BagOfCells;
import io.tcgateway.domain.ton.cell.BocWriteOptions;
import io.tcgateway.domain.ton.cell.Cell;
import io.tcgateway.domain.ton.cell.TextComment;
import io.tcgateway.domain.vectors.ProtocolVectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The signed bytes of every valid sign_data.json case match the generator's debug values. */
class SignDataMessageTest {

  static Stream<Named<JsonNode>> accepted() {
    return ProtocolVectors.named("sign_data.json", "accept");
  }

  @ParameterizedTest
  @MethodSource("accepted")
  void signedBytesMatchTheReference(JsonNode vector) {
    JsonNode response = vector.get("response");
    JsonNode payload = response.get("payload");
    JsonNode debug = vector.get("debug");
    Address address = Address.parse(response.get("address").asText());
    String domain = response.get("domain").asText();
    long timestamp = response.get("timestamp").asLong();
    switch (payload.get("type").asText()) {
      case "text" -> {
        byte[] message =
            SignDataMessage.textOrBinaryMessage(
                address,
                domain,
                timestamp,
                SignDataMessage.ByteKind.TEXT,
                payload.get("text").asText().getBytes(UTF_8));
        assertThat(Hex.encode(message)).isEqualTo(debug.get("messageHex").asText());
      }
      case "binary" -> {
        byte[] hash =
            SignDataMessage.textOrBinaryHash(
                address,
                domain,
                timestamp,
                SignDataMessage.ByteKind.BINARY,
                Base64s.decodeStandard(payload.get("bytes").asText()));
        assertThat(Hex.encode(hash)).isEqualTo(debug.get("sha256Hex").asText());
      }
      case "cell" -> {
        Cell signed =
            SignDataMessage.cellMessage(
                address,
                domain,
                timestamp,
                payload.get("schema").asText(),
                BagOfCells.deserializeSingleRootBase64(payload.get("cell").asText()));
        assertThat(Hex.encode(SignDataMessage.tep81(domain).getBytes(UTF_8)))
            .isEqualTo(debug.get("appDomainTep81Hex").asText());
        assertThat(signed.hash().toHex()).isEqualTo(debug.get("cellHashHex").asText());
        assertThat(Hex.encode(BagOfCells.serialize(signed, BocWriteOptions.PLAIN)))
            .isEqualTo(debug.get("signedCellBocHex").asText());
      }
      default -> throw new AssertionError("unknown type " + payload.get("type"));
    }
  }

  @Test
  void protocolDigestVectors() {
    Address wallet =
        Address.parse("0:2ab14395b929e925e99cabd1f4d4e0d35365097305c9f60a0860f59979a67ddc");
    long ts = 1_700_000_000L;
    assertThat(
            Hex.encode(
                SignDataMessage.textOrBinaryHash(
                    wallet,
                    "example.com",
                    ts,
                    SignDataMessage.ByteKind.TEXT,
                    "hello".getBytes(UTF_8))))
        .isEqualTo("f5b77e24509a53981629bb8c42510ebb1b1b297abcca8b7610a6aaa946c3bd3c");
    assertThat(
            Hex.encode(
                SignDataMessage.textOrBinaryHash(
                    wallet,
                    "example.com",
                    ts,
                    SignDataMessage.ByteKind.BINARY,
                    new byte[] {1, 2, 3})))
        .isEqualTo("c58b05e6bb31c702ea5445ec30c66b2ef887b9a372fc8388f2fcbc8780d50f64");
    Cell comment = new TextComment("hello").toCell();
    assertThat(
            SignDataMessage.cellMessage(
                    wallet,
                    "example.com",
                    ts,
                    "comment#00000000 text:SnakeData = InMsgBody;",
                    comment)
                .hash()
                .toHex())
        .isEqualTo("78f8014fb91249dc63624f6abd4022d4e6c96568db643daa21968feffe944f0b");
  }

  @Test
  void tep81ReversesLabelsAndPunycodesInternationalOnes() {
    assertThat(SignDataMessage.tep81("App.Example.org")).isEqualTo("org\0example\0app\0");
    assertThat(SignDataMessage.tep81("пример.рф")).isEqualTo("xn--p1ai\0xn--e1afmkfd\0");
  }
}
