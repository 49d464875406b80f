package io.tcgateway.domain.protocol.link;

import static org.assertj.core.api.Assertions.assertThat;

import io.tcgateway.domain.protocol.link.FormUrlEncoding.Pair;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Expected values are what node 20 printed for {@code p = new URLSearchParams(); p.append('r', s);
 * p.toString()} (run once; see the task notes).
 */
class FormUrlEncodingTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "a b|r=a+b",
        "*-._~!'()|r=*-._%7E%21%27%28%29",
        "é€😀|r=%C3%A9%E2%82%AC%F0%9F%98%80",
        "{\"k\":\"v/w?x=y&z\"}|r=%7B%22k%22%3A%22v%2Fw%3Fx%3Dy%26z%22%7D",
        "+%|r=%2B%25"
      })
  void serializesLikeUrlSearchParams(String value, String expected) {
    assertThat(FormUrlEncoding.serialize(List.of(new Pair("r", value)))).isEqualTo(expected);
  }

  @Test
  void encodesControlCharactersAndLoneSurrogatesLikeUrlSearchParams() {
    assertThat(FormUrlEncoding.serialize(List.of(new Pair("r", "\n")))).isEqualTo("r=%0A");
    // URLSearchParams converts to a USVString first: lone surrogates become U+FFFD (EF BF BD);
    // plain URLEncoder would write '?' (%3F) for them.
    assertThat(FormUrlEncoding.serialize(List.of(new Pair("r", "a\ud800b\udc00"))))
        .isEqualTo("r=a%EF%BF%BDb%EF%BF%BD");
    assertThat(FormUrlEncoding.encode("\ud83d\ude00")).isEqualTo("%F0%9F%98%80");
  }

  @Test
  void parsesLikeUrlSearchParams() {
    // new URLSearchParams("b=c%20d&&e&f=g+h") -> [[b,"c d"],[e,""],[f,"g h"]]
    assertThat(FormUrlEncoding.parse("b=c%20d&&e&f=g+h"))
        .containsExactly(new Pair("b", "c d"), new Pair("e", ""), new Pair("f", "g h"));
    // invalid percent sequences stay literal; '=' in a value is kept
    assertThat(FormUrlEncoding.parse("a=%zz%4&b=x=y"))
        .containsExactly(new Pair("a", "%zz%4"), new Pair("b", "x=y"));
    assertThat(FormUrlEncoding.parse("")).isEmpty();
    assertThat(FormUrlEncoding.decode("%C3%A9%E2%82%AC")).isEqualTo("é€");
  }

  @Test
  void serializeThenParseIsTheIdentityForWellFormedText() {
    String text = "{\"manifestUrl\":\"https://x.io/m.json?a=b c\",\"p\":\"é*~+%&=\"}";
    List<Pair> pairs = List.of(new Pair("r", text), new Pair("x y", "1"));
    assertThat(FormUrlEncoding.parse(FormUrlEncoding.serialize(pairs))).isEqualTo(pairs);
  }
}
