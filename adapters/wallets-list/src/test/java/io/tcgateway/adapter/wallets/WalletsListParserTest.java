package io.tcgateway.adapter.wallets;

import static io.tcgateway.adapter.wallets.WalletsJson.array;
import static io.tcgateway.adapter.wallets.WalletsJson.entry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tcgateway.adapter.wallets.ParsedWalletsList.DroppedEntry;
import io.tcgateway.application.port.out.WalletDirectory.WalletEntry;
import io.tcgateway.domain.bridge.BridgeUrl;
import io.tcgateway.domain.protocol.Feature;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class WalletsListParserTest {
  private static final String TONKEEPER =
      """
      {
        "app_name": "tonkeeper",
        "name": "Tonkeeper",
        "image": "https://tonkeeper.com/assets/tonconnect-icon.png",
        "tondns": "tonkeeper.ton",
        "about_url": "https://tonkeeper.com",
        "universal_url": "https://app.tonkeeper.com/ton-connect",
        "deepLink": "tonkeeper-tc://",
        "bridge": [
          {"type": "sse", "url": "https://bridge.tonapi.io/bridge/"},
          {"type": "js", "key": "tonkeeper"}
        ],
        "platforms": ["ios", "android", "chrome", "firefox", "macos"],
        "features": [
          "SendTransaction",
          {"name": "SendTransaction", "maxMessages": 255, "extraCurrencySupported": true,
           "itemTypes": ["ton", "jetton"]},
          {"name": "SignData", "types": ["text", "binary", "cell"]},
          {"name": "SignMessage", "maxMessages": 4},
          {"name": "EmbeddedRequest"},
          {"name": "FutureThing", "level": 3},
          "FutureBareThing"
        ],
        "some_new_field": {"ignored": true}
      }""";

  @Test
  void mapsAnEntryWithEveryField() {
    ParsedWalletsList parsed = WalletsListParser.parse("[" + TONKEEPER + "]");

    assertThat(parsed.dropped()).isEmpty();
    assertThat(parsed.wallets())
        .containsExactly(
            new WalletEntry(
                "tonkeeper",
                "Tonkeeper",
                "https://tonkeeper.com/assets/tonconnect-icon.png",
                "https://tonkeeper.com",
                "https://app.tonkeeper.com/ton-connect",
                Optional.of("tonkeeper-tc://"),
                BridgeUrl.parse("https://bridge.tonapi.io/bridge"),
                List.of("ios", "android", "chrome", "firefox", "macos"),
                List.of(
                    new Feature.SendTransactionLegacy(),
                    new Feature.SendTransaction(
                        OptionalInt.of(255),
                        Optional.of(true),
                        Optional.of(List.of("ton", "jetton"))),
                    new Feature.SignData(List.of("text", "binary", "cell")),
                    Feature.SignMessage.of(4),
                    new Feature.EmbeddedRequest(),
                    new Feature.Unknown("FutureThing", false),
                    new Feature.Unknown("FutureBareThing", true))));
  }

  @Test
  void theBridgeUrlLosesOneTrailingSlashLikeTheSdk() {
    WalletEntry entry = WalletsListParser.parse("[" + TONKEEPER + "]").wallets().getFirst();

    assertThat(entry.bridge().value()).isEqualTo("https://bridge.tonapi.io/bridge");
  }

  @Test
  void deepLinkAndFeaturesAreOptional() {
    WalletEntry entry = WalletsListParser.parse(array(entry("plain"))).wallets().getFirst();

    assertThat(entry.deepLink()).isEmpty();
    assertThat(entry.features()).isEmpty();
  }

  @Test
  void anEmptyDeepLinkCountsAsNone() {
    String json = entry("plain").replace("\"platforms\"", "\"deepLink\":\"\",\"platforms\"");

    assertThat(WalletsListParser.parse(array(json)).wallets().getFirst().deepLink()).isEmpty();
  }

  @Test
  void unreadableFeaturesAreLeftOutButTheEntryStays() {
    String json =
        entry("odd")
            .replace(
                "\"platforms\"",
                "\"features\":[42,{\"maxMessages\":4},{\"name\":\"SendTransaction\","
                    + "\"maxMessages\":\"many\"},null,{\"name\":\"SignData\",\"types\":\"text\"}],"
                    + "\"platforms\"");

    ParsedWalletsList parsed = WalletsListParser.parse(array(json));

    assertThat(parsed.dropped()).isEmpty();
    assertThat(parsed.wallets().getFirst().features())
        .containsExactly(new Feature.SignData(List.of()));
  }

  @Test
  void featuresThatAreNotAnArrayAreIgnored() {
    String json = entry("odd").replace("\"platforms\"", "\"features\":{},\"platforms\"");

    assertThat(WalletsListParser.parse(array(json)).wallets().getFirst().features()).isEmpty();
  }

  @Test
  void nonStringPlatformsAreLeftOut() {
    String json = entry("odd").replace("[\"ios\",\"android\"]", "[\"ios\",7,null]");

    assertThat(WalletsListParser.parse(array(json)).wallets().getFirst().platforms())
        .containsExactly("ios");
  }

  /** Each rule of the SDK's isCorrectWalletConfigDTO, plus the gateway's own. */
  @ParameterizedTest(name = "{2}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          "name":"bad wallet",                   | "name":"bad wallet","x":1,                | -
          "app_name":"bad",                      | ''                                        | missing app_name
          "name":"bad wallet",                   | ''                                        | missing name
          "image":"https://bad.example/icon.png",| ''                                        | missing image
          "about_url":"https://bad.example",     | ''                                        | missing about_url
          "platforms":["ios","android"]          | "x":0                                     | missing platforms
          "platforms":["ios","android"]          | "platforms":[]                            | platforms is not a non-empty array
          "platforms":["ios","android"]          | "platforms":"ios"                         | platforms is not a non-empty array
          "bridge":[{"type":"sse","url":"https://bridge.bad.example/bridge"}], | ''            | bridge is not a non-empty array
          "bridge":[{"type":"sse","url":"https://bridge.bad.example/bridge"}], | "bridge":[],  | bridge is not a non-empty array
          "bridge":[{"type":"sse","url":"https://bridge.bad.example/bridge"}], | "bridge":{"type":"sse"}, | bridge is not a non-empty array
          "bridge":[{"type":"sse","url":"https://bridge.bad.example/bridge"}], | "bridge":[{"type":"sse","url":"https://b.example"},{"url":"x"}], | a bridge item is not an object with a type
          "bridge":[{"type":"sse","url":"https://bridge.bad.example/bridge"}], | "bridge":[{"type":"sse","url":"https://b.example"},"js"], | a bridge item is not an object with a type
          "bridge":[{"type":"sse","url":"https://bridge.bad.example/bridge"}], | "bridge":[{"type":"sse"}], | sse bridge without url
          "bridge":[{"type":"sse","url":"https://bridge.bad.example/bridge"}], | "bridge":[{"type":"sse","url":""}], | sse bridge without url
          "universal_url":"https://bad.example/ton-connect",                   | ''            | sse bridge without universal_url
          "universal_url":"https://bad.example/ton-connect",                   | "universal_url":"", | sse bridge without universal_url
          "bridge":[{"type":"sse","url":"https://bridge.bad.example/bridge"}], | "bridge":[{"type":"sse","url":"https://b.example"},{"type":"js"}], | js bridge without key
          "bridge":[{"type":"sse","url":"https://bridge.bad.example/bridge"}], | "bridge":[{"type":"js","key":"bad"}], | no sse bridge
          "bridge":[{"type":"sse","url":"https://bridge.bad.example/bridge"}], | "bridge":[{"type":"sse","url":"ftp://b.example"}], | sse bridge url unusable: bridge URL must be http or https: ftp://b.example
          "bridge":[{"type":"sse","url":"https://bridge.bad.example/bridge"}], | "bridge":[{"type":"sse","url":7}], | sse bridge url is not a string
          "name":"bad wallet",                   | "name":null,                              | name is not a string
          "universal_url":"https://bad.example/ton-connect",                   | "universal_url":["x"], | universal_url is not a string
          """)
  void dropsAnEntryTheSdkOrTheGatewayCannotUse(String original, String replacement, String reason) {
    String bad = entry("bad").replace(original.strip(), replacement.strip());
    ParsedWalletsList parsed = WalletsListParser.parse(array(entry("good"), bad));

    if (reason.equals("-")) { // the control row: the replacement keeps the entry usable
      assertThat(parsed.dropped()).isEmpty();
      return;
    }
    assertThat(bad).isNotEqualTo(entry("bad"));
    assertThat(parsed.wallets()).extracting(WalletEntry::appName).containsExactly("good");
    assertThat(parsed.dropped()).hasSize(1);
    assertThat(parsed.dropped().getFirst().index()).isEqualTo(1);
    assertThat(parsed.dropped().getFirst().reason()).isEqualTo(reason);
  }

  @Test
  void anEntryThatIsNotAnObjectIsDropped() {
    ParsedWalletsList parsed =
        WalletsListParser.parse(array("\"tonkeeper\"", "null", entry("good")));

    assertThat(parsed.wallets()).extracting(WalletEntry::appName).containsExactly("good");
    assertThat(parsed.dropped())
        .containsExactly(
            new DroppedEntry(0, "?", "not an object"), new DroppedEntry(1, "?", "not an object"));
  }

  @Test
  void aLaterEntryWithTheSameAppNameIsDropped() {
    ParsedWalletsList parsed =
        WalletsListParser.parse(
            array(entry("twin", "https://first.example/bridge"), entry("twin"), entry("other")));

    assertThat(parsed.wallets()).extracting(WalletEntry::appName).containsExactly("twin", "other");
    assertThat(parsed.wallets().getFirst().bridge().value())
        .isEqualTo("https://first.example/bridge");
    assertThat(parsed.dropped()).containsExactly(new DroppedEntry(1, "twin", "duplicate app_name"));
  }

  @Test
  void droppedEntriesAreCountedAndTheFirstIsNamed() {
    String noSse =
        entry("ext")
            .replace(
                "{\"type\":\"sse\",\"url\":\"https://bridge.ext.example/bridge\"}",
                "{\"type\":\"js\",\"key\":\"ext\"}");
    String noName = entry("anon").replace("\"name\":\"anon wallet\",", "");

    ParsedWalletsList parsed = WalletsListParser.parse(array(noSse, entry("good"), noName));

    assertThat(parsed.dropped()).hasSize(2);
    assertThat(parsed.firstDropped())
        .map(DroppedEntry::toString)
        .contains("#0 'ext': no sse bridge");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   ", "{", "[1,", "not json", "[] []", "<html></html>"})
  void textThatIsNotJsonIsRejectedAsAWhole(String text) {
    assertThatThrownBy(() -> WalletsListParser.parse(text))
        .isInstanceOf(WalletsListFormatException.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {"{\"wallets\":[]}", "\"wallets\"", "42", "null", "true"})
  void jsonThatIsNotAnArrayIsRejectedAsAWhole(String text) {
    assertThatThrownBy(() -> WalletsListParser.parse(text))
        .isInstanceOf(WalletsListFormatException.class)
        .hasMessageContaining("not a JSON array");
  }

  @Test
  void aListWithoutAnyUsableEntryIsRejectedAsAWhole() {
    assertThatThrownBy(() -> WalletsListParser.parse("[]"))
        .isInstanceOf(WalletsListFormatException.class)
        .hasMessageContaining("no usable entry");
    assertThatThrownBy(() -> WalletsListParser.parse(array("1", "{}")))
        .isInstanceOf(WalletsListFormatException.class)
        .hasMessageContaining("no usable entry among 2")
        .hasMessageContaining("#0 '?': not an object");
  }
}
