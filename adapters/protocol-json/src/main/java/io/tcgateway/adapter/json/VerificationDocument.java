package io.tcgateway.adapter.json;

import io.tcgateway.domain.verify.Verification;
import java.util.Objects;
import java.util.Optional;

/**
 * One verification document as {@link JsonVerificationDocuments} read it: a submission for the
 * verifier, a document whose values already decide the verdict, or text that is not such a document
 * at all.
 *
 * @param <S> the submission type ({@code TonProofSubmission} or {@code SignDataSubmission})
 */
public sealed interface VerificationDocument<S>
    permits VerificationDocument.Parsed,
        VerificationDocument.Invalid,
        VerificationDocument.Unreadable {

  /** The document's {@code id}, if it has one (and it could be read). */
  Optional<DocumentId> id();

  /** A well-formed document: {@code submission} goes to the verifier. */
  record Parsed<S>(Optional<DocumentId> id, S submission) implements VerificationDocument<S> {
    public Parsed {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(submission, "submission");
    }
  }

  /**
   * A document with every field present whose values are already a rejection the verifier would
   * give (an address that is not an address, a signature that is not 64 bytes of base64, a cell
   * payload that is not a bag of cells), reported with the same reason codes.
   */
  record Invalid<S>(Optional<DocumentId> id, Verification.Rejected verdict)
      implements VerificationDocument<S> {
    public Invalid {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(verdict, "verdict");
    }
  }

  /**
   * Not a document of this kind: not JSON, not an object, too large, a required field missing or of
   * the wrong JSON type. {@code problem} names the field ({@code proof.timestamp: expected number,
   * got boolean}).
   */
  record Unreadable<S>(Optional<DocumentId> id, String problem) implements VerificationDocument<S> {
    public Unreadable {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(problem, "problem");
    }
  }
}
