package io.tcgateway.domain.verify;

/**
 * Why a {@code ton_proof} or {@code signData} result was rejected. The {@link #code()} is stable:
 * it is shown to API clients, printed by the CLI and counted in metrics.
 */
public enum RejectionReason {
  /** {@code domain.lengthBytes} is not the UTF-8 length of {@code domain.value}. */
  DOMAIN_LENGTH_MISMATCH("domain-length-mismatch"),
  /** The signed app domain is not in the allow-list. */
  DOMAIN_NOT_ALLOWED("domain-not-allowed"),
  /** The signature is older than the freshness window. */
  TIMESTAMP_EXPIRED("timestamp-expired"),
  /** The signature claims a time further in the future than the allowed clock skew. */
  TIMESTAMP_IN_FUTURE("timestamp-in-future"),
  /** The wallet is on another network than the one requested. */
  NETWORK_MISMATCH("network-mismatch"),
  /** The address text is not a valid address. */
  ADDRESS_INVALID("address-invalid"),
  /** The signed result names another address than the one expected. */
  ADDRESS_MISMATCH("address-mismatch"),
  /** No state init was sent, so the public key cannot be established offline. */
  STATE_INIT_MISSING("state-init-missing"),
  /** The state init is not a one-root BoC with a state init layout. */
  STATE_INIT_INVALID("state-init-invalid"),
  /** The state init does not hash to the address: it is not this account's contract. */
  STATE_INIT_ADDRESS_MISMATCH("state-init-address-mismatch"),
  /** The state init's code is not a known wallet contract, so its key cannot be located. */
  UNKNOWN_WALLET_CODE("unknown-wallet-code"),
  /** The wallet's data cell is too short to hold a public key where the contract keeps it. */
  WALLET_DATA_INVALID("wallet-data-invalid"),
  /** The {@code public_key} field differs from the key in the state init. */
  PUBLIC_KEY_MISMATCH("public-key-mismatch"),
  /** The public key field is not 32 bytes of hex. */
  PUBLIC_KEY_INVALID("public-key-invalid"),
  /** The signature is not 64 bytes of standard base64. */
  SIGNATURE_MALFORMED("signature-malformed"),
  /** The signature does not verify under the wallet's key. */
  SIGNATURE_INVALID("signature-invalid"),
  /** The payload was not issued by this gateway, has expired, or was already used. */
  PAYLOAD_NOT_ACCEPTED("payload-not-accepted"),
  /** The payload a wallet echoed differs from what was sent. */
  PAYLOAD_MISMATCH("payload-mismatch"),
  /** The signed cell payload is not a one-root BoC. */
  PAYLOAD_INVALID("payload-invalid");

  private final String code;

  RejectionReason(String code) {
    this.code = code;
  }

  /** The stable kebab-case code, e.g. {@code signature-invalid}. */
  public String code() {
    return code;
  }
}
