package io.tcgateway.adapter.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.google.crypto.tink.KeysetHandle;
import io.tcgateway.application.port.out.SecretUnreadableException;
import io.tcgateway.domain.bytes.Bytes;
import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class TinkSecretSealerTest {
  private static final String RECORD = "session:0123456789abcdef0123456789abcdef";
  private static final String KEYSET = TinkKeysets.generate();
  private final TinkSecretSealer sealer = TinkSecretSealer.fromKeyset(KEYSET, "test keyset");
  private final Bytes secret = randomSecret(1);

  private static Bytes randomSecret(long seed) {
    byte[] bytes = new byte[32];
    new SplittableRandom(seed).nextBytes(bytes);
    return Bytes.wrap(bytes);
  }

  @Test
  void openGivesBackWhatWasSealed() {
    Bytes sealed = sealer.seal(secret, RECORD);

    assertThat(sealer.open(sealed, RECORD)).isEqualTo(secret);
  }

  @Test
  void everySealIsDifferentAndNoneContainsThePlaintext() {
    Set<Bytes> ciphertexts = new HashSet<>();
    for (int i = 0; i < 20; i++) {
      Bytes sealed = sealer.seal(secret, RECORD);
      assertThat(sealed.toHex()).doesNotContain(secret.toHex());
      assertThat(sealed.toHex()).doesNotContain(secret.slice(0, 8).toHex());
      ciphertexts.add(sealed);
    }
    assertThat(ciphertexts).hasSize(20);
  }

  @Test
  void ciphertextIsTinksPrefixNonceCiphertextAndTagUnderThePrimaryKey() {
    Bytes sealed = sealer.seal(secret, RECORD);

    // 0x01 || key id (4) || IV (12) || ciphertext (32) || tag (16)
    assertThat(sealed.length()).isEqualTo(1 + 4 + 12 + 32 + 16);
    assertThat(sealed.get(0)).isEqualTo((byte) 0x01);
    assertThat(ByteBuffer.wrap(sealed.slice(1, 5).toByteArray()).getInt())
        .isEqualTo(sealer.keyset().primaryKeyId());
  }

  @Test
  void anotherRecordsAssociatedDataDoesNotOpenIt() {
    Bytes sealed = sealer.seal(secret, RECORD);

    assertThatThrownBy(() -> sealer.open(sealed, "session:ffffffffffffffffffffffffffffffff"))
        .isInstanceOf(SecretUnreadableException.class)
        .hasMessage("the secret of session:ffffffffffffffffffffffffffffffff cannot be decrypted");
    assertThatThrownBy(() -> sealer.open(sealed, RECORD + " "))
        .isInstanceOf(SecretUnreadableException.class);
  }

  @Test
  void associatedDataIsComparedAsUtf8Text() {
    Bytes sealed = sealer.seal(secret, "session:é");

    assertThat(sealer.open(sealed, "session:é")).isEqualTo(secret);
    assertThatThrownBy(() -> sealer.open(sealed, "session:e\u0301"))
        .isInstanceOf(SecretUnreadableException.class);
  }

  @Test
  void anyChangedByteIsRefused() {
    byte[] sealed = sealer.seal(secret, RECORD).toByteArray();
    for (int i = 0; i < sealed.length; i++) {
      byte[] tampered = sealed.clone();
      tampered[i] ^= 0x01;
      Throwable thrown = catchThrowable(() -> sealer.open(Bytes.wrap(tampered), RECORD));
      assertThat(thrown).as("byte %d flipped", i).isInstanceOf(SecretUnreadableException.class);
    }
  }

  @Test
  void truncatedOrEmptyCiphertextIsRefused() {
    Bytes sealed = sealer.seal(secret, RECORD);

    assertThatThrownBy(() -> sealer.open(sealed.slice(0, sealed.length() - 1), RECORD))
        .isInstanceOf(SecretUnreadableException.class);
    assertThatThrownBy(() -> sealer.open(sealed.slice(0, 5), RECORD))
        .isInstanceOf(SecretUnreadableException.class);
    assertThatThrownBy(() -> sealer.open(Bytes.empty(), RECORD))
        .isInstanceOf(SecretUnreadableException.class);
  }

  @Test
  void anotherKeysetCannotOpenIt() {
    TinkSecretSealer other = TinkSecretSealer.fromKeyset(TinkKeysets.generate(), "other");
    Bytes sealed = sealer.seal(secret, RECORD);

    assertThatThrownBy(() -> other.open(sealed, RECORD))
        .isInstanceOf(SecretUnreadableException.class);
  }

  @Test
  void afterRotationOldCiphertextsOpenAndNewSealsUseTheNewPrimary() {
    Bytes before = sealer.seal(secret, RECORD);
    String rotatedJson = TinkKeysets.rotate(KEYSET, "test keyset");
    TinkSecretSealer rotated = TinkSecretSealer.fromKeyset(rotatedJson, "rotated keyset");

    Bytes after = rotated.seal(secret, RECORD);

    assertThat(rotated.keyset().size()).isEqualTo(2);
    assertThat(rotated.keyset().primaryKeyId()).isNotEqualTo(sealer.keyset().primaryKeyId());
    assertThat(rotated.open(before, RECORD)).isEqualTo(secret);
    assertThat(rotated.open(after, RECORD)).isEqualTo(secret);
    assertThat(ByteBuffer.wrap(after.slice(1, 5).toByteArray()).getInt())
        .isEqualTo(rotated.keyset().primaryKeyId());
    // the old keyset lacks the new primary: proof that the new key sealed it
    assertThatThrownBy(() -> sealer.open(after, RECORD))
        .isInstanceOf(SecretUnreadableException.class);
  }

  @Test
  void aKeyRemovedFromTheKeysetNoLongerOpensWhatItSealed() throws GeneralSecurityException {
    Bytes sealed = sealer.seal(secret, RECORD);
    KeysetHandle rotated = TinkKeysets.parse(TinkKeysets.rotate(KEYSET, "test"), "rotated");
    // the old key is entry 0; the new primary stays
    KeysetHandle pruned =
        KeysetHandle.newBuilder(rotated)
            .deleteAt(0)
            .setConfiguration(TinkKeysets.CONFIGURATION)
            .build();
    String prunedJson = TinkKeysets.serialize(pruned);
    assertThat(Keys.materialOf(prunedJson))
        .hasSize(1)
        .doesNotContainAnyElementsOf(Keys.materialOf(KEYSET));

    TinkSecretSealer withoutOldKey = TinkSecretSealer.fromKeyset(prunedJson, "pruned");

    assertThatThrownBy(() -> withoutOldKey.open(sealed, RECORD))
        .isInstanceOf(SecretUnreadableException.class);
  }

  @Test
  void keysetTextMayHaveSurroundingWhitespace() {
    TinkSecretSealer fromFileLikeText = TinkSecretSealer.fromKeyset("\n  " + KEYSET + "\n", "file");

    assertThat(fromFileLikeText.open(sealer.seal(secret, RECORD), RECORD)).isEqualTo(secret);
  }

  @Test
  void ephemeralSealersWorkButDoNotShareKeys() {
    TinkSecretSealer first = TinkSecretSealer.ephemeral();
    TinkSecretSealer second = TinkSecretSealer.ephemeral();
    Bytes sealed = first.seal(secret, RECORD);

    assertThat(first.open(sealed, RECORD)).isEqualTo(secret);
    assertThatThrownBy(() -> second.open(sealed, RECORD))
        .isInstanceOf(SecretUnreadableException.class);
  }

  @Test
  void toStringShowsKeyIdsOnly() {
    String text = sealer.toString();

    assertThat(text)
        .startsWith("TinkSecretSealer[1 key (ids ")
        .contains(Integer.toUnsignedString(sealer.keyset().primaryKeyId()));
    Keys.materialOf(KEYSET).forEach(material -> assertThat(text).doesNotContain(material));
  }

  @Test
  void failuresNameTheRecordButNeverThePlaintext() {
    Bytes sealed = sealer.seal(secret, RECORD);

    Throwable thrown = catchThrowable(() -> sealer.open(sealed, "session:other"));

    assertThat(Keys.messages(thrown))
        .contains("session:other")
        .doesNotContain(secret.toHex())
        .doesNotContain(secret.toBase64());
  }
}
