package io.tcgateway.domain.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tcgateway.domain.ton.Network;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ConnectRequestTest {
  static final String MANIFEST = "https://example.com/tonconnect-manifest.json";

  @Test
  void buildsTonAddrThenTonProofLikeTheSdk() {
    ConnectRequest request =
        ConnectRequest.of(MANIFEST, Optional.of(Network.MAINNET), Optional.of("abc"));
    assertThat(request.items())
        .containsExactly(
            new ConnectItem.TonAddress(Optional.of(Network.MAINNET)),
            new ConnectItem.TonProof("abc"));
    assertThat(request.tonAddress().network()).contains(Network.MAINNET);
    assertThat(request.tonProof()).contains(new ConnectItem.TonProof("abc"));
    assertThat(ConnectRequest.of(MANIFEST, Optional.empty(), Optional.empty()).tonProof())
        .isEmpty();
  }

  @Test
  void rejectsItemsOutOfOrderOrRepeated() {
    assertThatThrownBy(() -> new ConnectRequest(MANIFEST, List.of(new ConnectItem.TonProof("abc"))))
        .isInstanceOf(ProtocolFormatException.InvalidField.class)
        .hasMessageStartingWith("items:");
    assertThatThrownBy(() -> new ConnectRequest(MANIFEST, List.of()))
        .isInstanceOf(ProtocolFormatException.InvalidField.class);
    assertThatThrownBy(
            () ->
                new ConnectRequest(
                    MANIFEST, List.of(ConnectItem.TonAddress.any(), ConnectItem.TonAddress.any())))
        .hasMessageStartingWith("items[1]:");
    assertThatThrownBy(
            () ->
                new ConnectRequest(
                    MANIFEST,
                    List.of(
                        ConnectItem.TonAddress.any(),
                        new ConnectItem.TonProof("a"),
                        new ConnectItem.TonProof("b"))))
        .hasMessageStartingWith("items[2]:");
  }

  @Test
  void requiresAManifestUrl() {
    assertThatThrownBy(() -> new ConnectRequest(null, List.of(ConnectItem.TonAddress.any())))
        .isInstanceOf(ProtocolFormatException.MissingField.class)
        .hasMessageStartingWith("manifestUrl:");
    assertThatThrownBy(() -> new ConnectRequest(" ", List.of(ConnectItem.TonAddress.any())))
        .isInstanceOf(ProtocolFormatException.InvalidField.class);
  }

  @Test
  void proofPayloadIsNonEmptyAndAtMost128Utf8Bytes() {
    assertThat(new ConnectItem.TonProof("é".repeat(64)).payload()).hasSize(64);
    assertThatThrownBy(() -> new ConnectItem.TonProof("é".repeat(65)))
        .isInstanceOf(ProtocolFormatException.InvalidField.class)
        .hasMessageContaining("130 UTF-8 bytes");
    assertThatThrownBy(() -> new ConnectItem.TonProof(""))
        .isInstanceOf(ProtocolFormatException.InvalidField.class)
        .hasMessageStartingWith("payload:");
    assertThatThrownBy(() -> new ConnectItem.TonProof(null))
        .isInstanceOf(ProtocolFormatException.MissingField.class);
  }

  @Test
  void ledgerLimitsCountTheDomainToo() {
    ConnectItem.TonProof proof = new ConnectItem.TonProof("x".repeat(128));
    proof.requireFitsLedger("d".repeat(94));
    assertThatThrownBy(() -> proof.requireFitsLedger("d".repeat(95)))
        .hasMessageContaining("223 bytes");
    assertThatThrownBy(() -> new ConnectItem.TonProof("x").requireFitsLedger("d".repeat(129)))
        .hasMessageStartingWith("domain:");
  }
}
