package io.tcgateway.domain.verify;

import static java.nio.charset.StandardCharsets.UTF_8;

import io.tcgateway.domain.crypto.CryptoException;
import io.tcgateway.domain.crypto.Ed25519Signature;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Verifies a {@code ton_proof} (protocol.md §7): the checks run cheapest first and the payload
 * check runs last, so only a proof with a valid signature can consume a single-use payload.
 *
 * <ol>
 *   <li>{@code lengthBytes} equals the UTF-8 length of the domain ({@code domain-length-mismatch});
 *   <li>the domain is allowed ({@code domain-not-allowed});
 *   <li>the timestamp is fresh in both directions ({@code timestamp-expired}, {@code
 *       timestamp-in-future});
 *   <li>the signature is 64 bytes of standard base64 ({@code signature-malformed});
 *   <li>the key comes from the state init: see {@link WalletKeyResolver};
 *   <li>the signature verifies over {@link TonProofMessage#signedHash()} ({@code
 *       signature-invalid});
 *   <li>the payload is accepted by the application's {@link ProofPayloadCheck} ({@code
 *       payload-not-accepted}).
 * </ol>
 *
 * Stateless and thread-safe.
 */
public final class TonProofVerifier {
  private final ProofPolicy policy;
  private final ProofPayloadCheck payloadCheck;

  public TonProofVerifier(ProofPolicy policy, ProofPayloadCheck payloadCheck) {
    this.policy = Objects.requireNonNull(policy, "policy");
    this.payloadCheck = Objects.requireNonNull(payloadCheck, "payloadCheck");
  }

  /** The verdict on {@code submission} at {@code now}. */
  public Verification verify(TonProofSubmission submission, Instant now) {
    Objects.requireNonNull(submission, "submission");
    Objects.requireNonNull(now, "now");
    int actualLength = submission.domain().getBytes(UTF_8).length;
    if (submission.domainLengthBytes() != actualLength) {
      return Verification.rejected(
          RejectionReason.DOMAIN_LENGTH_MISMATCH,
          "lengthBytes is "
              + submission.domainLengthBytes()
              + " but the domain is "
              + actualLength
              + " UTF-8 bytes");
    }
    if (!policy.allowsDomain(submission.domain())) {
      return Verification.rejected(
          RejectionReason.DOMAIN_NOT_ALLOWED,
          "domain " + submission.domain() + " is not in the allow-list");
    }
    Optional<Verification.Rejected> stale = policy.checkFreshness(submission.timestamp(), now);
    if (stale.isPresent()) {
      return stale.get();
    }
    Ed25519Signature signature;
    try {
      signature = Ed25519Signature.parseBase64(submission.signatureBase64());
    } catch (CryptoException e) {
      return Verification.rejected(RejectionReason.SIGNATURE_MALFORMED, e.getMessage());
    }
    Verification key =
        WalletKeyResolver.resolve(
            submission.address(), submission.publicKeyHex(), submission.stateInitBase64());
    if (!(key instanceof Verification.Valid valid)) {
      return key;
    }
    if (!valid.publicKey().verify(submission.message().signedHash(), signature)) {
      return Verification.rejected(
          RejectionReason.SIGNATURE_INVALID,
          "signature does not verify under the " + valid.wallet().version() + " wallet's key");
    }
    if (!payloadCheck.accept(submission.payload(), now)) {
      return Verification.rejected(
          RejectionReason.PAYLOAD_NOT_ACCEPTED,
          "payload was not issued here, has expired or was already used");
    }
    return valid;
  }
}
