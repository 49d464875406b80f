package io.tcgateway.domain.protocol.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tcgateway.domain.protocol.ProtocolFormatException;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * protocol.md §14.5 and further links. Expected strings were produced once with node 20 by a
 * transcription of {@code @tonconnect/sdk} 3.4.1 {@code generateRegularUniversalLink} / {@code
 * generateTGUniversalLink} (its {@code new URL} + {@code searchParams.append}), the repository's
 * {@code e} parameter and {@code @tonconnect/ui} {@code addReturnStrategy}, then hard-coded.
 */
class ConnectLinksTest {
  static final String PK_A = "a4e09292b651c278b9772c569f5fa9bb13d906b46ab68c9df9dc2b4409f8a209";
  static final String TRACE = "0190e1c2-3f4a-7b5c-8d6e-9f0a1b2c3d4e";
  static final String REQUEST =
      "{\"manifestUrl\":\"https://example.com/tonconnect-manifest.json\",\"items\":[{\"name\":\"ton_addr\"},{\"name\":\"ton_proof\",\"payload\":\"abc\"}]}";
  static final String R =
      "r=%7B%22manifestUrl%22%3A%22https%3A%2F%2Fexample.com%2Ftonconnect-manifest.json%22%2C%22items%22%3A%5B%7B%22name%22%3A%22ton_addr%22%7D%2C%7B%22name%22%3A%22ton_proof%22%2C%22payload%22%3A%22abc%22%7D%5D%7D";
  static final String QUERY = "v=2&id=" + PK_A + "&trace_id=" + TRACE + "&" + R;
  static final String STARTAPP =
      "tonconnect-v__2-id__"
          + PK_A
          + "-trace--5Fid__0190e1c2--2D3f4a--2D7b5c--2D8d6e--2D9f0a1b2c3d4e-r__--7B--22manifestUrl--22--3A--22https--3A--2F--2Fexample--2Ecom--2Ftonconnect--2Dmanifest--2Ejson--22--2C--22items--22--3A--5B--7B--22name--22--3A--22ton--5Faddr--22--7D--2C--7B--22name--22--3A--22ton--5Fproof--22--2C--22payload--22--3A--22abc--22--7D--5D--7D";
  static final ConnectLinkParams PARAMS = ConnectLinkParams.of(PK_A, TRACE, REQUEST);
  // {"m":"st","f":"0:2ab1…7ddc","n":"-239","vu":1700000300,"ms":[{"a":"UQAq…EBi","am":"20000000"}]}
  static final String EMBEDDED =
      "{\"m\":\"st\",\"f\":\"0:2ab14395b929e925e99cabd1f4d4e0d35365097305c9f60a0860f59979a67ddc\",\"n\":\"-239\",\"vu\":1700000300,\"ms\":[{\"a\":\"UQAqsUOVuSnpJemcq9H01ODTU2UJcwXJ9goIYPWZeaZ93EBi\",\"am\":\"20000000\"}]}";
  static final String E =
      "eyJtIjoic3QiLCJmIjoiMDoyYWIxNDM5NWI5MjllOTI1ZTk5Y2FiZDFmNGQ0ZTBkMzUzNjUwOTczMDVjOWY2MGEwODYwZjU5OTc5YTY3ZGRjIiwibiI6Ii0yMzkiLCJ2dSI6MTcwMDAwMDMwMCwibXMiOlt7ImEiOiJVUUFxc1VPVnVTbnBKZW1jcTlIMDFPRFRVMlVKY3dYSjlnb0lZUFdaZWFaOTNFQmkiLCJhbSI6IjIwMDAwMDAwIn1dfQ";

  @Test
  void regularUniversalLinkOfSection14_5() {
    assertThat(ConnectLinks.build("https://app.tonkeeper.com/ton-connect", PARAMS))
        .isEqualTo("https://app.tonkeeper.com/ton-connect?" + QUERY);
  }

