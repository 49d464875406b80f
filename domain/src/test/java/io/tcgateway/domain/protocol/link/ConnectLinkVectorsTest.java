package io.tcgateway.domain.protocol.link;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.tcgateway.domain.vectors.ProtocolVectors;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every case of connect_link.json, with the request JSON taken from the vector's {@code
 * connectRequest} (compact Jackson output equals {@code JSON.stringify} for these ASCII requests).
 * The adapter module repeats this with the request encoded by the codec.
 */
class ConnectLinkVectorsTest {

  static Stream<Named<JsonNode>> cases() {
    return ProtocolVectors.named("connect_link.json", "accept");
  }

  @ParameterizedTest
  @MethodSource("cases")
  void buildsTheSdkLinkByteForByteAndParsesItBack(JsonNode vector) {
    String universalLink =
        vector.path("walletConnectionSource").path("universalLink").asText(ConnectLinks.UNIFIED);
    String requestJson = vector.get("connectRequest").toString();
    ConnectLinkParams params =
        ConnectLinkParams.of(
            vector.get("appPublicKey").asText(), vector.get("traceId").asText(), requestJson);

    String link = ConnectLinks.build(universalLink, params);

    assertThat(link).isEqualTo(vector.get("link").asText());
    ParsedConnectLink parsed = ConnectLinks.parse(link);
    assertThat(parsed.version()).isEqualTo(vector.get("version").asInt());
    assertThat(parsed.clientId()).isEqualTo(vector.get("appPublicKey").asText());
    assertThat(parsed.traceId()).contains(vector.get("traceId").asText());
    assertThat(parsed.requestJson()).isEqualTo(requestJson);
    assertThat(parsed.returnStrategy()).isEmpty();
    assertThat(parsed.embeddedRequestJson()).isEqualTo(Optional.empty());
    JsonNode telegram = vector.get("telegram");
    assertThat(ConnectLinks.isTelegram(universalLink)).isEqualTo(!telegram.isNull());
    if (!telegram.isNull()) {
      String startapp = telegram.get("startapp").asText();
      assertThat(link).endsWith("?startapp=" + startapp);
      assertThat(
              TelegramStartParameter.decode(
                  startapp.substring(TelegramStartParameter.PREFIX.length())))
          .isEqualTo(telegram.get("decodedQuery").asText());
    }
  }
}
