package io.tcgateway.bootstrap.cli;

import io.tcgateway.adapter.json.JsonVerificationDocuments;
import io.tcgateway.adapter.json.VerificationDocument;
import io.tcgateway.domain.verify.ProofPayloadCheck;
import io.tcgateway.domain.verify.ProofPolicy;
import io.tcgateway.domain.verify.SignDataSubmission;
import io.tcgateway.domain.verify.SignDataVerifier;
import io.tcgateway.domain.verify.TonProofSubmission;
import io.tcgateway.domain.verify.TonProofVerifier;
import io.tcgateway.domain.verify.Verification;
import java.time.Instant;

/**
 * What differs between the two commands: how a document is read, which domain it is signed for and
 * which verifier judges it.
 *
 * @param <S> the submission type
 */
interface DocumentKind<S> {

  /** {@code ton_proof} documents, verified without the payload-origin check. */
  DocumentKind<TonProofSubmission> TON_PROOF =
      new DocumentKind<>() {
        @Override
        public VerificationDocument<TonProofSubmission> read(String json) {
          return JsonVerificationDocuments.tonProof(json);
        }

        @Override
        public String domainOf(TonProofSubmission submission) {
          return submission.domain();
        }

        @Override
        public Verification verify(TonProofSubmission submission, ProofPolicy policy, Instant now) {
          return new TonProofVerifier(policy, ProofPayloadCheck.ACCEPT_ANY).verify(submission, now);
        }

        @Override
        public String skippedCheck() {
          return "the payload-origin check is skipped: whether this gateway issued proof.payload"
              + " and whether it was used before is not checked (\"payloadChecked\":false)";
        }
      };

  /** {@code signData} documents, verified without knowing the payload the app sent. */
  DocumentKind<SignDataSubmission> SIGN_DATA =
      new DocumentKind<>() {
        @Override
        public VerificationDocument<SignDataSubmission> read(String json) {
          return JsonVerificationDocuments.signData(json);
        }

        @Override
        public String domainOf(SignDataSubmission submission) {
          return submission.result().domain();
        }

        @Override
        public Verification verify(SignDataSubmission submission, ProofPolicy policy, Instant now) {
          return new SignDataVerifier(policy).verify(submission, now);
        }

        @Override
        public String skippedCheck() {
          return "the payload-origin check is skipped: the echoed payload is not compared with"
              + " what the app sent (\"payloadChecked\":false)";
        }
      };

  /** Reads one document. */
  VerificationDocument<S> read(String json);

  /** The app domain the submission claims to be signed for. */
  String domainOf(S submission);

  /** The verifier's verdict under {@code policy} at {@code now}. */
  Verification verify(S submission, ProofPolicy policy, Instant now);

  /** The check this command cannot do offline, told to the operator once per run. */
  String skippedCheck();
}
