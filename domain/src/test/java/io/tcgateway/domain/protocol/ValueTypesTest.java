package io.tcgateway.domain.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tcgateway.domain.bytes.Bytes;
import io.tcgateway.domain.ton.Address;
import io.tcgateway.domain.ton.AddressFormatException;
import io.tcgateway.domain.ton.cell.TextComment;
import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.IntStream;
import nl.jqno.equalsverifier.EqualsVerifier;
import nl.jqno.equalsverifier.Warning;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** RequestId, Amount, QueryId, BocBase64, WireAddress, ExtraCurrencies. */
class ValueTypesTest {
  // comment "hello" as a BoC (protocol.md §14.4)
  static final String BOC = "te6ccgEBAQEACwAAEgAAAABoZWxsbw==";
  // the empty cell (boc.json boc-01)
  static final String OTHER_BOC = "te6ccgEBAQEAAgAAAA==";
  static final String RAW = "0:2ab14395b929e925e99cabd1f4d4e0d35365097305c9f60a0860f59979a67ddc";
  static final String BOUNCEABLE = "EQAqsUOVuSnpJemcq9H01ODTU2UJcwXJ9goIYPWZeaZ93B2n";

  @Test
  void requestIdIsADecimalStringOfANonNegativeLong() {
    assertThat(RequestId.parse("0")).isEqualTo(RequestId.FIRST);
    assertThat(RequestId.parse("9223372036854775807").value()).isEqualTo(Long.MAX_VALUE);
    assertThat(RequestId.of(7).toString()).isEqualTo("7");
    assertThat(RequestId.of(7).next()).isEqualTo(RequestId.of(8));
    assertThat(RequestId.of(2)).isLessThan(RequestId.of(10));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "-1", "+1", "1.0", "0x10", "9223372036854775808", " 1", "abc"})
  void requestIdRejectsAnythingElse(String text) {
    assertThatThrownBy(() -> RequestId.parse(text))
        .isInstanceOf(ProtocolFormatException.InvalidField.class)
        .hasMessageStartingWith("id: ");
  }

  @Test
  void amountIsCanonicalDecimal() {
    assertThat(Amount.parse("20000000").value()).isEqualTo(BigInteger.valueOf(20_000_000));
    assertThat(Amount.parse("007").toString()).isEqualTo("7");
    assertThat(Amount.parse("0")).isEqualTo(Amount.ZERO);
    assertThat(Amount.parse("1329227995784915872903807060280344575").value())
        .isEqualTo(BigInteger.ONE.shiftLeft(120).subtract(BigInteger.ONE));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"", "-1", "1.5", "1e9", " 1", "0x1", "1329227995784915872903807060280344576"})
  void amountRejectsNonDigitsNegativesAndValuesBeyondVarUInteger16(String text) {
    assertThatThrownBy(() -> Amount.parse(text))
        .isInstanceOf(ProtocolFormatException.InvalidField.class);
  }

  @Test
  void queryIdIsAUint64() {
    assertThat(QueryId.parse("18446744073709551615").value())
        .isEqualTo(BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE));
    assertThatThrownBy(() -> QueryId.parse("18446744073709551616"))
        .isInstanceOf(ProtocolFormatException.InvalidField.class);
    assertThatThrownBy(() -> QueryId.parse("-1")).isInstanceOf(ProtocolFormatException.class);
  }

  @Test
  void bocIsNormalisedToStandardBase64WithPadding() {
    assertThat(BocBase64.parse(BOC).base64()).isEqualTo(BOC);
    assertThat(BocBase64.parse("te6ccgEBAQEACwAAEgAAAABoZWxsbw").base64()).isEqualTo(BOC);
    // a BoC whose standard base64 has '+' or '/', given in the URL-safe alphabet
    String standard =
        IntStream.range(0, 1000)
            .mapToObj(i -> new TextComment("comment " + i).toBase64())
            .filter(b64 -> b64.indexOf('+') >= 0 || b64.indexOf('/') >= 0)
            .findFirst()
            .orElseThrow();
    String urlSafe = standard.replace('+', '-').replace('/', '_').replace("=", "");
    assertThat(BocBase64.parse(urlSafe).base64()).isEqualTo(standard);
    assertThat(BocBase64.parse(BOC).bytes().toHex())
        .isEqualTo("b5ee9c7201010101000b0000120000000068656c6c6f");
    assertThat(BocBase64.of(Bytes.fromHex("b5ee9c7201010101000b0000120000000068656c6c6f")))
        .isEqualTo(BocBase64.parse(BOC));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "aGVsbG8=", // "hello": not a BoC
        "te6cc", // too short to hold the magic
        "te6ccgE=", // the magic and nothing else
        "te6ccgEBAQEACwAAEgAAAABoZWxs", // truncated cell data
        "aP9l8w==", // a legacy magic (68ff65f3), which wallets do not take
        "te6ccvv/_-", // mixes alphabets
        "te6cc gEB",
        "te6ccgEBAQEACwAAEgAAAABoZWxsbw===",
        "te6ccgEBAQEACwAAEgAAAABoZWxsbw=A"
      })
  void bocRejectsNonBase64AndNonBoc(String text) {
    assertThatThrownBy(() -> BocBase64.parse(text))
        .isInstanceOf(ProtocolFormatException.InvalidField.class);
  }

  @Test
  void bocConstructorOnlyTakesTheCanonicalForm() {
    assertThatThrownBy(() -> new BocBase64("te6ccgEBAQEACwAAEgAAAABoZWxsbw"))
        .isInstanceOf(ProtocolFormatException.InvalidField.class);
  }

  @Test
  void wireAddressKeepsTheFormItWasGivenIn() {
    WireAddress raw = WireAddress.parse(RAW);
    WireAddress friendly = WireAddress.parse(BOUNCEABLE);
    assertThat(raw).isInstanceOf(WireAddress.Raw.class);
    assertThat(friendly).isInstanceOf(WireAddress.Friendly.class);
    assertThat(raw.text()).isEqualTo(RAW);
    assertThat(friendly.text()).isEqualTo(BOUNCEABLE);
    assertThat(raw.address()).isEqualTo(friendly.address()).isEqualTo(Address.parse(RAW));
    assertThat(raw).isNotEqualTo(friendly);
    assertThatThrownBy(() -> WireAddress.parse("0:zz")).isInstanceOf(AddressFormatException.class);
  }

  @Test
  void extraCurrenciesValidateIdsAndKeepOrder() {
    Map<String, Amount> amounts = new LinkedHashMap<>();
    amounts.put("239", Amount.of(1));
    amounts.put("-1", Amount.of(2));
    amounts.put("7", Amount.of(3));
    assertThat(ExtraCurrencies.of(amounts).amounts().keySet()).containsExactly("239", "-1", "7");
    assertThat(ExtraCurrencies.none().isEmpty()).isTrue();
    assertThatThrownBy(() -> ExtraCurrencies.of(Map.of("usdt", Amount.of(1))))
        .isInstanceOf(ProtocolFormatException.InvalidField.class)
        .hasMessageContaining("extra_currency");
  }

  @Test
  void valueTypesCompareByValue() {
    EqualsVerifier.forClass(RequestId.class).verify();
    EqualsVerifier.forClass(Amount.class)
        .withPrefabValues(BigInteger.class, BigInteger.ONE, BigInteger.TWO)
        .suppress(Warning.NULL_FIELDS)
        .verify();
    EqualsVerifier.forClass(QueryId.class)
        .withPrefabValues(BigInteger.class, BigInteger.ONE, BigInteger.TWO)
        .suppress(Warning.NULL_FIELDS)
        .verify();
    EqualsVerifier.forClass(BocBase64.class)
        .withPrefabValues(String.class, BOC, OTHER_BOC)
        .suppress(Warning.NULL_FIELDS)
        .verify();
    assertThat(Amount.parse("10")).isEqualTo(Amount.of(10)).hasSameHashCodeAs(Amount.of(10));
    assertThat(BocBase64.parse(BOC)).isEqualTo(BocBase64.parse(BOC.replace("=", "")));
  }
}
