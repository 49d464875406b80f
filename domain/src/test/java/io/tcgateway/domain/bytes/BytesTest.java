package io.tcgateway.domain.bytes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import nl.jqno.equalsverifier.EqualsVerifier;
import org.junit.jupiter.api.Test;

class BytesTest {

  @Test
  void equalityIsByContent() {
    EqualsVerifier.forClass(Bytes.class).withIgnoredFields().verify();
    assertThat(Bytes.fromHex("00ff")).isEqualTo(Bytes.of(new byte[] {0, (byte) 0xff}));
  }

  @Test
  void copiesOnTheWayInAndOut() {
    byte[] source = {1, 2, 3};
    Bytes bytes = Bytes.of(source);
    source[0] = 9;
    bytes.toByteArray()[1] = 9;
    assertThat(bytes.toHex()).isEqualTo("010203");
  }

  @Test
  void slicesAndConcatenates() {
    Bytes bytes = Bytes.fromHex("0102030405");
    assertThat(bytes.slice(1, 3).toHex()).isEqualTo("0203");
    assertThat(bytes.slice(0, 2).concat(Bytes.fromHex("ff")).toHex()).isEqualTo("0102ff");
  }

  @Test
  void hexDecodesBothCasesAndEncodesLowercase() {
    assertThat(Hex.encode(Hex.decode("ABcdEF"))).isEqualTo("abcdef");
    assertThat(Hex.isLowercaseHex("abcdef", 3)).isTrue();
    assertThat(Hex.isLowercaseHex("ABCDEF", 3)).isFalse();
  }

  @Test
  void hexRejectsOddLengthAndForeignCharacters() {
    assertThatThrownBy(() -> Hex.decode("abc")).isInstanceOf(EncodingException.InvalidHex.class);
    assertThatThrownBy(() -> Hex.decode("0x00")).isInstanceOf(EncodingException.InvalidHex.class);
    assertThatThrownBy(() -> Hex.decode("a b ")).isInstanceOf(EncodingException.InvalidHex.class);
    assertThatThrownBy(() -> Hex.decode("\u0661\u0662"))
        .isInstanceOf(EncodingException.InvalidHex.class);
    assertThatThrownBy(() -> Hex.decodeExactly("00", 2))
        .isInstanceOf(EncodingException.InvalidHex.class);
  }

  @Test
  void standardBase64RequiresPaddingAndTheStandardAlphabet() {
    assertThat(Base64s.decodeStandard("AQID")).containsExactly(1, 2, 3);
    assertThat(Base64s.decodeStandard("AQ==")).containsExactly(1);
    assertThatThrownBy(() -> Base64s.decodeStandard("AQ"))
        .isInstanceOf(EncodingException.InvalidBase64.class);
    assertThatThrownBy(() -> Base64s.decodeStandard("-_-_"))
        .isInstanceOf(EncodingException.InvalidBase64.class);
    assertThatThrownBy(() -> Base64s.decodeStandard("AQ==" + "\n"))
        .isInstanceOf(EncodingException.InvalidBase64.class);
  }

  @Test
  void lenientBase64AcceptsEitherAlphabetWithOrWithoutPadding() {
    byte[] expected = {(byte) 0xfb, (byte) 0xff};
    assertThat(Base64s.decodeLenient("+/8=")).containsExactly(expected);
    assertThat(Base64s.decodeLenient("-_8=")).containsExactly(expected);
    assertThat(Base64s.decodeLenient("-_8")).containsExactly(expected);
    assertThatThrownBy(() -> Base64s.decodeLenient("+_8="))
        .isInstanceOf(EncodingException.InvalidBase64.class);
    assertThatThrownBy(() -> Base64s.decodeLenient("AAAAA"))
        .isInstanceOf(EncodingException.InvalidBase64.class);
  }

  @Test
  void encodesTheThreeVariants() {
    byte[] bytes = {(byte) 0xfb, (byte) 0xff};
    assertThat(Base64s.encodeStandard(bytes)).isEqualTo("+/8=");
    assertThat(Base64s.encodeUrlSafe(bytes)).isEqualTo("-_8=");
    assertThat(Base64s.encodeUrlSafeNoPadding(bytes)).isEqualTo("-_8");
  }
}
