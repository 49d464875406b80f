package io.tcgateway.adapter.http;

import static io.tcgateway.adapter.http.Fields.at;
import static io.tcgateway.adapter.http.Fields.required;

import io.tcgateway.adapter.http.dto.SignDataResultRequest;
import io.tcgateway.adapter.http.dto.SignDataVerifyRequest;
import io.tcgateway.adapter.http.dto.TonProofDomainRequest;
import io.tcgateway.adapter.http.dto.TonProofRequest;
import io.tcgateway.adapter.http.dto.TonProofVerifyRequest;
import io.tcgateway.adapter.http.dto.VerificationResponse;
import io.tcgateway.domain.bytes.Base64s;
import io.tcgateway.domain.bytes.Bytes;
import io.tcgateway.domain.crypto.Ed25519Signature;
import io.tcgateway.domain.protocol.BocBase64;
import io.tcgateway.domain.protocol.SignDataPayload;
import io.tcgateway.domain.protocol.SignDataResult;
import io.tcgateway.domain.ton.Address;
import io.tcgateway.domain.ton.Network;
import io.tcgateway.domain.verify.SignDataSubmission;
import io.tcgateway.domain.verify.TonProofSubmission;
import io.tcgateway.domain.verify.Verification;
import java.util.Optional;

/**
 * The verify endpoints' bodies → submissions, and verdicts → JSON. Mapped as {@code
 * JsonVerificationDocuments} (protocol-json) reads the CLI's documents of the same shapes, with one
 * difference: text that is not in the encoding its field requires (an address, base64 of a 64-byte
 * signature, 64 hex of a key, a BoC) is a 400 naming the field here, whereas the CLI reports it as
 * a verdict. What the verifier decides (a state init that is a BoC but not this account's wallet, a
 * wrong key, a bad signature, domain, time or payload) is a {@code valid:false} verdict with its
 * reason. An empty state init ({@code ""}, as some wallets send) is left to the verifier ({@code
 * state-init-missing}).
 */
final class VerificationMapper {
  private VerificationMapper() {}

  /** A {@code ton_proof} submission and the network the account is on. */
  record ProofInput(TonProofSubmission submission, Network network) {}

  /** A {@code signData} submission and the network its payload names (mainnet if none). */
  record SignDataInput(SignDataSubmission submission, Network network) {}

  static ProofInput toInput(TonProofVerifyRequest request) {
    Address address = address(required(request.address(), "address"), "address");
    Network network = Fields.network(required(request.network(), "network"), "network");
    Optional<String> publicKey = publicKey(request.publicKey(), "public_key");
    TonProofRequest proof = required(request.proof(), "proof");
    long timestamp = nonNegative(required(proof.timestamp(), "proof.timestamp"), "proof.timestamp");
    TonProofDomainRequest domain = required(proof.domain(), "proof.domain");
    int lengthBytes = required(domain.lengthBytes(), "proof.domain.lengthBytes");
    if (lengthBytes < 0) {
      throw ApiProblemException.invalidField("proof.domain.lengthBytes", "must not be negative");
    }
    String domainValue = required(domain.value(), "proof.domain.value");
    String signature = required(proof.signature(), "proof.signature");
    at("proof.signature", () -> Ed25519Signature.parseBase64(signature));
    String payload = required(proof.payload(), "proof.payload");
    Optional<String> stateInit =
        stateInit(required(proof.stateInit(), "proof.state_init"), "proof.state_init");
    return new ProofInput(
        new TonProofSubmission(
            address, publicKey, stateInit, timestamp, lengthBytes, domainValue, signature, payload),
        network);
  }

  static SignDataInput toInput(SignDataVerifyRequest request) {
    Address address = address(required(request.address(), "address"), "address");
    Optional<String> publicKey = publicKey(request.publicKey(), "publicKey");
    Optional<String> stateInit =
        stateInit(required(request.walletStateInit(), "walletStateInit"), "walletStateInit");
    SignDataResultRequest result = required(request.result(), "result");
    String signatureText = required(result.signature(), "result.signature");
    Bytes signature =
        at("result.signature", () -> Bytes.wrap(Base64s.decodeLenient(signatureText)));
    if (signature.length() != SignDataResult.SIGNATURE_LENGTH) {
      throw ApiProblemException.invalidField(
          "result.signature", "must be 64 bytes, was " + signature.length());
    }
    Address signer = address(required(result.address(), "result.address"), "result.address");
    long timestamp =
        nonNegative(required(result.timestamp(), "result.timestamp"), "result.timestamp");
    String domain = required(result.domain(), "result.domain");
    SignDataPayload payload =
        SignDataMapper.toPayload(required(result.payload(), "result.payload"), "result.payload");
    SignDataResult signed =
        at("result", () -> new SignDataResult(signature, signer, timestamp, domain, payload));
    return new SignDataInput(
        new SignDataSubmission(address, publicKey, stateInit, signed, Optional.empty()),
        payload.network().orElse(Network.MAINNET));
  }

  static VerificationResponse toResponse(Verification verification, Network network) {
    return switch (verification) {
      case Verification.Valid valid ->
          new VerificationResponse(
              true,
              valid.address().toRaw(),
              Fields.friendly(valid.address(), network),
              valid.publicKey().toHex(),
              valid.wallet().version(),
              null,
              null);
      case Verification.Rejected rejected ->
          new VerificationResponse(
              false, null, null, null, null, rejected.reason().code(), rejected.detail());
    };
  }

  private static Address address(String text, String path) {
    return at(path, () -> Address.parse(text));
  }

  private static Optional<String> publicKey(String text, String path) {
    if (text == null) {
      return Optional.empty();
    }
    Bytes key = at(path, () -> Bytes.fromHex(text));
    if (key.length() != 32) {
      throw ApiProblemException.invalidField(path, "must be 64 hex characters (32 bytes)");
    }
    return Optional.of(text);
  }

  private static Optional<String> stateInit(String text, String path) {
    if (text.isEmpty()) {
      return Optional.empty();
    }
    at(path, () -> BocBase64.parse(text));
    return Optional.of(text);
  }

  private static long nonNegative(long value, String path) {
    if (value < 0) {
      throw ApiProblemException.invalidField(path, "must not be negative");
    }
    return value;
  }
}
