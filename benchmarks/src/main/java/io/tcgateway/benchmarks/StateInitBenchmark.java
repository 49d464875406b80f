package io.tcgateway.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import io.tcgateway.domain.bytes.Base64s;
import io.tcgateway.domain.bytes.Bytes;
import io.tcgateway.domain.ton.Address;
import io.tcgateway.domain.ton.cell.StateInit;
import io.tcgateway.domain.ton.cell.WalletContract;
import io.tcgateway.domain.verify.Verification;
import io.tcgateway.domain.verify.WalletKeyResolver;
import java.util.Optional;
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
 * The wallet state init part of a {@code ton_proof} check, on the real state init of the first
 * accepted {@code v4r2} / {@code v5r1} case of {@code ton_proof.json}. Parsing a BoC builds every
 * cell, so each parse also computes every cell's representation hash (cells hash themselves when
 * made).
 *
 * <ul>
 *   <li>{@link #parseBytes}: BoC bytes → {@link StateInit} (header checks, cell descriptors, cells
 *       built bottom-up with their hashes, state init layout);
 *   <li>{@link #parseBase64}: the same from the base64 text a wallet sends;
 *   <li>{@link #parseIdentifyExtractKey}: base64 → state init → wallet identified by code hash →
 *       32-byte key read from the data cell.
 * </ul>
 *
 * {@link WalletKeyResolver#resolve} adds to the last one only the state init hash (the root cell
 * rebuilt and hashed) and two comparisons; setup checks that it accepts the state init. The whole
 * {@code ton_proof} check is {@link TonProofBenchmark}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class StateInitBenchmark {
  @Param({"v4r2", "v5r1"})
  public String wallet;

  private String base64;
  private byte[] boc;

  @Setup
  public void setUp() {
    JsonNode vector = ProofVectors.acceptedCase(wallet);
    base64 = ProofVectors.stateInitBase64(vector);
    boc = Base64s.decodeLenient(base64);
    Address address = Address.parse(vector.get("address").asText());
    String claimedKey = vector.get("public_key").asText();
    if (!parseIdentifyExtractKey().toHex().equals(claimedKey)
        || !(WalletKeyResolver.resolve(address, Optional.of(claimedKey), Optional.of(base64))
            instanceof Verification.Valid valid)
        || !valid.wallet().version().equals(wallet)) {
      throw new IllegalStateException(wallet + " state init does not resolve to its key");
    }
  }

  /** BoC bytes to a {@link StateInit}. */
  @Benchmark
  public StateInit parseBytes() {
    return StateInit.fromBoc(boc);
  }

  /** Base64 BoC text to a {@link StateInit}. */
  @Benchmark
  public StateInit parseBase64() {
    return StateInit.fromBase64(base64);
  }

  /** Base64 BoC text to the wallet's Ed25519 key: parse, identify the code, read the key. */
  @Benchmark
  public Bytes parseIdentifyExtractKey() {
    StateInit stateInit = StateInit.fromBase64(base64);
    WalletContract contract = WalletContract.identify(stateInit).orElseThrow();
    return contract.publicKey(stateInit.data().orElseThrow());
  }
}
