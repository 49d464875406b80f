package io.tcgateway.testkit.wallet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tcgateway.domain.bytes.Bytes;
import io.tcgateway.domain.protocol.BocBase64;
import io.tcgateway.domain.protocol.ConnectEvent;
import io.tcgateway.domain.protocol.ConnectRequest;
import io.tcgateway.domain.protocol.DeviceInfo;
import io.tcgateway.domain.protocol.SignDataPayload;
import io.tcgateway.domain.protocol.SignDataResult;
import io.tcgateway.domain.protocol.SignDataType;
import io.tcgateway.domain.protocol.TonAddressReply;
import io.tcgateway.domain.protocol.TonProofReply;
import io.tcgateway.domain.ton.Network;
import io.tcgateway.domain.ton.cell.StateInit;
import io.tcgateway.domain.ton.cell.TextComment;
import io.tcgateway.domain.ton.cell.WalletContract;
import io.tcgateway.domain.verify.ProofPayloadCheck;
import io.tcgateway.domain.verify.ProofPolicy;
import io.tcgateway.domain.verify.RejectionReason;
import io.tcgateway.domain.verify.SignDataSubmission;
import io.tcgateway.domain.verify.SignDataVerifier;
import io.tcgateway.domain.verify.TonProofSubmission;
import io.tcgateway.domain.verify.TonProofVerifier;
import io.tcgateway.domain.verify.Verification;
import io.tcgateway.testkit.MutableClock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The wallet's identity and signatures: protocol.md §14.2–14.4 vectors, and the gateway's own
 * verifiers accepting what the wallet signs.
 */
class SimulatedWalletTest {
  static final Instant NOW = Instant.ofEpochSecond(1_700_000_000L);
  static final byte[] SEED = filled(0x04);
  static final String V4R2_ADDRESS =
      "0:2ab14395b929e925e99cabd1f4d4e0d35365097305c9f60a0860f59979a67ddc";
  static final String V5R1_MAINNET_ADDRESS =
      "0:2270148ec046bfc08bdb3bbf7a75100d0c213e4947513e977aa2e24555395d4a";
  static final String PUBLIC_KEY =
      "ca93ac1705187071d67b83c7ff0efe8108e8ec4530575d7726879333dbdabe7c";

  private final MutableClock clock = new MutableClock(NOW);

  static byte[] filled(int value) {
    byte[] bytes = new byte[32];
    Arrays.fill(bytes, (byte) value);
    return bytes;
  }

  SimulatedWallet wallet(WalletContract contract) {
    return SimulatedWallet.builder(SEED, contract).clock(clock).build();
  }

  static Stream<WalletContract> contracts() {
    return Stream.of(WalletContract.V4R2, WalletContract.V5R1);
  }

  @Test
  void v4r2WalletHasTheAddressAndStateInitOfTheVectors() {
    SimulatedWallet wallet = wallet(WalletContract.V4R2);

    assertThat(wallet.publicKey().toHex()).isEqualTo(PUBLIC_KEY);
    assertThat(wallet.address().toRaw()).isEqualTo(V4R2_ADDRESS);
    assertThat(wallet.walletId()).isEqualTo(698_983_191L);
    assertThat(wallet.stateInitBase64()).startsWith("te6ccgECFgEAAwQAAgE0ARUBFP8A9KQT9LzyyAsC");
    assertThat(wallet.stateInit().data().orElseThrow().data().toHex())
        .isEqualTo("0000000029a9a317" + PUBLIC_KEY + "00");
    assertThat(wallet.stateInit().data().orElseThrow().bitLength()).isEqualTo(32 + 32 + 256 + 1);
    assertThat(wallet.userFriendlyAddress().format())
        .isEqualTo("UQAqsUOVuSnpJemcq9H01ODTU2UJcwXJ9goIYPWZeaZ93EBi");
  }

