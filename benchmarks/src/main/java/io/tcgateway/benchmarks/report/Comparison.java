package io.tcgateway.benchmarks.report;

import java.util.List;
import java.util.Objects;

/**
 * One operation measured both in Java (a JMH benchmark) and in libsodium (an operation of {@code
 * native/sodium_bench.c}).
 *
 * @param operation what both do, for the report
 * @param javaBenchmark {@link JmhResult#shortName()} of the Java side
 * @param sodiumName {@link SodiumResult#name()} of the C side
 */
public record Comparison(String operation, String javaBenchmark, String sodiumName) {
  /** The pairs the report compares; box open and Ed25519 verify are the ones the issue asks for. */
  public static final List<Comparison> DEFAULT =
      List.of(
          new Comparison(
              "box open, 300 B, cached key", "SessionCryptoBenchmark.boxOpen300", "box_open_300B"),
          new Comparison(
              "Ed25519 verify, 32 B", "SessionCryptoBenchmark.ed25519Verify", "ed25519_verify"),
          new Comparison(
              "box seal, 300 B, cached key", "SessionCryptoBenchmark.boxSeal300", "box_seal_300B"),
          new Comparison("X25519 agreement", "SessionCryptoBenchmark.x25519Agreement", "x25519"),
          new Comparison(
              "box key derivation (beforenm)",
              "SessionCryptoBenchmark.boxKeyDerivation",
              "box_beforenm"));

  public Comparison {
    Objects.requireNonNull(operation, "operation");
    Objects.requireNonNull(javaBenchmark, "javaBenchmark");
    Objects.requireNonNull(sodiumName, "sodiumName");
  }

  /** Java throughput over libsodium throughput: 1 is parity, 0.5 is half libsodium's rate. */
  public static double ratio(double javaOpsPerSecond, double sodiumOpsPerSecond) {
    if (!(sodiumOpsPerSecond > 0)) {
      return Double.NaN;
    }
    return javaOpsPerSecond / sodiumOpsPerSecond;
  }
}