  @Test
  void returnStrategyGoesLast() {
    assertThat(
            ConnectLinks.build(
                "https://app.tonkeeper.com/ton-connect",
                PARAMS.withReturnStrategy(ReturnStrategy.BACK)))
        .isEqualTo("https://app.tonkeeper.com/ton-connect?" + QUERY + "&ret=back");
    assertThat(ConnectLinks.unified(PARAMS.withReturnStrategy(ReturnStrategy.NONE)))
        .isEqualTo("tc://?" + QUERY + "&ret=none");
    assertThat(
            ConnectLinks.build(
                "tonkeeper-tc://",
                PARAMS.withReturnStrategy(ReturnStrategy.parse("https://example.com/done?x=1"))))
        .isEqualTo("tonkeeper-tc://?" + QUERY + "&ret=https%3A%2F%2Fexample.com%2Fdone%3Fx%3D1");
  }

  @Test
  void customSchemeAndUnifiedLinksTakeTheSameQuery() {
    assertThat(ConnectLinks.build("tonkeeper-tc://", PARAMS)).isEqualTo("tonkeeper-tc://?" + QUERY);
    assertThat(ConnectLinks.unified(PARAMS)).isEqualTo("tc://?" + QUERY);
  }

  @Test
  void telegramLinkOfSection14_5() {
    assertThat(ConnectLinks.build("https://t.me/wallet?attach=wallet", PARAMS))
        .isEqualTo("https://t.me/wallet/start?startapp=" + STARTAPP);
  }

  @Test
  void telegramReturnStrategyIsReEncodedIntoStartapp() {
    assertThat(
            ConnectLinks.build(
                "https://t.me/wallet?attach=wallet",
                PARAMS.withReturnStrategy(ReturnStrategy.BACK)))
        .isEqualTo("https://t.me/wallet/start?startapp=" + STARTAPP + "-ret__back");
    assertThat(
            ConnectLinks.build(
                "https://t.me/wallet?attach=wallet",
                PARAMS.withReturnStrategy(ReturnStrategy.parse("tg://resolve"))))
        .isEqualTo(
            "https://t.me/wallet/start?startapp=" + STARTAPP + "-ret__tg--3A--2F--2Fresolve");
  }

  @Test
  void telegramKeepsOtherParametersAfterStartapp() {
    // The SDK would append startapp after mode=compact, which makes Telegram drop it (pitfall 7).
    assertThat(ConnectLinks.build("https://t.me/wallet?attach=wallet&mode=compact", PARAMS))
        .isEqualTo("https://t.me/wallet/start?startapp=" + STARTAPP + "&mode=compact");
    assertThat(
            ConnectLinks.build(
                "https://t.me/wallet?attach=wallet&mode=compact",
                PARAMS.withReturnStrategy(ReturnStrategy.BACK)))
        .isEqualTo("https://t.me/wallet/start?startapp=" + STARTAPP + "-ret__back&mode=compact");
    assertThat(ConnectLinks.isTelegram("tg://resolve?domain=wallet")).isTrue();
    assertThat(ConnectLinks.isTelegram("https://T.ME/wallet")).isTrue();
    assertThat(ConnectLinks.isTelegram("https://telegram.me/wallet")).isFalse();
  }

