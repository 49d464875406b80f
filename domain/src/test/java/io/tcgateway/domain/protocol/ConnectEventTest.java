package io.tcgateway.domain.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tcgateway.domain.bytes.Bytes;
import io.tcgateway.domain.ton.Address;
import io.tcgateway.domain.ton.Network;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ConnectEventTest {
  static final Address ADDRESS =
      Address.parse("0:2ab14395b929e925e99cabd1f4d4e0d35365097305c9f60a0860f59979a67ddc");
  static final String SIGNATURE =
      "ExzOTp0rsl7EQ4/OCBBoGuqt5gXvWe97DGErTSAndHpCTT15ylvy0rzQgEnWMAHbA3c/bmf1UHwg/SbyOZSMBw==";
  static final DeviceInfo DEVICE = new DeviceInfo("android", "wallet", "1.0", 2, List.of());
  static final TonAddressReply TON_ADDR =
      new TonAddressReply(ADDRESS, Network.MAINNET, Optional.empty(), Optional.of(""));

  @Test
  void exposesTheAccountTheProofAndItemErrors() {
    TonProofReply proof =
        new TonProofReply(1700000000, TonProofReply.Domain.of("example.com"), SIGNATURE, "abc");
    var failed = new ConnectItemReply.Failed("ton_proof", 400, Optional.of("no"));
    ConnectEvent.Success event =
        new ConnectEvent.Success(1, List.of(TON_ADDR, proof), DEVICE, Optional.empty());
    assertThat(event.tonAddress()).isEqualTo(TON_ADDR);
    assertThat(event.tonProof()).contains(proof);
    assertThat(proof.signature()).hasSize(88);
    assertThat(proof.domain().lengthBytes()).isEqualTo(11);
    ConnectEvent.Success noProof =
        new ConnectEvent.Success(1, List.of(TON_ADDR, failed), DEVICE, Optional.empty());
    assertThat(noProof.tonProof()).isEmpty();
    assertThat(noProof.itemError("ton_proof")).contains(failed);
    assertThat(failed.kind()).isEqualTo(ConnectItemErrorCode.METHOD_NOT_SUPPORTED);
  }

  @Test
  void aConnectEventNeedsATonAddrReply() {
    assertThatThrownBy(() -> new ConnectEvent.Success(1, List.of(), DEVICE, Optional.empty()))
        .isInstanceOf(ProtocolFormatException.InvalidField.class)
        .hasMessageStartingWith("payload.items:");
  }

  @Test
  void proofDomainKeepsTheLengthTheWalletSentForTheVerifierToJudge() {
    assertThat(TonProofReply.Domain.of("пример.рф").lengthBytes()).isEqualTo(17);
    assertThat(TonProofReply.Domain.of("пример.рф").lengthMatches()).isTrue();
    assertThat(new TonProofReply.Domain(9, "пример.рф").lengthMatches()).isFalse();
  }

  @Test
  void proofKeepsSignatureAndEmptyPayloadAsSentButNotANegativeTimestamp() {
    TonProofReply odd = new TonProofReply(1, TonProofReply.Domain.of("a.b"), "not base64!", "");
    assertThat(odd.signature()).isEqualTo("not base64!");
    assertThat(odd.payload()).isEmpty();
    assertThatThrownBy(
            () -> new TonProofReply(-1, TonProofReply.Domain.of("a.b"), SIGNATURE, "abc"))
        .hasMessageStartingWith("proof.timestamp:");
  }

  @Test
  void addressReplyChecksKeyLengthAndStateInitBase64() {
    assertThatThrownBy(
            () ->
                new TonAddressReply(
                    ADDRESS, Network.MAINNET, Optional.of(Bytes.fromHex("00")), Optional.empty()))
        .hasMessageStartingWith("publicKey:");
    assertThatThrownBy(
            () ->
                new TonAddressReply(ADDRESS, Network.MAINNET, Optional.empty(), Optional.of("%%")))
        .hasMessageStartingWith("walletStateInit:");
    assertThat(TON_ADDR.walletStateInitBytes()).isEmpty();
    assertThat(
            new TonAddressReply(ADDRESS, Network.TESTNET, Optional.empty(), Optional.of("te6ccgE"))
                .walletStateInitBytes())
        .contains(Bytes.fromHex("b5ee9c7201"));
  }

  @Test
  void unknownErrorCodesAreKeptWithTheirNumber() {
    ConnectEvent.Error error = new ConnectEvent.Error(3, 555, "odd");
    assertThat(error.kind()).isEqualTo(ConnectErrorCode.UNKNOWN);
    assertThat(error.code()).isEqualTo(555);
    assertThat(new ConnectEvent.Error(3, 300, "declined").kind())
        .isEqualTo(ConnectErrorCode.USER_REJECTS);
    assertThat(ConnectErrorCode.fromCode(2)).isEqualTo(ConnectErrorCode.MANIFEST_NOT_FOUND);
    assertThat(new WalletError(100, "who?", Optional.empty()).kind())
        .isEqualTo(WalletErrorCode.UNKNOWN_APP);
    assertThat(new WalletError(42, "?", Optional.empty()).kind())
        .isEqualTo(WalletErrorCode.UNKNOWN);
    assertThat(WalletError.of(WalletErrorCode.USER_REJECTS, "no").code()).isEqualTo(300);
  }
}
