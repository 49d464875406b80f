package io.tcgateway.domain.vectors;

import io.tcgateway.domain.verify.RejectionReason;
import java.util.Map;
import java.util.Optional;

/**
 * The {@link RejectionReason} each reject case of the verification vectors must be rejected for.
 * The vectors name how a case was broken ({@code signature-bit-flipped}); several ways of breaking
 * a proof end in the same verdict ({@code signature-invalid}). Shared through the domain test jar
 * so every reader of the vectors expects the same.
 */
public final class VectorReasons {
  private static final Map<String, RejectionReason> TON_PROOF =
      Map.ofEntries(
          Map.entry("signature-other-key", RejectionReason.SIGNATURE_INVALID),
          Map.entry("signature-bit-flipped", RejectionReason.SIGNATURE_INVALID),
          Map.entry("payload-changed", RejectionReason.SIGNATURE_INVALID),
          Map.entry("timestamp-changed", RejectionReason.SIGNATURE_INVALID),
          Map.entry("workchain-mismatch", RejectionReason.SIGNATURE_INVALID),
          Map.entry("endianness-domain-length-be", RejectionReason.SIGNATURE_INVALID),
          Map.entry("endianness-timestamp-be", RejectionReason.SIGNATURE_INVALID),
          Map.entry("domain-changed", RejectionReason.DOMAIN_NOT_ALLOWED),
          Map.entry("address-stateinit-mismatch", RejectionReason.STATE_INIT_ADDRESS_MISMATCH),
          Map.entry("unknown-wallet-code", RejectionReason.UNKNOWN_WALLET_CODE),
          Map.entry("pubkey-field-mismatch", RejectionReason.PUBLIC_KEY_MISMATCH),
          Map.entry("pubkey-field-substitution", RejectionReason.PUBLIC_KEY_MISMATCH),
          Map.entry("domain-length-mismatch", RejectionReason.DOMAIN_LENGTH_MISMATCH),
          Map.entry("domain-length-mismatch-signed", RejectionReason.DOMAIN_LENGTH_MISMATCH),
          Map.entry("stateinit-not-a-boc", RejectionReason.STATE_INIT_INVALID),
          Map.entry("signature-wrong-length", RejectionReason.SIGNATURE_MALFORMED));

  private static final Map<String, RejectionReason> SIGN_DATA =
      Map.ofEntries(
          Map.entry("text-changed", RejectionReason.SIGNATURE_INVALID),
          Map.entry("bytes-changed", RejectionReason.SIGNATURE_INVALID),
          Map.entry("cell-changed", RejectionReason.SIGNATURE_INVALID),
          Map.entry("schema-changed", RejectionReason.SIGNATURE_INVALID),
          Map.entry("type-confusion-text-as-binary", RejectionReason.SIGNATURE_INVALID),
          Map.entry("type-confusion-binary-as-text", RejectionReason.SIGNATURE_INVALID),
          Map.entry("signature-other-key", RejectionReason.SIGNATURE_INVALID),
          Map.entry("signature-bit-flipped", RejectionReason.SIGNATURE_INVALID),
          Map.entry("timestamp-changed", RejectionReason.SIGNATURE_INVALID),
          Map.entry("workchain-mismatch", RejectionReason.SIGNATURE_INVALID),
          Map.entry("endianness-little-endian-lengths", RejectionReason.SIGNATURE_INVALID),
          Map.entry("cell-domain-not-tep81", RejectionReason.SIGNATURE_INVALID),
          Map.entry("cell-signed-sha256-of-boc", RejectionReason.SIGNATURE_INVALID),
          Map.entry("domain-changed", RejectionReason.DOMAIN_NOT_ALLOWED),
          Map.entry("address-stateinit-mismatch", RejectionReason.STATE_INIT_ADDRESS_MISMATCH),
          Map.entry("pubkey-field-mismatch", RejectionReason.PUBLIC_KEY_MISMATCH),
          Map.entry("unknown-wallet-code", RejectionReason.UNKNOWN_WALLET_CODE));

  private VectorReasons() {}

  /** The reason for a ton_proof.json case's {@code reason}, if the vectors' reason is known. */
  public static Optional<RejectionReason> tonProof(String vectorReason) {
    return Optional.ofNullable(TON_PROOF.get(vectorReason));
  }

  /** The reason for a sign_data.json case's {@code reason}, if the vectors' reason is known. */
  public static Optional<RejectionReason> signData(String vectorReason) {
    return Optional.ofNullable(SIGN_DATA.get(vectorReason));
  }
}
