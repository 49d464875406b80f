package io.tcgateway.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import io.tcgateway.domain.verify.ProofPayloadCheck;
import io.tcgateway.domain.verify.ProofPolicy;
import io.tcgateway.domain.verify.TonProofSubmission;
import io.tcgateway.domain.verify.TonProofVerifier;
import io.tcgateway.domain.verify.Verification;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * A full {@code ton_proof} verification of a real wallet proof from {@code ton_proof.json}, as the
 * gateway runs it for every login: domain and freshness checks, signature decoding, the wallet
 * state init parsed from base64 BoC and hashed against the address, the wallet identified by its
 * code hash and its key read from the data cell, the signed hash (two SHA-256) and one Ed25519
 * verification. The payload check is {@link ProofPayloadCheck#ACCEPT_ANY}, so the store lookup an
 * application adds is not counted.
 *
 * <p>{@code wallet} picks the first accepted case of that wallet version: {@code v4r2} (code is a
 * plain cell tree) and {@code v5r1} (W5). The verifier allows exactly the case's domain and its
 * clock is the case's timestamp. Setup fails unless the verdict is {@link Verification.Valid}, so
 * this can never quietly measure a rejection path.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class TonProofBenchmark {
  @Param({"v4r2", "v5r1"})
  public String wallet;

  private TonProofVerifier verifier;
  private TonProofSubmission submission;
  private Instant now;

  @Setup
  public void setUp() {
    JsonNode vector = ProofVectors.acceptedCase(wallet);
    submission = ProofVectors.submission(vector);
    now = ProofVectors.signedAt(vector);
    verifier =
        new TonProofVerifier(
            ProofPolicy.forDomains(Set.of(submission.domain())), ProofPayloadCheck.ACCEPT_ANY);
    Verification verdict = verifier.verify(submission, now);
    if (!(verdict instanceof Verification.Valid valid)
        || !valid.wallet().version().equals(wallet)) {
      throw new IllegalStateException(
          "case " + vector.path("id").asText() + " must verify as a " + wallet + ": " + verdict);
    }
  }

  /** One complete verification; the verdict is returned so JMH consumes it. */
  @Benchmark
  public Verification verify() {
    return verifier.verify(submission, now);
  }
}
