package io.tcgateway.domain.verify;

import static java.nio.charset.StandardCharsets.UTF_8;

import io.tcgateway.domain.crypto.Ed25519Signature;
import io.tcgateway.domain.protocol.SignDataPayload;
import io.tcgateway.domain.protocol.SignDataResult;
import io.tcgateway.domain.ton.cell.BagOfCells;
import io.tcgateway.domain.ton.cell.BocFormatException;
import io.tcgateway.domain.ton.cell.Cell;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Verifies a {@code signData} result (protocol.md §9): cheap checks first, then the signature over
 * {@link SignDataMessage}.
 *
 * <ol>
 *   <li>the result names the expected address ({@code address-mismatch});
 *   <li>the domain is allowed ({@code domain-not-allowed}) and the timestamp fresh;
 *   <li>the echoed payload carries the data that was sent, when that is known ({@code
 *       payload-mismatch});
 *   <li>the signer's key: given (proven at connect), or from the state init ({@link
 *       WalletKeyResolver});
 *   <li>the signature verifies ({@code signature-invalid}).
 * </ol>
 *
 * Cell payloads are signed with the TEP-81 form of the domain. Some old wallets signed the plain
 * domain text instead; {@code acceptPlainDomainForCells} also accepts that form and is off by
 * default. Stateless and thread-safe.
 */
public final class SignDataVerifier {
  private final ProofPolicy policy;
  private final boolean acceptPlainDomainForCells;

  /** A verifier that accepts only the TEP-81 domain form for cells. */
  public SignDataVerifier(ProofPolicy policy) {
    this(policy, false);
  }

  public SignDataVerifier(ProofPolicy policy, boolean acceptPlainDomainForCells) {
    this.policy = Objects.requireNonNull(policy, "policy");
    this.acceptPlainDomainForCells = acceptPlainDomainForCells;
  }

  /** The verdict on a result whose signer is identified by its state init. */
  public Verification verify(SignDataSubmission submission, Instant now) {
    Objects.requireNonNull(submission, "submission");
    Objects.requireNonNull(now, "now");
    Optional<Verification.Rejected> early =
        checkContext(submission.result(), submission.address(), submission.sent(), now);
    if (early.isPresent()) {
      return early.get();
    }
    Verification key =
        WalletKeyResolver.resolve(
            submission.address(), submission.publicKeyHex(), submission.stateInitBase64());
    if (!(key instanceof Verification.Valid signer)) {
      return key;
    }
    return checkSignature(submission.result(), signer);
  }

  /**
   * The verdict on a result from a connected wallet whose key was proven at connect ({@code
   * signer}, the {@link Verification.Valid} of its {@code ton_proof}), for the payload that was
   * {@code sent}.
   */
  public Verification verify(
      SignDataResult result, Verification.Valid signer, SignDataPayload sent, Instant now) {
    Objects.requireNonNull(result, "result");
    Objects.requireNonNull(signer, "signer");
    Objects.requireNonNull(sent, "sent");
    Objects.requireNonNull(now, "now");
    Optional<Verification.Rejected> early =
        checkContext(result, signer.address(), Optional.of(sent), now);
    return early.isPresent() ? early.get() : checkSignature(result, signer);
  }

  private Optional<Verification.Rejected> checkContext(
      SignDataResult result,
      io.tcgateway.domain.ton.Address expected,
      Optional<SignDataPayload> sent,
      Instant now) {
    if (!result.address().equals(expected)) {
      return Optional.of(
          Verification.rejected(
              RejectionReason.ADDRESS_MISMATCH,
              "result is signed for " + result.address() + ", expected " + expected));
    }
    if (!policy.allowsDomain(result.domain())) {
      return Optional.of(
          Verification.rejected(
              RejectionReason.DOMAIN_NOT_ALLOWED,
              "domain " + result.domain() + " is not in the allow-list"));
    }
    Optional<Verification.Rejected> stale = policy.checkFreshness(result.timestamp(), now);
    if (stale.isPresent()) {
      return stale;
    }
    if (sent.isPresent() && !sent.get().hasSameData(result.payload())) {
      return Optional.of(
          Verification.rejected(
              RejectionReason.PAYLOAD_MISMATCH, "the echoed payload differs from what was sent"));
    }
    return Optional.empty();
  }

  private Verification checkSignature(SignDataResult result, Verification.Valid signer) {
    Ed25519Signature signature = Ed25519Signature.of(result.signature());
    byte[] signed;
    switch (result.payload()) {
      case SignDataPayload.Text text ->
          signed = textOrBinary(result, SignDataMessage.ByteKind.TEXT, text.text().getBytes(UTF_8));
      case SignDataPayload.Binary binary ->
          signed =
              textOrBinary(result, SignDataMessage.ByteKind.BINARY, binary.bytes().toByteArray());
      case SignDataPayload.Cell cell -> {
        Cell payload;
        try {
          payload = BagOfCells.deserializeSingleRoot(cell.cell().bytes().toByteArray());
        } catch (BocFormatException e) {
          return Verification.rejected(RejectionReason.PAYLOAD_INVALID, e.getMessage());
        }
        signed =
            SignDataMessage.cellHash(
                result.address(), result.domain(), result.timestamp(), cell.schema(), payload);
        if (!signer.publicKey().verify(signed, signature) && acceptPlainDomainForCells) {
          signed =
              SignDataMessage.cellHashWithPlainDomain(
                  result.address(), result.domain(), result.timestamp(), cell.schema(), payload);
        }
      }
    }
    if (!signer.publicKey().verify(signed, signature)) {
      return Verification.rejected(
          RejectionReason.SIGNATURE_INVALID,
          "signature does not verify under the " + signer.wallet().version() + " wallet's key");
    }
    return signer;
  }

  private static byte[] textOrBinary(
      SignDataResult result, SignDataMessage.ByteKind kind, byte[] data) {
    return SignDataMessage.textOrBinaryHash(
        result.address(), result.domain(), result.timestamp(), kind, data);
  }
}
