package io.tcgateway.adapter.json;

import io.tcgateway.domain.bytes.Base64s;
import io.tcgateway.domain.bytes.Bytes;
import io.tcgateway.domain.protocol.ProtocolFormatException;
import io.tcgateway.domain.protocol.SignDataPayload;
import io.tcgateway.domain.protocol.SignDataResult;
import io.tcgateway.domain.ton.Address;
import io.tcgateway.domain.verify.RejectionReason;
import io.tcgateway.domain.verify.SignDataSubmission;
import io.tcgateway.domain.verify.TonProofSubmission;
import io.tcgateway.domain.verify.Verification;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * Reads the JSON documents an operator hands to the verification CLI, in the shape of the protocol
 * vectors ({@code ton_proof.json}, {@code sign_data.json}) and of the reference backend's {@code
 * check_proof} request:
 *
 * <pre>
 * ton_proof: {"id"?, "address", "network"?, "public_key"?,
 *             "proof": {"timestamp", "domain": {"lengthBytes", "value"}, "signature", "payload",
 *                       "state_init"?}}
 * signData:  {"id"?, "address", "publicKey"?, "stateInit"?,
 *             "response": {"signature", "address", "timestamp", "domain",
 *                          "payload": {"type": "text"|"binary"|"cell", "text" | "bytes" |
 *                                      "schema" + "cell", "network"?, "from"?}}}
 * </pre>
 *
 * Lenient like the wire reader: {@code id} may be a string or an integer, {@code network} a string
 * or a number, integers may be numeric strings, unknown fields (a vector's {@code expected}, {@code
 * debug}) are ignored. A missing required field or a wrong JSON type makes the document {@link
 * VerificationDocument.Unreadable}; a value the verifier has a reason for (an address, a signature,
 * a signed payload that does not decode) makes it {@link VerificationDocument.Invalid} with that
 * reason; key, state init and ton_proof signature texts are left to the verifier. Stateless.
 */
public final class JsonVerificationDocuments {
  /** Longest document accepted, in characters; real documents are a few kilobytes. */
  public static final int MAX_CHARS = 1 << 20;

  // Fields whose invalid value is the signed data itself: a verdict, not a format problem.
  private static final Set<String> SIGNED_PAYLOAD_FIELDS =
      Set.of("response.payload.bytes", "response.payload.cell");

  private JsonVerificationDocuments() {}

  /** Reads a {@code ton_proof} document. */
  public static VerificationDocument<TonProofSubmission> tonProof(String json) {
    return read(json, JsonVerificationDocuments::tonProof);
  }

  /** Reads a {@code signData} document; the payload the app sent is not known ({@code sent}). */
  public static VerificationDocument<SignDataSubmission> signData(String json) {
    return read(json, JsonVerificationDocuments::signData);
  }

  private static <S> VerificationDocument<S> read(
      String json, BiFunction<JsonIn, Optional<DocumentId>, VerificationDocument<S>> reader) {
    Objects.requireNonNull(json, "json");
    if (json.length() > MAX_CHARS) {
      return new VerificationDocument.Unreadable<>(
          Optional.empty(), "$: document is longer than " + MAX_CHARS + " characters");
    }
    if (json.isBlank()) {
      return new VerificationDocument.Unreadable<>(
          Optional.empty(), "$: no input, expected a JSON object");
    }
    JsonIn root;
    Optional<DocumentId> id;
    try {
      root = JsonIn.parse(json, "").object();
      id = root.optional("id").map(JsonVerificationDocuments::documentId);
    } catch (ProtocolFormatException e) {
      return new VerificationDocument.Unreadable<>(Optional.empty(), e.getMessage());
    }
    try {
      return reader.apply(root, id);
    } catch (ProtocolFormatException e) {
      return new VerificationDocument.Unreadable<>(id, e.getMessage());
    } catch (RejectedValue e) {
      return new VerificationDocument.Invalid<>(id, e.verdict);
    }
  }

