package io.tcgateway.adapter.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.tcgateway.domain.protocol.ConnectRequest;
import io.tcgateway.domain.protocol.link.ConnectLinkParams;
import io.tcgateway.domain.protocol.link.ConnectLinks;
import io.tcgateway.domain.protocol.link.ParsedConnectLink;
import io.tcgateway.domain.vectors.ProtocolVectors;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every case of connect_link.json (from {@code @tonconnect/sdk} 3.4.1): the connect request built
 * like the SDK's {@code createConnectRequest}, encoded by the codec, put into a link by {@link
 * ConnectLinks}: byte for byte the SDK's link; and the link parsed back to the same request.
 */
class ConnectLinkCodecVectorsTest {
  private final JacksonWalletMessageCodec codec = new JacksonWalletMessageCodec();

  static Stream<Named<JsonNode>> cases() {
    return ProtocolVectors.named("connect_link.json", "accept");
  }

  @ParameterizedTest
  @MethodSource("cases")
  void codecAndLinkBuilderReproduceTheSdkLink(JsonNode vector) {
    Optional<String> proof =
        vector.path("request").isObject()
            ? Optional.of(vector.path("request").path("tonProof").asText())
            : Optional.empty();
    ConnectRequest request =
        ConnectRequest.of(vector.get("manifestUrl").asText(), Optional.empty(), proof);
    String requestJson = codec.encodeConnectRequest(request);
    String universalLink =
        vector.path("walletConnectionSource").path("universalLink").asText(ConnectLinks.UNIFIED);

    String link =
        ConnectLinks.build(
            universalLink,
            ConnectLinkParams.of(
                vector.get("appPublicKey").asText(), vector.get("traceId").asText(), requestJson));

    assertThat(link).isEqualTo(vector.get("link").asText());
    ParsedConnectLink parsed = ConnectLinks.parse(link);
    assertThat(parsed.version()).isEqualTo(2);
    assertThat(parsed.clientId())
        .isEqualTo(vector.get("sdkBridgeSubscription").get("client_id").asText());
    assertThat(parsed.traceId()).contains(vector.get("traceId").asText());
    assertThat(codec.decodeConnectRequest(parsed.requestJson())).isEqualTo(request);
    JsonNode telegram = vector.get("telegram");
    if (!telegram.isNull()) {
      assertThat(link).contains("startapp=" + telegram.get("startapp").asText());
    }
  }

  @org.junit.jupiter.api.Test
  void embeddedRequestTravelsThroughTheLinkAndBack() {
    String requestJson =
        codec.encodeConnectRequest(
            ConnectRequest.of(
                "https://dapp.example.com/m.json", Optional.empty(), Optional.of("abc")));
    String embedded = codec.encodeEmbeddedRequest(SdkWire.embeddedItems());
    ConnectLinkParams params =
        ConnectLinkParams.of(
                "a4e09292b651c278b9772c569f5fa9bb13d906b46ab68c9df9dc2b4409f8a209",
                "0190e1c2-3f4a-7b5c-8d6e-9f0a1b2c3d4e",
                requestJson)
            .withEmbeddedRequest(embedded);
    // Telegram's encoding makes this link longer than 1024 characters: the SDK drops e= there
    assertThat(ConnectLinks.keepsEmbeddedRequest("https://t.me/wallet?attach=wallet", params))
        .isFalse();
    assertThat(
            ConnectLinks.parse(ConnectLinks.build("https://t.me/wallet?attach=wallet", params))
                .embeddedRequestJson())
        .isEmpty();
    String link = ConnectLinks.build("https://app.tonkeeper.com/ton-connect", params);
    ParsedConnectLink parsed = ConnectLinks.parse(link);
    assertThat(parsed.embeddedRequestJson()).contains(embedded);
    assertThat(codec.decodeEmbeddedRequest(parsed.embeddedRequestJson().orElseThrow()))
        .isEqualTo(SdkWire.embeddedItems());
  }
}