  @Test
  void specialCharactersAreEncodedLikeUrlSearchParams() {
    String request =
        "{\"manifestUrl\":\"https://example.com/manifest.json?a=b c\",\"items\":[{\"name\":\"ton_addr\",\"network\":\"-3\"},{\"name\":\"ton_proof\",\"payload\":\"nonce é *~\"}]}";
    ConnectLinkParams params = ConnectLinkParams.of(PK_A, TRACE, request);
    assertThat(ConnectLinks.build("https://app.tonkeeper.com/ton-connect", params))
        .isEqualTo(
            "https://app.tonkeeper.com/ton-connect?v=2&id="
                + PK_A
                + "&trace_id="
                + TRACE
                + "&r=%7B%22manifestUrl%22%3A%22https%3A%2F%2Fexample.com%2Fmanifest.json%3Fa%3Db+c%22%2C%22items%22%3A%5B%7B%22name%22%3A%22ton_addr%22%2C%22network%22%3A%22-3%22%7D%2C%7B%22name%22%3A%22ton_proof%22%2C%22payload%22%3A%22nonce+%C3%A9+*%7E%22%7D%5D%7D");
    // node printed "tg://resolve/start?domain=wallet&startapp=..."; startapp is moved first here
    assertThat(ConnectLinks.build("tg://resolve?domain=wallet&attach=wallet", params))
        .isEqualTo(
            "tg://resolve/start?startapp=tonconnect-v__2-id__"
                + PK_A
                + "-trace--5Fid__0190e1c2--2D3f4a--2D7b5c--2D8d6e--2D9f0a1b2c3d4e-r__--7B--22manifestUrl--22--3A--22https--3A--2F--2Fexample--2Ecom--2Fmanifest--2Ejson--3Fa--3Db%2Bc--22--2C--22items--22--3A--5B--7B--22name--22--3A--22ton--5Faddr--22--2C--22network--22--3A--22--2D3--22--7D--2C--7B--22name--22--3A--22ton--5Fproof--22--2C--22payload--22--3A--22nonce%2B--C3--A9%2B*--7E--22--7D--5D--7D&domain=wallet");
  }

  @Test
  void existingQueryIsReSerializedAndTheUrlNormalizedLikeWhatwgUrl() {
    assertThat(ConnectLinks.build("https://Wallet.Example.org:443?x=1&y=a%20b&&z", PARAMS))
        .isEqualTo("https://wallet.example.org/?x=1&y=a+b&z=&" + QUERY);
    assertThat(ConnectLinks.build("https://wallet.example.org/ton-connect?x=1", PARAMS))
        .isEqualTo("https://wallet.example.org/ton-connect?x=1&" + QUERY);
    assertThat(ConnectLinks.build("https://x.com:8443/a#frag", PARAMS))
        .isEqualTo("https://x.com:8443/a?" + QUERY + "#frag");
  }

  @Test
  void embeddedRequestIsBase64UrlWithoutPadding() {
    ConnectLinkParams params = PARAMS.withEmbeddedRequest(EMBEDDED);
    assertThat(ConnectLinks.build("https://app.tonkeeper.com/ton-connect", params))
        .isEqualTo("https://app.tonkeeper.com/ton-connect?" + QUERY + "&e=" + E);
    assertThat(ConnectLinks.build("https://t.me/wallet?attach=wallet", params))
        .isEqualTo("https://t.me/wallet/start?startapp=" + STARTAPP + "-e__" + E);
    assertThat(
            ConnectLinks.build(
                "https://app.tonkeeper.com/ton-connect",
                params.withReturnStrategy(ReturnStrategy.BACK)))
        .isEqualTo("https://app.tonkeeper.com/ton-connect?" + QUERY + "&e=" + E + "&ret=back");
    assertThat(ConnectLinks.keepsEmbeddedRequest("https://app.tonkeeper.com/ton-connect", params))
        .isTrue();
  }

  @Test
  void embeddedRequestIsDroppedWhenTheLinkWouldExceed1024Characters() {
    // node: the link with this e= is 1605 characters
    String message =
        "{\"a\":\"UQAqsUOVuSnpJemcq9H01ODTU2UJcwXJ9goIYPWZeaZ93EBi\",\"am\":\"20000000\",\"p\":\"te6ccgEBAQEACwAAEgAAAABoZWxsbw==\"}";
    String big =
        "{\"m\":\"st\",\"vu\":1700000300,\"ms\":["
            + String.join(",", java.util.Collections.nCopies(8, message))
            + "]}";
    ConnectLinkParams params =
        PARAMS.withEmbeddedRequest(big).withReturnStrategy(ReturnStrategy.BACK);
    assertThat(ConnectLinks.keepsEmbeddedRequest("https://app.tonkeeper.com/ton-connect", params))
        .isFalse();
    assertThat(ConnectLinks.build("https://app.tonkeeper.com/ton-connect", params))
        .isEqualTo("https://app.tonkeeper.com/ton-connect?" + QUERY + "&ret=back");
  }

