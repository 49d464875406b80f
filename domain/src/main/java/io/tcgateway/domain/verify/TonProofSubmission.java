package io.tcgateway.domain.verify;

import io.tcgateway.domain.bytes.Bytes;
import io.tcgateway.domain.protocol.TonAddressReply;
import io.tcgateway.domain.protocol.TonProofReply;
import io.tcgateway.domain.ton.Address;
import java.util.Objects;
import java.util.Optional;

/**
 * A {@code ton_proof} as a wallet (or a frontend relaying it) submits it, in the shape of the
 * reference {@code check_proof} request: the account with its untrusted hints, and the proof item.
 * Fields that can be malformed in ways the verifier reports as reasons (signature, key, state init)
 * are kept as the text that was sent.
 *
 * @param address the account that claims to sign
 * @param publicKeyHex the {@code public_key} hint; never trusted, only compared
 * @param stateInitBase64 the wallet's state init BoC, base64
 * @param timestamp {@code proof.timestamp}, unix seconds
 * @param domainLengthBytes {@code proof.domain.lengthBytes} as sent
 * @param domain {@code proof.domain.value}
 * @param signatureBase64 {@code proof.signature}, standard base64 of 64 bytes
 * @param payload {@code proof.payload}, the echo of the payload the app issued
 */
public record TonProofSubmission(
    Address address,
    Optional<String> publicKeyHex,
    Optional<String> stateInitBase64,
    long timestamp,
    int domainLengthBytes,
    String domain,
    String signatureBase64,
    String payload) {

  public TonProofSubmission {
    Objects.requireNonNull(address, "address");
    Objects.requireNonNull(publicKeyHex, "publicKeyHex");
    Objects.requireNonNull(stateInitBase64, "stateInitBase64");
    Objects.requireNonNull(domain, "domain");
    Objects.requireNonNull(signatureBase64, "signatureBase64");
    Objects.requireNonNull(payload, "payload");
  }

  /** The proof of a wallet's connect event: its {@code ton_addr} and {@code ton_proof} replies. */
  public static TonProofSubmission of(TonAddressReply account, TonProofReply proof) {
    Objects.requireNonNull(account, "account");
    Objects.requireNonNull(proof, "proof");
    return new TonProofSubmission(
        account.address(),
        account.publicKey().map(Bytes::toHex),
        account.walletStateInit(),
        proof.timestamp(),
        proof.domain().lengthBytes(),
        proof.domain().value(),
        proof.signature(),
        proof.payload());
  }

  /** The message the wallet should have signed for this submission. */
  public TonProofMessage message() {
    return new TonProofMessage(address, domain, timestamp, payload);
  }
}
