package io.tcgateway.domain.verify;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.tcgateway.domain.bytes.Hex;
import io.tcgateway.domain.crypto.Ed25519KeyPair;
import io.tcgateway.domain.ton.Address;
import io.tcgateway.domain.ton.cell.BagOfCells;
import io.tcgateway.domain.ton.cell.BocWriteOptions;
import io.tcgateway.domain.ton.cell.CellBuilder;
import io.tcgateway.domain.ton.cell.StateInit;
import io.tcgateway.domain.ton.cell.WalletCodes;
import io.tcgateway.domain.ton.cell.WalletContract;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Behaviour around the signature: policy, freshness, payload strategy, the §14.3 vector. */
class TonProofVerifierTest {
  private static final Instant SIGNED_AT = Instant.ofEpochSecond(1_700_000_000L);
  private static final Ed25519KeyPair WALLET_KEY = Ed25519KeyPair.fromSeed(new byte[32]);

  /** The V4R2 wallet of protocol.md §14.2 (seed 04×32). */
  private static final String V4R2_ADDRESS =
      "0:2ab14395b929e925e99cabd1f4d4e0d35365097305c9f60a0860f59979a67ddc";

  @Test
  void protocolDigestVector() {
    TonProofMessage message =
        new TonProofMessage(Address.parse(V4R2_ADDRESS), "example.com", 1_700_000_000L, "abc");
    assertThat(Hex.encode(message.message()))
        .isEqualTo(
            "746f6e2d70726f6f662d6974656d2d76322f"
                + "00000000"
                + "2ab14395b929e925e99cabd1f4d4e0d35365097305c9f60a0860f59979a67ddc"
                + "0b000000"
                + "6578616d706c652e636f6d"
                + "00f1536500000000"
                + "616263");
    assertThat(Hex.encode(message.signedHash()))
        .isEqualTo("63cb3b1942ec7b8db9340120b3c948599d5cab2fc2942f6843ec5d091c3bf717");
    Ed25519KeyPair seed04 = Ed25519KeyPair.fromSeed(Hex.decode("04".repeat(32)));
    assertThat(seed04.sign(message.signedHash()).toBase64())
        .isEqualTo(
            "ExzOTp0rsl7EQ4/OCBBoGuqt5gXvWe97DGErTSAndHpCTT15ylvy0rzQgEnWMAHbA3c/bmf1UHwg/SbyOZSMBw==");
  }

  @Test
  void rejectsProofOlderThanMaxAgeAndFromTheFuture() {
    TonProofVerifier verifier =
        new TonProofVerifier(
            new ProofPolicy(Set.of("example.com"), Duration.ofMinutes(5), Duration.ofSeconds(30)),
            ProofPayloadCheck.ACCEPT_ANY);
    TonProofSubmission submission = signedSubmission("example.com", "p");

    assertThat(reason(verifier.verify(submission, SIGNED_AT.plus(Duration.ofMinutes(5)))))
        .isEmpty();
    assertThat(reason(verifier.verify(submission, SIGNED_AT.plus(Duration.ofMinutes(6)))))
        .contains(RejectionReason.TIMESTAMP_EXPIRED);
    assertThat(reason(verifier.verify(submission, SIGNED_AT.minus(Duration.ofSeconds(31)))))
        .contains(RejectionReason.TIMESTAMP_IN_FUTURE);
  }

  @Test
  void domainAllowListIsExactHostAndPort() {
    TonProofVerifier verifier =
        new TonProofVerifier(
            ProofPolicy.forDomains(Set.of("Example.com:8443")), ProofPayloadCheck.ACCEPT_ANY);
    assertThat(reason(verifier.verify(signedSubmission("example.com:8443", "p"), SIGNED_AT)))
        .isEmpty();
    assertThat(reason(verifier.verify(signedSubmission("example.com", "p"), SIGNED_AT)))
        .contains(RejectionReason.DOMAIN_NOT_ALLOWED);
    assertThat(reason(verifier.verify(signedSubmission("sub.example.com:8443", "p"), SIGNED_AT)))
        .contains(RejectionReason.DOMAIN_NOT_ALLOWED);
  }

  @Test
  void payloadCheckRunsOnlyForValidSignaturesAndCanReject() {
    List<String> asked = new ArrayList<>();
    TonProofVerifier verifier =
        new TonProofVerifier(
            ProofPolicy.forDomains(Set.of("example.com")),
            (payload, now) -> {
              asked.add(payload);
              return payload.equals("issued");
            });

    assertThat(reason(verifier.verify(signedSubmission("example.com", "issued"), SIGNED_AT)))
        .isEmpty();
    assertThat(reason(verifier.verify(signedSubmission("example.com", "forged"), SIGNED_AT)))
        .contains(RejectionReason.PAYLOAD_NOT_ACCEPTED);
    TonProofSubmission tampered =
        withSignature(signedSubmission("example.com", "issued"), "A".repeat(86) + "==");
    assertThat(reason(verifier.verify(tampered, SIGNED_AT)))
        .contains(RejectionReason.SIGNATURE_INVALID);
    assertThat(asked).containsExactly("issued", "forged");
  }

  @Test
  void missingStateInitIsRejectedNotTrustedFromThePublicKeyField() {
    TonProofSubmission signed = signedSubmission("example.com", "p");
    TonProofSubmission withoutStateInit =
        new TonProofSubmission(
            signed.address(),
            Optional.of(WALLET_KEY.publicKey().toHex()),
            Optional.of(""),
            signed.timestamp(),
            signed.domainLengthBytes(),
            signed.domain(),
            signed.signatureBase64(),
            signed.payload());
    TonProofVerifier verifier =
        new TonProofVerifier(
            ProofPolicy.forDomains(Set.of("example.com")), ProofPayloadCheck.ACCEPT_ANY);
    assertThat(reason(verifier.verify(withoutStateInit, SIGNED_AT)))
        .contains(RejectionReason.STATE_INIT_MISSING);
  }

  /** A highload-v3 state init (key at offset 0) holding {@link #WALLET_KEY}, signed properly. */
  private static TonProofSubmission signedSubmission(String domain, String payload) {
    StateInit stateInit =
        StateInit.of(
            highloadV3Code(),
            CellBuilder.beginCell()
                .storeBytes(WALLET_KEY.publicKey().bytes().toByteArray())
                .storeUint(0, 32 + 1 + 1 + 64 + 22)
                .endCell());
    Address address = stateInit.address(0);
    TonProofMessage message =
        new TonProofMessage(address, domain, SIGNED_AT.getEpochSecond(), payload);
    return new TonProofSubmission(
        address,
        Optional.empty(),
        Optional.of(BagOfCells.serializeBase64(stateInit.toCell(), BocWriteOptions.CRC32C)),
        SIGNED_AT.getEpochSecond(),
        domain.getBytes(UTF_8).length,
        domain,
        WALLET_KEY.sign(message.signedHash()).toBase64(),
        payload);
  }

  private static io.tcgateway.domain.ton.cell.Cell highloadV3Code() {
    return WalletCodes.code(WalletContract.HIGHLOAD_V3);
  }

  private static TonProofSubmission withSignature(TonProofSubmission s, String signature) {
    return new TonProofSubmission(
        s.address(),
        s.publicKeyHex(),
        s.stateInitBase64(),
        s.timestamp(),
        s.domainLengthBytes(),
        s.domain(),
        signature,
        s.payload());
  }

  private static Optional<RejectionReason> reason(Verification verdict) {
    return verdict instanceof Verification.Rejected r ? Optional.of(r.reason()) : Optional.empty();
  }
}