  @Test
  void w5WalletHasTheAddressAndDataOfTheVectors() {
    SimulatedWallet wallet = wallet(WalletContract.V5R1);

    assertThat(wallet.address().toRaw()).isEqualTo(V5R1_MAINNET_ADDRESS);
    assertThat(wallet.walletId()).isEqualTo(0x7FFFFF11);
    // 1 || seqno 0 || 0x7FFFFF11 || pubkey || 0 = 322 bits
    assertThat(wallet.stateInit().data().orElseThrow().bitLength()).isEqualTo(322);
    assertThat(wallet.stateInit().data().orElseThrow().data().toHex())
        .startsWith("800000003fffff88e549d6");
    assertThat(wallet.userFriendlyAddress().format())
        .isEqualTo("UQAicBSOwEa_wIvbO796dRANDCE-SUdRPpd6ouJFVTldSnF0");
  }

  @Test
  void w5WalletIdAndAddressDependOnTheNetwork() {
    SimulatedWallet testnet =
        SimulatedWallet.builder(SEED, WalletContract.V5R1)
            .network(Network.TESTNET)
            .clock(clock)
            .build();

    assertThat(testnet.walletId()).isEqualTo(0x7FFFFFFD);
    assertThat(SimulatedWallet.v5r1WalletId(Network.TESTNET, 0, 0)).isEqualTo(0x7FFFFFFD);
    assertThat(testnet.address().toRaw()).isNotEqualTo(V5R1_MAINNET_ADDRESS);
    assertThat(testnet.userFriendlyAddress().format()).startsWith("0Q");
    assertThat(testnet.tonAddressReply().network()).isEqualTo(Network.TESTNET);
  }

  @Test
  void subwalletsAreOtherAccountsOfTheSameKey() {
    SimulatedWallet v4 =
        SimulatedWallet.builder(SEED, WalletContract.V4R2).subwallet(1).clock(clock).build();
    SimulatedWallet w5 =
        SimulatedWallet.builder(SEED, WalletContract.V5R1).subwallet(1).clock(clock).build();

    assertThat(v4.walletId()).isEqualTo(1);
    assertThat(v4.address().toRaw()).isNotEqualTo(V4R2_ADDRESS);
    assertThat(w5.walletId()).isEqualTo(0x7FFFFF10);
    assertThat(w5.address().toRaw()).isNotEqualTo(V5R1_MAINNET_ADDRESS);
    assertThat(WalletContract.identify(w5.stateInit())).contains(WalletContract.V5R1);
  }

  @ParameterizedTest
  @MethodSource("contracts")
  void domainIdentifiesTheContractAndFindsTheKeyInTheStateInit(WalletContract contract) {
    SimulatedWallet wallet = wallet(contract);
    StateInit parsed = StateInit.fromBase64(wallet.stateInitBase64());

    assertThat(WalletContract.identify(parsed)).contains(contract);
    assertThat(contract.publicKey(parsed.data().orElseThrow()))
        .isEqualTo(wallet.publicKey().bytes());
    assertThat(parsed.hash()).isEqualTo(wallet.address().hash());
  }

  @Test
  void tonProofIsTheVectorSignature() {
    TonProofReply proof = wallet(WalletContract.V4R2).tonProof("example.com", "abc");

    assertThat(proof.timestamp()).isEqualTo(1_700_000_000L);
    assertThat(proof.domain()).isEqualTo(new TonProofReply.Domain(11, "example.com"));
    assertThat(proof.payload()).isEqualTo("abc");
    assertThat(proof.signature())
        .isEqualTo(
            "ExzOTp0rsl7EQ4/OCBBoGuqt5gXvWe97DGErTSAndHpCTT15ylvy0rzQgEnWMAHbA3c/bmf1UHwg/SbyOZSMBw==");
  }

  @ParameterizedTest
  @MethodSource("contracts")
  void tonProofVerifierAcceptsTheWalletsProof(WalletContract contract) {
    SimulatedWallet wallet = wallet(contract);
    ConnectRequest request =
        ConnectRequest.of(
            "https://app.example.com:8443/tonconnect-manifest.json",
            Optional.empty(),
            Optional.of("nonce-123"));

    ConnectEvent.Success event =
        (ConnectEvent.Success) wallet.answerConnect(request, ConnectAnswer.approve()).orElseThrow();
    TonProofReply proof = event.tonProof().orElseThrow();
    Verification verdict =
        new TonProofVerifier(
                ProofPolicy.forDomains(Set.of("app.example.com:8443")),
                ProofPayloadCheck.ACCEPT_ANY)
            .verify(TonProofSubmission.of(event.tonAddress(), proof), NOW.plusSeconds(30));

    assertThat(proof.domain().value()).isEqualTo("app.example.com:8443");
    assertThat(verdict).isInstanceOf(Verification.Valid.class);
    Verification.Valid valid = (Verification.Valid) verdict;
    assertThat(valid.wallet()).isEqualTo(contract);
    assertThat(valid.address()).isEqualTo(wallet.address());
    assertThat(valid.publicKey()).isEqualTo(wallet.publicKey());
  }

