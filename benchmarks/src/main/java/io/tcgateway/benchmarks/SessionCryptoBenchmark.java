package io.tcgateway.benchmarks;

import com.google.crypto.tink.subtle.X25519;
import io.tcgateway.domain.crypto.Ed25519KeyPair;
import io.tcgateway.domain.crypto.Ed25519PublicKey;
import io.tcgateway.domain.crypto.Ed25519Signature;
import io.tcgateway.domain.crypto.NaclBox;
import io.tcgateway.domain.crypto.Nonce;
import io.tcgateway.domain.crypto.SessionKeyPair;
import java.security.GeneralSecurityException;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The bridge's per-message crypto: NaCl box seal and open of a 300-byte message with the box key
 * cached (as the gateway keeps it per session), one X25519 agreement, one Ed25519 verification of a
 * 32-byte message, and the box-key derivation a new session costs. Same operations as {@code
 * native/sodium_bench.c}. Inputs live in non-final state fields and every result is returned (JMH
 * consumes it in a blackhole), so nothing can be constant-folded or eliminated.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class SessionCryptoBenchmark {
  private static final int MESSAGE_LENGTH = 300;

  private NaclBox appSide;
  private NaclBox walletSide;
  private Nonce nonce;
  private byte[] plaintext;
  private byte[] sealed;
  private SessionKeyPair app;
  private SessionKeyPair wallet;
  private byte[] appSecret;
  private byte[] walletPublic;
  private Ed25519PublicKey signer;
  private Ed25519Signature signature;
  private byte[] signedMessage;

  @Setup
  public void setUp() {
    SplittableRandom random = new SplittableRandom(42);
    app = SessionKeyPair.generate(random);
    wallet = SessionKeyPair.generate(random);
    appSide = NaclBox.between(app, wallet.publicKey());
    walletSide = NaclBox.between(wallet, app.publicKey());
    nonce = Nonce.random(random);
    plaintext = new byte[MESSAGE_LENGTH];
    random.nextBytes(plaintext);
    sealed = walletSide.seal(plaintext, nonce);
    appSecret = app.secretKey();
    walletPublic = wallet.publicKey().toByteArray();
    byte[] seed = new byte[32];
    random.nextBytes(seed);
    Ed25519KeyPair keys = Ed25519KeyPair.fromSeed(seed);
    signer = keys.publicKey();
    signedMessage = new byte[32];
    random.nextBytes(signedMessage);
    signature = keys.sign(signedMessage);
  }

  /** Open a 300-byte wallet message (MAC check + decrypt) with the cached box key. */
  @Benchmark
  public byte[] boxOpen300() {
    return appSide.open(sealed);
  }

  /** Seal a 300-byte request with the cached box key. */
  @Benchmark
  public byte[] boxSeal300() {
    return appSide.seal(plaintext, nonce);
  }

  /** One X25519 agreement (what a new session costs once, before HSalsa20). */
  @Benchmark
  public byte[] x25519Agreement() throws GeneralSecurityException {
    return X25519.computeSharedSecret(appSecret, walletPublic);
  }

  /**
   * The full box-key derivation, X25519 + HSalsa20 ({@code crypto_box_beforenm}): what opening a
   * box for a new peer costs once. {@link NaclBox#between} derives a fresh key on every call (it
   * caches nothing across boxes), and the key pair is built in setup so that its public-key
   * computation (a second scalar multiplication) is not counted.
   */
  @Benchmark
  public NaclBox boxKeyDerivation() {
    return NaclBox.between(app, wallet.publicKey());
  }

  /** One Ed25519 verification of a 32-byte message (the core of a ton_proof check). */
  @Benchmark
  public boolean ed25519Verify() {
    return signer.verify(signedMessage, signature);
  }
}
