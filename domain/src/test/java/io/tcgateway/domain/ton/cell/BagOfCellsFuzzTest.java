package io.tcgateway.domain.ton.cell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import io.tcgateway.domain.bytes.Base64s;
import io.tcgateway.domain.bytes.Hex;
import io.tcgateway.domain.vectors.ProtocolVectors;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.zip.CRC32C;
import org.junit.jupiter.api.Test;

/**
 * Hostile input: random bytes, mutations of valid BoCs (with the CRC fixed up half of the time so
 * the mutation reaches the cell parser) and headers with huge declared counts. Only {@link
 * BocFormatException} may escape, and every parse must finish quickly. Fixed seed, so a failure
 * reproduces.
 */
class BagOfCellsFuzzTest {
  private static final long SEED = 0x5EED_B0C5L;
  private static final int ITERATIONS = 20_000;

  /**
   * A bound for blow-ups (a parse that allocates or loops on declared counts), not a speed target:
   * a normal parse takes microseconds, but a GC pause or a busy 2-core build machine can stall one
   * for most of a second, which is not what this test is about.
   */
  private static final Duration MAX_SINGLE_PARSE = Duration.ofSeconds(3);

  private static final BocLimits LIMITS = BocLimits.of(4096, 1 << 16);

  @Test
  void onlyBocFormatExceptionEscapesAndEveryParseIsFast() {
    List<byte[]> corpus = corpus();
    SplittableRandom random = new SplittableRandom(SEED);
    int accepted = 0;
    int rejected = 0;
    long slowest = 0;
    for (int i = 0; i < ITERATIONS; i++) {
      byte[] input =
          switch (i % 4) {
            case 0 -> randomBytes(random);
            case 1 -> hugeHeader(random);
            default -> mutate(corpus.get(random.nextInt(corpus.size())), random);
          };
      long start = System.nanoTime();
      try {
        List<Cell> roots = BagOfCells.deserialize(input, LIMITS);
        accepted++;
        for (Cell root : roots) {
          // whatever was accepted must be a consistent cell tree that writes back
          assertThat(BagOfCells.deserializeSingleRoot(BagOfCells.serialize(root), LIMITS))
              .isEqualTo(root);
        }
      } catch (BocFormatException expected) {
        rejected++;
      } catch (Throwable unexpected) {
        fail("iteration " + i + ", input " + Hex.encode(input), unexpected);
      }
      long elapsed = System.nanoTime() - start;
      slowest = Math.max(slowest, i < 100 ? 0 : elapsed); // ignore JIT warm-up
    }
    assertThat(rejected).isGreaterThan(ITERATIONS / 2);
    assertThat(accepted).as("some mutations stay valid").isPositive();
    assertThat(Duration.ofNanos(slowest)).isLessThan(MAX_SINGLE_PARSE);
  }

  private static List<byte[]> corpus() {
    List<byte[]> corpus = new ArrayList<>();
    for (JsonNode c : ProtocolVectors.cases("boc.json")) {
      if ("accept".equals(c.path("expected").asText())) {
        byte[] plain = Hex.decode(c.get("bocHex").asText());
        corpus.add(plain);
        corpus.add(Hex.decode(c.get("bocCrc32Hex").asText()));
        corpus.add(
            BagOfCells.serialize(
                BagOfCells.deserializeSingleRoot(plain), BocWriteOptions.INDEXED_CRC32C));
      }
    }
    for (JsonNode c : ProtocolVectors.cases("ton_proof.json")) {
      if ("accept".equals(c.path("expected").asText())) {
        corpus.add(Base64s.decodeStandard(c.get("proof").get("state_init").asText()));
      }
    }
    return corpus;
  }

  private static byte[] randomBytes(SplittableRandom random) {
    byte[] bytes = new byte[random.nextInt(0, 96)];
    for (int i = 0; i < bytes.length; i++) {
      bytes[i] = (byte) random.nextInt(256);
    }
    if (bytes.length >= 4 && random.nextBoolean()) {
      System.arraycopy(Hex.decode("b5ee9c72"), 0, bytes, 0, 4);
    }
    return bytes;
  }

  /** A generic header with random widths and (often huge) counts, then a little random data. */
  private static byte[] hugeHeader(SplittableRandom random) {
    int size = random.nextInt(1, 5);
    int offBytes = random.nextInt(1, 9);
    int flags = (random.nextInt(8) << 5) | size;
    byte[] tail = new byte[random.nextInt(0, 64)];
    for (int i = 0; i < tail.length; i++) {
      tail[i] = (byte) random.nextInt(256);
    }
    byte[] out = new byte[4 + 2 + 3 * size + offBytes + tail.length];
    System.arraycopy(Hex.decode("b5ee9c72"), 0, out, 0, 4);
    out[4] = (byte) flags;
    out[5] = (byte) offBytes;
    int p = 6;
    for (int field = 0; field < 3; field++) {
      long value = random.nextBoolean() ? random.nextLong() : random.nextInt(0, 4);
      p = writeBe(out, p, value, size);
    }
    p = writeBe(out, p, random.nextBoolean() ? random.nextLong() : random.nextInt(0, 64), offBytes);
    System.arraycopy(tail, 0, out, p, tail.length);
    return out;
  }

  private static byte[] mutate(byte[] valid, SplittableRandom random) {
    byte[] out = valid.clone();
    switch (random.nextInt(6)) {
      case 0 -> {
        int flips = random.nextInt(1, 5);
        for (int i = 0; i < flips; i++) {
          int bit = random.nextInt(out.length * 8);
          out[bit >>> 3] ^= (byte) (0x80 >>> (bit & 7));
        }
      }
      case 1 -> out[random.nextInt(out.length)] = (byte) random.nextInt(256);
      case 2 -> out = Arrays.copyOf(out, random.nextInt(out.length));
      case 3 -> {
        out = Arrays.copyOf(out, out.length + random.nextInt(1, 8));
        for (int i = valid.length; i < out.length; i++) {
          out[i] = (byte) random.nextInt(256);
        }
      }
      case 4 -> {
        // header bytes (flags, sizes, counts) are the most sensitive
        int at = random.nextInt(4, Math.min(out.length, 16));
        out[at] = (byte) random.nextInt(256);
      }
      default -> {
        // a cell-data byte: descriptors and reference indexes
        int at = random.nextInt(Math.min(out.length, 12), out.length);
        out[at] = (byte) (random.nextBoolean() ? random.nextInt(256) : out[at] + 1);
      }
    }
    if (out.length > 8 && (out[4] & 0x40) != 0 && random.nextBoolean()) {
      fixCrc(out);
    }
    return out;
  }

  private static void fixCrc(byte[] boc) {
    CRC32C crc = new CRC32C();
    crc.update(boc, 0, boc.length - 4);
    int value = (int) crc.getValue();
    for (int i = 0; i < 4; i++) {
      boc[boc.length - 4 + i] = (byte) (value >>> (8 * i));
    }
  }

  private static int writeBe(byte[] out, int p, long value, int bytes) {
    for (int i = bytes - 1; i >= 0; i--) {
      out[p++] = (byte) (value >>> (8 * i));
    }
    return p;
  }
}
