package io.tcgateway.adapter.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import com.google.crypto.tink.aead.PredefinedAeadParameters;
import com.google.crypto.tink.mac.MacConfig;
import com.google.crypto.tink.mac.PredefinedMacParameters;
import java.security.GeneralSecurityException;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class TinkKeysetsTest {

  @Test
  void aGeneratedKeysetHasOneAes256GcmKeyThatIsPrimary() {
    String json = TinkKeysets.generate();

    KeysetSummary summary = TinkKeysets.describe(json, "generated");

    assertThat(summary.keyIds()).containsExactly(summary.primaryKeyId());
    assertThat(json).contains("type.googleapis.com/google.crypto.tink.AesGcmKey");
    assertThat(Keys.materialOf(json)).hasSize(1);
  }

  @Test
  void everyGeneratedKeysetHasOtherKeys() {
    assertThat(Keys.materialOf(TinkKeysets.generate()))
        .doesNotContainAnyElementsOf(Keys.materialOf(TinkKeysets.generate()));
  }

  @Test
  void rotationAddsANewPrimaryAndKeepsTheOldKeys() {
    String original = TinkKeysets.generate();
    KeysetSummary before = TinkKeysets.describe(original, "original");

    String rotated = TinkKeysets.rotate(original, "original");
    KeysetSummary after = TinkKeysets.describe(rotated, "rotated");
    String twice = TinkKeysets.rotate(rotated, "rotated");

    assertThat(after.keyIds()).hasSize(2).startsWith(before.primaryKeyId());
    assertThat(after.primaryKeyId()).isEqualTo(after.keyIds().get(1));
    assertThat(Keys.materialOf(rotated)).containsAll(Keys.materialOf(original));
    assertThat(TinkKeysets.describe(twice, "twice").keyIds())
        .hasSize(3)
        .startsWith(after.keyIds().toArray(Integer[]::new));
  }

  @Test
  void summaryPrintsUnsignedIdsLikeTinksJson() {
    KeysetSummary summary = new KeysetSummary(-1, List.of(7, -1));

    assertThat(summary).hasToString("2 keys (ids 7, 4294967295; primary 4294967295)");
  }

  static Stream<Arguments> unusableKeysets() throws GeneralSecurityException {
    MacConfig.register();
    String aes256 = TinkKeysets.generate();
    return Stream.of(
        Arguments.of("blank", "  \n", "the keyset is empty"),
        Arguments.of("not JSON", "primaryKeyId=1", "not a Tink JSON keyset"),
        Arguments.of(
            "truncated", aes256.substring(0, aes256.length() - 4), "not a Tink JSON keyset"),
        Arguments.of("JSON but no keyset", "{\"hello\":1}", "not a Tink JSON keyset"),
        Arguments.of("disabled primary", aes256.replace("ENABLED", "DISABLED"), "no primary key"),
        Arguments.of(
            "AES-128-GCM",
            json(
                KeysetHandle.generateNew(
                    PredefinedAeadParameters.AES128_GCM, RegistryConfiguration.get())),
            "is not an AES-256-GCM key"),
        Arguments.of(
            "HMAC",
            json(
                KeysetHandle.generateNew(
                    PredefinedMacParameters.HMAC_SHA256_256BITTAG, RegistryConfiguration.get())),
            "is not an AES-256-GCM key"));
  }

  private static String json(KeysetHandle handle) throws GeneralSecurityException {
    return TinkJsonProtoKeysetFormat.serializeKeyset(
        handle, RegistryConfiguration.get(), InsecureSecretKeyAccess.get());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("unusableKeysets")
  void unusableKeysetsAreRefusedWithTheirSourceAndNoKeyMaterial(
      String name, String keyset, String reason) {
    Throwable thrown = catchThrowable(() -> TinkSecretSealer.fromKeyset(keyset, "the-source"));

    assertThat(thrown)
        .isInstanceOf(KeysetException.class)
        .hasMessageStartingWith("the-source: ")
        .hasMessageContaining(reason);
    for (String material : Keys.materialOf(keyset)) {
      assertThat(Keys.messages(thrown)).doesNotContain(material);
    }
  }

  @Test
  void rotatingAnUnusableKeysetIsRefused() {
    assertThatThrownBy(() -> TinkKeysets.rotate("{}", "keyset.json"))
        .isInstanceOf(KeysetException.class)
        .hasMessageStartingWith("keyset.json: ");
  }
}
