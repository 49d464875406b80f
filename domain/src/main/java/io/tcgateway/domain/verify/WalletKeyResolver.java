package io.tcgateway.domain.verify;

import io.tcgateway.domain.bytes.Bytes;
import io.tcgateway.domain.bytes.Hex;
import io.tcgateway.domain.crypto.Ed25519PublicKey;
import io.tcgateway.domain.ton.Address;
import io.tcgateway.domain.ton.cell.BocFormatException;
import io.tcgateway.domain.ton.cell.CellLayoutException;
import io.tcgateway.domain.ton.cell.CellUnderflowException;
import io.tcgateway.domain.ton.cell.StateInit;
import io.tcgateway.domain.ton.cell.WalletContract;
import java.util.Objects;
import java.util.Optional;

/**
 * Establishes which Ed25519 key controls an address, offline, from the wallet's state init
 * (protocol.md §7 steps 5–6, §8) — never from the {@code public_key} field a wallet sends:
 *
 * <ol>
 *   <li>the state init is a one-root BoC with a state init layout;
 *   <li>its representation hash equals the address hash (it is this account's contract);
 *   <li>its code is a known wallet contract, whose data cell holds the key at a known offset;
 *   <li>a {@code public_key} field, if sent, equals that key.
 * </ol>
 *
 * Unknown contracts are rejected: without network access there is no {@code get_public_key}.
 */
public final class WalletKeyResolver {
  private WalletKeyResolver() {}

  /**
   * The key and wallet contract of {@code address}, as {@link Verification.Valid}, or why they
   * cannot be established.
   *
   * @param address the account
   * @param claimedPublicKeyHex the wallet's {@code public_key}/{@code publicKey} field, if any
   * @param stateInitBase64 the wallet's state init BoC (base64, either alphabet), if any
   */
  public static Verification resolve(
      Address address, Optional<String> claimedPublicKeyHex, Optional<String> stateInitBase64) {
    Objects.requireNonNull(address, "address");
    Objects.requireNonNull(claimedPublicKeyHex, "claimedPublicKeyHex");
    Objects.requireNonNull(stateInitBase64, "stateInitBase64");
    if (stateInitBase64.isEmpty() || stateInitBase64.get().isBlank()) {
      return Verification.rejected(
          RejectionReason.STATE_INIT_MISSING, "no wallet state init: the key cannot be checked");
    }
    StateInit stateInit;
    try {
      stateInit = StateInit.fromBase64(stateInitBase64.get());
    } catch (BocFormatException | CellUnderflowException | CellLayoutException e) {
      return Verification.rejected(
          RejectionReason.STATE_INIT_INVALID,
          "state init is not a state init BoC: " + e.getMessage());
    }
    if (!stateInit.hash().equals(address.hash())) {
      return Verification.rejected(
          RejectionReason.STATE_INIT_ADDRESS_MISMATCH,
          "state init hashes to " + stateInit.hash().toHex() + ", not to " + address.toRaw());
    }
    Optional<WalletContract> wallet = WalletContract.identify(stateInit);
    if (wallet.isEmpty() || stateInit.data().isEmpty()) {
      return Verification.rejected(
          RejectionReason.UNKNOWN_WALLET_CODE,
          "state init code "
              + stateInit.code().map(c -> c.hash().toHex()).orElse("(none)")
              + " is not a known wallet contract");
    }
    Bytes key;
    try {
      key = wallet.get().publicKey(stateInit.data().get());
    } catch (CellUnderflowException | CellLayoutException e) {
      return Verification.rejected(
          RejectionReason.WALLET_DATA_INVALID,
          wallet.get().version() + " data cell holds no public key: " + e.getMessage());
    }
    if (claimedPublicKeyHex.isPresent() && !claimedPublicKeyHex.get().isEmpty()) {
      Bytes claimed;
      try {
        claimed = Bytes.wrap(Hex.decodeExactly(claimedPublicKeyHex.get(), 32));
      } catch (IllegalArgumentException e) {
        return Verification.rejected(
            RejectionReason.PUBLIC_KEY_INVALID, "public key field is not 32 bytes of hex");
      }
      if (!claimed.equals(key)) {
        return Verification.rejected(
            RejectionReason.PUBLIC_KEY_MISMATCH,
            "public key field differs from the key in the state init");
      }
    }
    return new Verification.Valid(address, Ed25519PublicKey.of(key), wallet.get());
  }
}