  private static VerificationDocument<TonProofSubmission> tonProof(
      JsonIn root, Optional<DocumentId> id) {
    String addressText = root.string("address");
    // Not part of what is signed; checked for form only, like the wire reader does.
    root.optional("network").ifPresent(WireReader::network);
    Optional<String> publicKey = root.optionalString("public_key");
    JsonIn proof = root.required("proof").object();
    long timestamp = proof.required("timestamp").integer();
    JsonIn domain = proof.required("domain").object();
    int lengthBytes = domain.required("lengthBytes").int32();
    String domainValue = domain.string("value");
    String signature = proof.string("signature");
    String payload = proof.string("payload");
    Optional<String> stateInit = proof.optionalString("state_init");

    return new VerificationDocument.Parsed<>(
        id,
        new TonProofSubmission(
            address("address", addressText),
            publicKey,
            stateInit,
            timestamp,
            lengthBytes,
            domainValue,
            signature,
            payload));
  }

  private static VerificationDocument<SignDataSubmission> signData(
      JsonIn root, Optional<DocumentId> id) {
    String addressText = root.string("address");
    Optional<String> publicKey = root.optionalString("publicKey");
    Optional<String> stateInit = root.optionalString("stateInit");
    JsonIn response = root.required("response").object();
    String signatureText = response.string("signature");
    String signerText = response.string("address");
    long timestamp = response.required("timestamp").integer();
    String domain = response.string("domain");
    JsonIn payloadJson = response.required("payload").object();
    SignDataPayload payload = null;
    Optional<Verification.Rejected> payloadRejection = Optional.empty();
    try {
      payload = WireReader.signDataPayload(payloadJson);
    } catch (ProtocolFormatException.InvalidField e) {
      if (!SIGNED_PAYLOAD_FIELDS.contains(e.field())) {
        throw e;
      }
      payloadRejection =
          Optional.of(Verification.rejected(RejectionReason.PAYLOAD_INVALID, e.getMessage()));
    }

    Address address = address("address", addressText);
    Address signer = address("response.address", signerText);
    Bytes signature = signature(signatureText);
    if (payloadRejection.isPresent()) {
      throw new RejectedValue(payloadRejection.get());
    }
    SignDataResult result;
    try {
      result = new SignDataResult(signature, signer, timestamp, domain, payload);
    } catch (IllegalArgumentException e) {
      throw ProtocolFormatException.recordAt(response.path(), e);
    }
    return new VerificationDocument.Parsed<>(
        id, new SignDataSubmission(address, publicKey, stateInit, result, Optional.empty()));
  }

  private static DocumentId documentId(JsonIn id) {
    if (id.isString()) {
      return new DocumentId.Text(id.string());
    }
    return new DocumentId.Numeric(id.integer());
  }

  private static Address address(String field, String text) {
    try {
      return Address.parse(text);
    } catch (IllegalArgumentException e) {
      throw new RejectedValue(
          Verification.rejected(
              RejectionReason.ADDRESS_INVALID, field + " is not an address: " + e.getMessage()));
    }
  }

  // signData signatures are decoded like the wire reader does (either alphabet); ton_proof
  // signatures stay text for the verifier, which wants standard base64.
  private static Bytes signature(String text) {
    Bytes signature;
    try {
      signature = Bytes.wrap(Base64s.decodeLenient(text));
    } catch (IllegalArgumentException e) {
      throw new RejectedValue(
          Verification.rejected(
              RejectionReason.SIGNATURE_MALFORMED,
              "response.signature is not base64: " + e.getMessage()));
    }
    if (signature.length() != SignDataResult.SIGNATURE_LENGTH) {
      throw new RejectedValue(
          Verification.rejected(
              RejectionReason.SIGNATURE_MALFORMED,
              "response.signature is " + signature.length() + " bytes, not 64"));
    }
    return signature;
  }

  /**
   * A value that decides the verdict, found after every field was read; never leaves this class.
   */
  private static final class RejectedValue extends RuntimeException {
    private final transient Verification.Rejected verdict;

    RejectedValue(Verification.Rejected verdict) {
      super(verdict.detail(), null, false, false);
      this.verdict = verdict;
    }
  }
}
