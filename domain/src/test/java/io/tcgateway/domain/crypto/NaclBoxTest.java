package io.tcgateway.domain.crypto;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tcgateway.domain.bytes.Base64s;
import io.tcgateway.domain.bytes.Hex;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NaclBoxTest {
  private static final SessionKeyPair A = SessionKeyPair.fromSecretKey(filled(32, 0x01));
  private static final SessionKeyPair B = SessionKeyPair.fromSecretKey(filled(32, 0x02));
  private static final byte[] DISCONNECT =
      "{\"method\":\"disconnect\",\"params\":[],\"id\":\"0\"}".getBytes(UTF_8);

  /** protocol.md §14.1 (tweetnacl 1.0.3). */
  private static final String PROTOCOL_14_1_BODY =
      "AwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMD34kzh1TIJ9DMQLOxL1rFwZgJEmpfflXKBjoEExPZo5SkNMXWHDYmxiY6"
          + "wScfFlgJScfolmuMg5V5BWdi";

  @Test
  void sealsTheProtocolVectorFromAToB() {
    NaclBox aToB = NaclBox.between(A, B.publicKey());

    String body = aToB.sealToBase64(DISCONNECT, Nonce.of(filled(24, 0x03)));

    assertThat(DISCONNECT).hasSize(44);
    assertThat(body).isEqualTo(PROTOCOL_14_1_BODY);
    assertThat(Base64s.decodeStandard(body)).hasSize(84);
  }

  @Test
  void opensTheProtocolVectorAtB() {
    NaclBox bFromA = NaclBox.between(B, A.publicKey());

    assertThat(bFromA.openBase64(PROTOCOL_14_1_BODY)).isEqualTo(DISCONNECT);
  }

  @Test
  void bothSidesDeriveTheSameBoxKeyAsNaclBoxBefore() {
    // tweetnacl 1.0.3: nacl.box.before(pk_B, sk_A).
    String expected = "18a99320f3488fa18a04239715d8ee738065e65c3d4b2898522d6c3d4ead588c";

    assertThat(Hex.encode(BoxKey.derive(A, B.publicKey()).bytes())).isEqualTo(expected);
    assertThat(Hex.encode(BoxKey.derive(B, A.publicKey()).bytes())).isEqualTo(expected);
  }

  @Test
  void wireIsNonceThenTagThenCiphertextOfThePlaintextLength() {
    Nonce nonce = Nonce.random(new SplittableRandom(1));

    byte[] wire = NaclBox.between(A, B.publicKey()).seal(DISCONNECT, nonce);

    assertThat(wire).hasSize(DISCONNECT.length + NaclBox.OVERHEAD);
    assertThat(Arrays.copyOf(wire, 24)).isEqualTo(nonce.bytes().toByteArray());
  }

  @Test
  void roundTripsRandomMessagesWithRandomKeysInBothDirections() {
    SplittableRandom random = new SplittableRandom(20240611L);
    for (int i = 0; i < 200; i++) {
      SessionKeyPair app = SessionKeyPair.generate(random);
      SessionKeyPair wallet = SessionKeyPair.generate(random);
      NaclBox appBox = NaclBox.between(app, wallet.publicKey());
      NaclBox walletBox = NaclBox.between(wallet, app.publicKey());
      byte[] request = randomBytes(random, random.nextInt(4097));
      byte[] response = randomBytes(random, random.nextInt(4097));

      byte[] requestWire = appBox.seal(request, Nonce.random(random));
      String responseBody = walletBox.sealToBase64(response, Nonce.random(random));

      assertThat(walletBox.open(requestWire)).isEqualTo(request);
      assertThat(appBox.openBase64(responseBody)).isEqualTo(response);
    }
  }

  @Test
  void roundTripsTheBoundaryLengths() {
    NaclBox aToB = NaclBox.between(A, B.publicKey());
    NaclBox bFromA = NaclBox.between(B, A.publicKey());
    SplittableRandom random = new SplittableRandom(7);
    for (int length : new int[] {0, 1, 31, 32, 33, 63, 64, 65, 4096}) {
      byte[] message = randomBytes(random, length);
      assertThat(bFromA.open(aToB.seal(message, Nonce.random(random)))).isEqualTo(message);
    }
  }

  @Test
  void derivesTheBoxKeyOnceAndReusesItForEveryMessage() {
    long before = BoxKey.derivationCount();

    NaclBox aToB = NaclBox.between(A, B.publicKey());
    SplittableRandom random = new SplittableRandom(3);
    for (int i = 0; i < 50; i++) {
      // A box has no direction (both sides hold the same key), so it opens what it sealed.
      assertThat(aToB.open(aToB.seal(DISCONNECT, Nonce.random(random)))).isEqualTo(DISCONNECT);
      assertThat(aToB.openBase64(aToB.sealToBase64(DISCONNECT, Nonce.random(random))))
          .isEqualTo(DISCONNECT);
    }

    assertThat(BoxKey.derivationCount() - before).isEqualTo(1);
  }

  @Test
  void everySingleBitFlipIsDetected() {
    byte[] wire = NaclBox.between(A, B.publicKey()).seal(DISCONNECT, Nonce.of(filled(24, 3)));
    NaclBox bFromA = NaclBox.between(B, A.publicKey());

    for (int bit = 0; bit < wire.length * 8; bit++) {
      byte[] flipped = wire.clone();
      flipped[bit / 8] ^= (byte) (1 << (bit % 8));
      assertThatThrownBy(() -> bFromA.open(flipped))
          .isInstanceOf(CryptoException.DecryptionFailed.class);
    }
  }

  @Test
  void everyTruncationIsRejectedAsMalformedBelowFortyBytesAndAsForgedAbove() {
    byte[] wire = NaclBox.between(A, B.publicKey()).seal(DISCONNECT, Nonce.of(filled(24, 3)));
    NaclBox bFromA = NaclBox.between(B, A.publicKey());

    for (int length = 0; length < wire.length; length++) {
      byte[] truncated = Arrays.copyOf(wire, length);
      Class<? extends CryptoException> expected =
          length < NaclBox.OVERHEAD
              ? CryptoException.MalformedCiphertext.class
              : CryptoException.DecryptionFailed.class;
      assertThatThrownBy(() -> bFromA.open(truncated)).isExactlyInstanceOf(expected);
    }
  }

  @Test
  void aBoxSealedForSomeoneElseIsRejected() {
    SessionKeyPair eve = SessionKeyPair.fromSecretKey(filled(32, 0x05));
    byte[] wire = NaclBox.between(A, B.publicKey()).seal(DISCONNECT, Nonce.of(filled(24, 3)));

    assertThatThrownBy(() -> NaclBox.between(eve, A.publicKey()).open(wire))
        .isInstanceOf(CryptoException.DecryptionFailed.class);
    assertThatThrownBy(() -> NaclBox.between(B, eve.publicKey()).open(wire))
        .isInstanceOf(CryptoException.DecryptionFailed.class);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        // URL-safe alphabet, missing padding, embedded newline, surrounding space, percent-encoded
        "AwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMD34kzh1TIJ9DMQLOxL1rFwZgJEmpfflXKBjoEExPZo5SkNMXWHDYmxiY6wScfFlgJScfolmuMg5V5BWdi_-__",
        "AwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMD34kzh1TIJ9DMQLOxL1rFwZgJEmpfflXKBjoEExPZo5SkNMXWHDYmxiY6wScfFlgJScfolmuMg5V5BWd",
        "AwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMD34kzh1TIJ9DMQLOxL1rFwZgJEmpfflXKBjoEExPZo5SkNMXWHDYm\nxiY6wScfFlgJScfolmuMg5V5BWdi",
        " AwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMD34kzh1TIJ9DMQLOxL1rFwZgJEmpfflXKBjoEExPZo5SkNMXWHDYmxiY6wScfFlgJScfolmuMg5V5BWdi ",
        "AwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMD34kzh1TIJ9DMQLOxL1rFwZgJEmpfflXKBjoEExPZo5SkNMXWHDYmxiY6wScfFlgJScfolmuMg5V5BWdi%3D",
        "===="
      })
  void bodyThatIsNotStandardPaddedBase64IsMalformed(String body) {
    NaclBox bFromA = NaclBox.between(B, A.publicKey());

    assertThatThrownBy(() -> bFromA.openBase64(body))
        .isInstanceOf(CryptoException.MalformedCiphertext.class);
  }

  @Test
  void nullBodyIsMalformed() {
    NaclBox bFromA = NaclBox.between(B, A.publicKey());

    assertThatThrownBy(() -> bFromA.openBase64(null))
        .isInstanceOf(CryptoException.MalformedCiphertext.class);
  }

  @Test
  void openDoesNotModifyItsInputAndReturnsAFreshArray() {
    byte[] wire = NaclBox.between(A, B.publicKey()).seal(DISCONNECT, Nonce.of(filled(24, 3)));
    byte[] copy = wire.clone();

    byte[] plaintext = NaclBox.between(B, A.publicKey()).open(wire);
    Arrays.fill(plaintext, (byte) 0);

    assertThat(wire).isEqualTo(copy);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "0000000000000000000000000000000000000000000000000000000000000000",
        "0100000000000000000000000000000000000000000000000000000000000000",
        "e0eb7a7c3b41b8ae1656e3faf19fc46ada098deb9c32b1fd866205165f49b800",
        "ecffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f"
      })
  void refusesSmallOrderPeerKeys(String clientId) {
    SessionPublicKey weak = SessionPublicKey.parse(clientId);

    assertThatThrownBy(() -> NaclBox.between(A, weak))
        .isInstanceOf(CryptoException.WeakPublicKey.class)
        .hasMessageContaining(clientId);
  }

  @Test
  void toStringNamesThePeerButNeitherTheBoxKeyNorOurSecret() {
    NaclBox aToB = NaclBox.between(A, B.publicKey());
    BoxKey boxKey = BoxKey.derive(A, B.publicKey());
    String boxKeyHex = Hex.encode(boxKey.bytes());

    assertThat(aToB.toString())
        .contains(B.clientId())
        .doesNotContain(boxKeyHex)
        .doesNotContain(Hex.encode(A.secretKey()))
        .contains("redacted");
    assertThat(boxKey.toString()).doesNotContain(boxKeyHex).contains("redacted");
    assertThat(aToB.peer()).isEqualTo(B.publicKey());
  }

  @Test
  void oneBoxIsSafeToShareBetweenThreads() throws Exception {
    NaclBox aToB = NaclBox.between(A, B.publicKey());
    NaclBox bFromA = NaclBox.between(B, A.publicKey());
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Callable<Integer>> tasks = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        long seed = t;
        tasks.add(
            () -> {
              SplittableRandom random = new SplittableRandom(seed);
              int ok = 0;
              for (int i = 0; i < 300; i++) {
                byte[] message = randomBytes(random, random.nextInt(600));
                if (Arrays.equals(bFromA.open(aToB.seal(message, Nonce.random(random))), message)) {
                  ok++;
                }
              }
              return ok;
            });
      }
      for (Future<Integer> result : pool.invokeAll(tasks)) {
        assertThat(result.get()).isEqualTo(300);
      }
    } finally {
      pool.shutdown();
      assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
    }
  }

  static byte[] filled(int length, int value) {
    byte[] bytes = new byte[length];
    Arrays.fill(bytes, (byte) value);
    return bytes;
  }

  private static byte[] randomBytes(SplittableRandom random, int length) {
    byte[] bytes = new byte[length];
    random.nextBytes(bytes);
    return bytes;
  }
}
