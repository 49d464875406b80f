package io.tcgateway.domain.verify;

import io.tcgateway.domain.crypto.Ed25519PublicKey;
import io.tcgateway.domain.ton.Address;
import io.tcgateway.domain.ton.cell.WalletContract;
import java.util.Objects;

/** The verdict on a {@code ton_proof} or {@code signData} result. */
public sealed interface Verification permits Verification.Valid, Verification.Rejected {

  /** Whether this is {@link Valid}. */
  default boolean isValid() {
    return this instanceof Valid;
  }

  /**
   * The signature is valid: {@code address} is controlled by {@code publicKey}, the key of a {@code
   * wallet} contract whose state init hashes to the address.
   */
  record Valid(Address address, Ed25519PublicKey publicKey, WalletContract wallet)
      implements Verification {
    public Valid {
      Objects.requireNonNull(address, "address");
      Objects.requireNonNull(publicKey, "publicKey");
      Objects.requireNonNull(wallet, "wallet");
    }
  }

  /** Rejected for {@code reason}; {@code detail} is a human explanation without key material. */
  record Rejected(RejectionReason reason, String detail) implements Verification {
    public Rejected {
      Objects.requireNonNull(reason, "reason");
      Objects.requireNonNull(detail, "detail");
    }
  }

  /** A rejection. */
  static Rejected rejected(RejectionReason reason, String detail) {
    return new Rejected(reason, detail);
  }
}
