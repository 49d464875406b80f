package io.tcgateway.domain.ton;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.tcgateway.domain.bytes.Bytes;
import io.tcgateway.domain.vectors.ProtocolVectors;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every case of addresses.json (generated with @ton/core 0.63.1). */
class AddressVectorsTest {
  private static final Map<String, Class<? extends AddressFormatException>> REJECTION_BY_REASON =
      Map.of(
          "bad-crc", AddressFormatException.InvalidChecksum.class,
          "bad-length", AddressFormatException.InvalidLength.class,
          "bad-base64", AddressFormatException.InvalidCharacters.class,
          "bad-workchain", AddressFormatException.InvalidWorkchain.class,
          "bad-tag", AddressFormatException.InvalidTag.class,
          "bad-hex", AddressFormatException.InvalidHex.class,
          "bad-format", AddressFormatException.InvalidFormat.class);

  static Stream<Named<JsonNode>> accepted() {
    return ProtocolVectors.named("addresses.json", "accept");
  }

  static Stream<Named<JsonNode>> rejected() {
    return ProtocolVectors.named("addresses.json", "reject");
  }

  @ParameterizedTest
  @MethodSource("accepted")
  void everyFormParsesToTheSameAddressAndFormatsBack(JsonNode vector) {
    Address expected =
        Address.of(vector.get("workchain").asInt(), Bytes.fromHex(vector.get("hash").asText()));
    assertThat(Address.parse(vector.get("raw").asText())).isEqualTo(expected);
    assertThat(expected.toRaw()).isEqualTo(vector.get("raw").asText());
    assertThat(vector.get("friendly")).hasSize(8);
    for (JsonNode form : vector.get("friendly")) {
      String text = form.get("value").asText();
      boolean bounceable = form.get("bounceable").asBoolean();
      boolean testOnly = form.get("testOnly").asBoolean();
      UserFriendlyAddress parsed = UserFriendlyAddress.parse(text);
      assertThat(parsed).isEqualTo(new UserFriendlyAddress(expected, bounceable, testOnly));
      assertThat(Address.parse(text)).isEqualTo(expected);
      assertThat(parsed.format(form.get("urlSafe").asBoolean())).isEqualTo(text);
      if (form.get("urlSafe").asBoolean()) {
        assertThat(expected.toFriendly(bounceable, testOnly)).isEqualTo(text);
      }
    }
  }

  @ParameterizedTest
  @MethodSource("rejected")
  void malformedAddressIsRejectedWithTheSpecificReason(JsonNode vector) {
    String reason = vector.get("reason").asText();
    assertThat(REJECTION_BY_REASON).containsKey(reason);
    assertThatThrownBy(() -> Address.parse(vector.get("input").asText()))
        .isInstanceOf(REJECTION_BY_REASON.get(reason));
  }
}