  @Test
  void aProofForAnotherDomainIsRejected() {
    SimulatedWallet wallet = wallet(WalletContract.V5R1);
    TonProofReply proof = wallet.tonProof("evil.example", "abc");
    TonProofReply forged =
        new TonProofReply(
            proof.timestamp(), TonProofReply.Domain.of("example.com"), proof.signature(), "abc");

    Verification verdict =
        new TonProofVerifier(
                ProofPolicy.forDomains(Set.of("example.com")), ProofPayloadCheck.ACCEPT_ANY)
            .verify(TonProofSubmission.of(wallet.tonAddressReply(), forged), NOW);

    assertThat(verdict)
        .isEqualTo(
            new Verification.Rejected(
                RejectionReason.SIGNATURE_INVALID,
                "signature does not verify under the v5r1 wallet's key"));
  }

  @Test
  void connectEventCarriesTheAccountAndDevice() {
    SimulatedWallet wallet = wallet(WalletContract.V5R1);
    ConnectRequest request =
        ConnectRequest.of("https://example.com/m.json", Optional.empty(), Optional.of("p"));

    ConnectEvent.Success withProof =
        (ConnectEvent.Success) wallet.answerConnect(request, ConnectAnswer.approve()).get();
    ConnectEvent.Success withoutProof =
        (ConnectEvent.Success)
            wallet.answerConnect(request, ConnectAnswer.approveWithoutProof()).get();

    TonAddressReply account = withProof.tonAddress();
    assertThat(account.address()).isEqualTo(wallet.address());
    assertThat(account.network()).isEqualTo(Network.MAINNET);
    assertThat(account.publicKey()).contains(Bytes.fromHex(PUBLIC_KEY));
    assertThat(account.walletStateInit()).contains(wallet.stateInitBase64());
    assertThat(withProof.tonProof()).isPresent();
    assertThat(withoutProof.tonProof()).isEmpty();
    assertThat(withoutProof.id()).isGreaterThan(withProof.id());
    DeviceInfo device = withProof.device();
    assertThat(device.appName()).isEqualTo("simwallet");
    assertThat(device.maxProtocolVersion()).isEqualTo(2);
    assertThat(device.supportsSendTransaction(4, true, Set.of()).isSupported()).isTrue();
    assertThat(device.supportsSendTransaction(5, false, Set.of()).isSupported()).isFalse();
    assertThat(device.supportsSignMessage(1, false, Set.of()).isSupported()).isTrue();
    for (SignDataType type : SignDataType.values()) {
      assertThat(device.supportsSignData(type).isSupported()).isTrue();
    }
    assertThat(
            wallet(WalletContract.V4R2)
                .device()
                .supportsSignMessage(1, false, Set.of())
                .isSupported())
        .isFalse();
  }

  @Test
  void declineAndSilenceAreConnectErrorAndNothing() {
    SimulatedWallet wallet = wallet(WalletContract.V4R2);
    ConnectRequest request =
        ConnectRequest.of("https://example.com/m.json", Optional.empty(), Optional.empty());

    assertThat(wallet.answerConnect(request, ConnectAnswer.decline()))
        .get()
        .isInstanceOfSatisfying(
            ConnectEvent.Error.class,
            error -> {
              assertThat(error.code()).isEqualTo(300);
              assertThat(error.message()).isEqualTo("User declined the connection");
            });
    assertThat(wallet.answerConnect(request, ConnectAnswer.silent())).isEmpty();
  }