  @Test
  void parsesEveryKindOfLinkBackToItsParts() {
    ConnectLinkParams params =
        PARAMS.withEmbeddedRequest(EMBEDDED).withReturnStrategy(ReturnStrategy.BACK);
    ParsedConnectLink expected =
        new ParsedConnectLink(
            2,
            PK_A,
            Optional.of(TRACE),
            REQUEST,
            Optional.of(ReturnStrategy.BACK),
            Optional.of(EMBEDDED));
    for (String base :
        new String[] {
          "https://app.tonkeeper.com/ton-connect",
          "tc://",
          "tonkeeper-tc://",
          "https://t.me/wallet?attach=wallet&mode=compact",
          "tg://resolve?domain=wallet"
        }) {
      assertThat(ConnectLinks.parse(ConnectLinks.build(base, params))).as(base).isEqualTo(expected);
    }
    assertThat(ConnectLinks.parse(ConnectLinks.unified(PARAMS)))
        .isEqualTo(
            new ParsedConnectLink(
                2, PK_A, Optional.of(TRACE), REQUEST, Optional.empty(), Optional.empty()));
  }

  @Test
  void parseNamesTheBrokenParameter() {
    assertThatThrownBy(() -> ConnectLinks.parse("tc://?id=" + PK_A + "&" + R))
        .isInstanceOf(ProtocolFormatException.MissingField.class)
        .hasMessageStartingWith("v:");
    assertThatThrownBy(() -> ConnectLinks.parse("tc://?v=2&id=abc&" + R))
        .isInstanceOf(ProtocolFormatException.InvalidField.class)
        .hasMessageStartingWith("id:");
    assertThatThrownBy(() -> ConnectLinks.parse("tc://?v=2&id=" + PK_A))
        .hasMessageStartingWith("r:");
    assertThatThrownBy(() -> ConnectLinks.parse("tc://?v=two&id=" + PK_A + "&" + R))
        .hasMessageStartingWith("v:");
    assertThatThrownBy(() -> ConnectLinks.parse("tc://?" + QUERY + "&e=a+b"))
        .hasMessageStartingWith("e:");
    assertThatThrownBy(() -> ConnectLinks.parse("tc://?" + QUERY + "&ret=somewhere"))
        .hasMessageStartingWith("ret:");
    assertThatThrownBy(() -> ConnectLinks.parse("https://t.me/wallet/start?startapp=other"))
        .hasMessageStartingWith("startapp:");
    assertThatThrownBy(() -> ConnectLinks.parse("https://t.me/wallet"))
        .isInstanceOf(ProtocolFormatException.MissingField.class);
  }

  @Test
  void paramsAreValidated() {
    assertThatThrownBy(() -> ConnectLinkParams.of(PK_A.toUpperCase(), TRACE, REQUEST))
        .hasMessageStartingWith("id:");
    assertThatThrownBy(() -> ConnectLinkParams.of(PK_A.substring(2), TRACE, REQUEST))
        .hasMessageStartingWith("id:");
    assertThatThrownBy(() -> ConnectLinkParams.of(PK_A, "not-a-uuid", REQUEST))
        .hasMessageStartingWith("trace_id:");
    assertThatThrownBy(() -> ConnectLinkParams.of(PK_A, TRACE, "")).hasMessageStartingWith("r:");
  }

  @Test
  void rejectsBaseLinksTheUrlParserWouldRewrite() {
    assertThatThrownBy(() -> ConnectLinks.build("https://x.com/a b", PARAMS))
        .hasMessageStartingWith("universalLink:");
    assertThatThrownBy(() -> ConnectLinks.build("no-scheme", PARAMS))
        .hasMessageStartingWith("universalLink:");
    assertThatThrownBy(() -> ConnectLinks.build("https://", PARAMS))
        .hasMessageStartingWith("universalLink:");
    assertThatThrownBy(() -> ReturnStrategy.parse("back now"))
        .isInstanceOf(ProtocolFormatException.InvalidField.class);
  }
}
