package io.tcgateway.domain.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tcgateway.domain.bytes.Bytes;
import nl.jqno.equalsverifier.EqualsVerifier;
import nl.jqno.equalsverifier.Warning;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class SessionPublicKeyTest {
  private static final String PK_A =
      "a4e09292b651c278b9772c569f5fa9bb13d906b46ab68c9df9dc2b4409f8a209";

  @Test
  void clientIdIsLowercaseHexOfTheKey() {
    SessionPublicKey key = SessionPublicKey.of(Bytes.fromHex(PK_A));

    assertThat(key.clientId()).isEqualTo(PK_A);
    assertThat(key.toByteArray()).isEqualTo(Bytes.fromHex(PK_A).toByteArray());
    assertThat(key.toString()).contains(PK_A);
  }

  @Test
  void parsesClientIdsInEitherCaseAndAlwaysEmitsLowercase() {
    SessionPublicKey expected = SessionPublicKey.of(Bytes.fromHex(PK_A));

    assertThat(SessionPublicKey.parse(PK_A)).isEqualTo(expected);
    assertThat(SessionPublicKey.parse(PK_A.toUpperCase())).isEqualTo(expected);
    assertThat(
            SessionPublicKey.parse(
                "A4e09292B651c278b9772c569f5fa9bb13d906b46ab68c9df9dc2b4409f8a209"))
        .isEqualTo(expected);
    assertThat(SessionPublicKey.parse(PK_A.toUpperCase()).clientId()).isEqualTo(PK_A);
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(
      strings = {
        "",
        "a4e09292b651c278b9772c569f5fa9bb13d906b46ab68c9df9dc2b4409f8a2", // 62
        "a4e09292b651c278b9772c569f5fa9bb13d906b46ab68c9df9dc2b4409f8a20", // 63
        "a4e09292b651c278b9772c569f5fa9bb13d906b46ab68c9df9dc2b4409f8a2090", // 65
        "a4e09292b651c278b9772c569f5fa9bb13d906b46ab68c9df9dc2b4409f8a209a4", // 66
        "0xe09292b651c278b9772c569f5fa9bb13d906b46ab68c9df9dc2b4409f8a209",
        " 4e09292b651c278b9772c569f5fa9bb13d906b46ab68c9df9dc2b4409f8a209",
        "a4e09292b651c278b9772c569f5fa9bb13d906b46ab68c9df9dc2b4409f8a20\n",
        "g4e09292b651c278b9772c569f5fa9bb13d906b46ab68c9df9dc2b4409f8a209",
        "a4e09292b651c278b9772c569f5fa9bb13d906b46ab68c9df9dc2b4409f8a2-9",
        // Fullwidth and Arabic-Indic digits are digits to Character.digit, not hex to the bridge.
        "\uff14e09292b651c278b9772c569f5fa9bb13d906b46ab68c9df9dc2b4409f8a209",
        "\u0664e09292b651c278b9772c569f5fa9bb13d906b46ab68c9df9dc2b4409f8a209"
      })
  void rejectsAnythingButSixtyFourHexCharacters(String clientId) {
    assertThatThrownBy(() -> SessionPublicKey.parse(clientId))
        .isInstanceOf(CryptoException.InvalidClientId.class);
  }

  @Test
  void rejectsKeysThatAreNotThirtyTwoBytes() {
    assertThatThrownBy(() -> SessionPublicKey.of(new byte[31]))
        .isInstanceOfSatisfying(
            CryptoException.InvalidLength.class,
            e -> {
              assertThat(e.field()).isEqualTo("session public key");
              assertThat(e.expected()).isEqualTo(32);
              assertThat(e.actual()).isEqualTo(31);
            });
    assertThatThrownBy(() -> SessionPublicKey.of(Bytes.of(new byte[33])))
        .isInstanceOf(CryptoException.InvalidLength.class);
  }

  @Test
  void copiesTheBytesOnTheWayIn() {
    byte[] raw = Bytes.fromHex(PK_A).toByteArray();
    SessionPublicKey key = SessionPublicKey.of(raw);

    raw[0] = 0;

    assertThat(key.clientId()).isEqualTo(PK_A);
  }

  @Test
  void equalityIsByKeyBytes() {
    EqualsVerifier.forClass(SessionPublicKey.class)
        .withPrefabValues(Bytes.class, Bytes.of(new byte[32]), Bytes.fromHex(PK_A))
        .suppress(Warning.NULL_FIELDS)
        .verify();
  }
}