  @Test
  void appDomainIsHostAndNonDefaultPort() {
    assertThat(SimulatedWallet.appDomain("https://Example.COM/tonconnect-manifest.json"))
        .isEqualTo("example.com");
    assertThat(SimulatedWallet.appDomain("https://example.com:443/m.json"))
        .isEqualTo("example.com");
    assertThat(SimulatedWallet.appDomain("http://localhost:5173/m.json"))
        .isEqualTo("localhost:5173");
    assertThatThrownBy(() -> SimulatedWallet.appDomain("tonconnect-manifest.json"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void signDataTextIsTheVectorSignature() {
    SignDataResult result =
        wallet(WalletContract.V4R2).signData(SignDataPayload.Text.of("hello"), "example.com");

    assertThat(result.signature().toBase64())
        .isEqualTo(
            "AA0PIQaQc40BXnvtilmc5wfH6eYhtro+1hDnimCTCv7W7+Ne/43jizpe0hEuniEzRWSXx9iJmu4j2t0sF8FDDA==");
    assertThat(result.address().toRaw()).isEqualTo(V4R2_ADDRESS);
    assertThat(result.timestamp()).isEqualTo(1_700_000_000L);
    assertThat(result.domain()).isEqualTo("example.com");
    assertThat(result.payload()).isEqualTo(SignDataPayload.Text.of("hello"));
  }

  static Stream<SignDataPayload> payloads() {
    return Stream.of(
        SignDataPayload.Text.of("Confirm the new profile name"),
        SignDataPayload.Binary.of(Bytes.fromHex("010203")),
        SignDataPayload.Cell.of(
            "comment#00000000 text:SnakeData = InMsgBody;",
            new BocBase64(TextComment.of("hello").toBase64())));
  }

  static Stream<org.junit.jupiter.params.provider.Arguments> contractsAndPayloads() {
    return contracts()
        .flatMap(c -> payloads().map(p -> org.junit.jupiter.params.provider.Arguments.of(c, p)));
  }

  @ParameterizedTest
  @MethodSource("contractsAndPayloads")
  void signDataVerifierAcceptsEveryType(WalletContract contract, SignDataPayload payload) {
    SimulatedWallet wallet = wallet(contract);
    SignDataResult result = wallet.signData(payload, "example.com");
    SignDataVerifier verifier = new SignDataVerifier(ProofPolicy.forDomains(Set.of("example.com")));

    Verification byStateInit =
        verifier.verify(
            new SignDataSubmission(
                wallet.address(),
                Optional.of(wallet.publicKey().toHex()),
                Optional.of(wallet.stateInitBase64()),
                result,
                Optional.of(payload)),
            NOW);
    Verification byConnectKey =
        verifier.verify(
            result,
            new Verification.Valid(wallet.address(), wallet.publicKey(), contract),
            payload,
            NOW);

    assertThat(byStateInit).isInstanceOf(Verification.Valid.class);
    assertThat(byConnectKey).isInstanceOf(Verification.Valid.class);
  }

  @Test
  void signDataForOneDomainDoesNotVerifyForAnother() {
    SimulatedWallet wallet = wallet(WalletContract.V4R2);
    SignDataResult result = wallet.signData(SignDataPayload.Text.of("x"), "evil.example");
    SignDataResult moved =
        new SignDataResult(
            result.signature(),
            result.address(),
            result.timestamp(),
            "example.com",
            result.payload());

    Verification verdict =
        new SignDataVerifier(ProofPolicy.forDomains(Set.of("example.com")))
            .verify(
                moved,
                new Verification.Valid(wallet.address(), wallet.publicKey(), WalletContract.V4R2),
                SignDataPayload.Text.of("x"),
                NOW);

    assertThat(verdict).isInstanceOf(Verification.Rejected.class);
  }

  @ParameterizedTest
  @EnumSource(
      value = WalletContract.class,
      names = {"V4R2", "V5R1"},
      mode = EnumSource.Mode.EXCLUDE)
  void onlyV4r2AndW5AreSimulated(WalletContract contract) {
    assertThatThrownBy(() -> SimulatedWallet.builder(SEED, contract))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void seedMustBe32Bytes() {
    assertThatThrownBy(() -> SimulatedWallet.builder(new byte[31], WalletContract.V4R2))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void toStringDoesNotShowTheSeed() {
    assertThat(wallet(WalletContract.V4R2).toString())
        .contains(V4R2_ADDRESS)
        .doesNotContain("0404040404");
  }
}
