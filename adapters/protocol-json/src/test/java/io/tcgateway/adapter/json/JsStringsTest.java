package io.tcgateway.adapter.json;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Expected values are what node 20 printed for {@code JSON.stringify(s)} (run once; control
 * characters written here with Java escapes).
 */
class JsStringsTest {

  @Test
  void quotesLikeJsonStringify() {
    assertThat(JsStrings.quote("plain")).isEqualTo("\"plain\"");
    assertThat(JsStrings.quote("quote \" back \\ slash /"))
        .isEqualTo("\"quote \\\" back \\\\ slash /\"");
    assertThat(JsStrings.quote("\b\f\n\r\t")).isEqualTo("\"\\b\\f\\n\\r\\t\"");
    assertThat(JsStrings.quote("\0\u0001\u001f\u007f"))
        .isEqualTo("\"\\u0000\\u0001\\u001f\u007f\"");
    assertThat(JsStrings.quote("café € \u2028\u2029")).isEqualTo("\"café € \u2028\u2029\"");
    assertThat(JsStrings.quote("\ud83d\ude00 emoji")).isEqualTo("\"\ud83d\ude00 emoji\"");
    assertThat(JsStrings.quote("<script>&'")).isEqualTo("\"<script>&'\"");
    assertThat(JsStrings.quote("\u00a0\ufeff")).isEqualTo("\"\u00a0\ufeff\"");
  }

  @Test
  void escapesUnpairedSurrogatesInLowercase() {
    assertThat(JsStrings.quote("lone hi \ud800 x")).isEqualTo("\"lone hi \\ud800 x\"");
    assertThat(JsStrings.quote("lone lo \udc00 x")).isEqualTo("\"lone lo \\udc00 x\"");
    assertThat(JsStrings.quote("rev \ude00\ud83d")).isEqualTo("\"rev \\ude00\\ud83d\"");
    assertThat(JsStrings.quote("end \ud83d")).isEqualTo("\"end \\ud83d\"");
  }

  @Test
  void jacksonWritesFieldNamesWithLowercaseControlEscapes() {
    // JSON.stringify of {key: 'a' + U+001F + LF} escapes the key in lowercase; Jackson alone: 001F
    assertThat(JsonOut.write(out -> out.startObject().field("a\u001f\n", 1).endObject()))
        .isEqualTo("{\"a\\u001f\\n\":1}");
  }

  @Test
  void untypedJsonIsRewrittenLikeJsonStringify() {
    // JSON.stringify(JSON.parse('{"b" : [1.50, 2E3, "\\u001F\\ud800é"], "a":null}'))
    //   === '{"b":[1.5,2000,"\\u001f\\ud800é"],"a":null}'
    assertThat(
            JsonIn.parse("{\"b\" : [1.50, 2E3, \"\\u001F\\ud800\u00e9\"], \"a\":null}", "").json())
        .isEqualTo("{\"b\":[1.5,2000,\"\\u001f\\ud800é\"],\"a\":null}");
  }

  // node: JSON.stringify(JSON.parse(text))
  @ParameterizedTest
  @CsvSource({
    "1.5, 1.5",
    "2000, 2000",
    "1e21, 1e+21",
    "1e-7, 1e-7",
    "123456789012345678901234, 1.2345678901234569e+23",
    "0.1, 0.1",
    "-0, 0",
    "5e-324, 5e-324",
    "1.7976931348623157e308, 1.7976931348623157e+308",
    "1e999, null",
    "100000000000000000000, 100000000000000000000",
    "0.000001, 0.000001",
    "1.23e-5, 0.0000123",
    "-12.50, -12.5",
    "9007199254740993, 9007199254740992",
    "1e999999999, null"
  })
  void numbersAreWrittenAsJavaScriptNumbers(String text, String expected) {
    assertThat(JsonIn.parse(text, "").json()).isEqualTo(expected);
  }
}
