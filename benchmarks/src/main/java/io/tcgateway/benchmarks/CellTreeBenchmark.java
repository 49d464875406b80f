package io.tcgateway.benchmarks;

import io.tcgateway.domain.bytes.Bytes;
import io.tcgateway.domain.crypto.Sha256;
import io.tcgateway.domain.ton.cell.BagOfCells;
import io.tcgateway.domain.ton.cell.BocWriteOptions;
import io.tcgateway.domain.ton.cell.Cell;
import io.tcgateway.domain.ton.cell.CellBuilder;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Representation hashes of a 50-cell tree: a complete 4-ary tree in breadth-first order (cell
 * {@code i} references cells {@code 4i+1 .. 4i+4} below 50, depth 3), cell {@code i} holding {@code
 * 1 + 97i mod 1023} bits of seeded random data (1 to 1023 bits, mostly not byte-aligned, so
 * completion tags are exercised; every cell distinct).
 *
 * <p>{@link Cell} computes its hash once, in its constructor, and keeps it: there is no separate
 * "hash" call that could be timed on an existing tree, and timing {@link Cell#hash()} would only
 * copy a cached array. So the hash cost is measured on trees that are new in every invocation:
 *
 * <ul>
 *   <li>{@link #buildAndHash}: the tree built bottom-up with {@link CellBuilder} from prepared byte
 *       arrays; every {@code endCell()} hashes its cell. Build + hash, the cost of making a message
 *       body or a state init.
 *   <li>{@link #parseAndHash}: the tree's BoC (CRC-32C, no index) parsed by {@link BagOfCells},
 *       which rebuilds and re-hashes all 50 cells: what reading a BoC from a wallet costs.
 *   <li>{@link #sha256Only}: only the 50 SHA-256 computations over the cells' representations
 *       (prepared in setup, checked against {@link Cell#hash()}): the floor both of the above pay.
 *   <li>{@link #serialize}: the existing tree written as a BoC with CRC-32C (hashes are cached, so
 *       this is the topological sort, the index map and the byte writing).
 * </ul>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class CellTreeBenchmark {
  /** Cells in the tree. */
  static final int CELLS = 50;

  private static final int ARITY = 4;

  private byte[][] data;
  private int[] bitLengths;
  private Cell root;
  private byte[] boc;
  private byte[][] representations;
  private MessageDigest digest;

  @Setup
  public void setUp() {
    SplittableRandom random = new SplittableRandom(50);
    data = new byte[CELLS][];
    bitLengths = new int[CELLS];
    for (int i = 0; i < CELLS; i++) {
      bitLengths[i] = 1 + (97 * i) % Cell.MAX_BITS;
      data[i] = new byte[(bitLengths[i] + 7) / 8];
      random.nextBytes(data[i]);
    }
    root = buildTree();
    boc = BagOfCells.serialize(root, BocWriteOptions.CRC32C);
    Cell[] cells = new Cell[CELLS];
    collect(root, 0, cells);
    representations = new byte[CELLS][];
    digest = Sha256.newDigest();
    for (int i = 0; i < CELLS; i++) {
      representations[i] = representation(cells[i]);
      if (!Arrays.equals(Sha256.hash(representations[i]), cells[i].hash().toByteArray())) {
        throw new IllegalStateException("representation of cell " + i + " does not hash right");
      }
    }
    if (!parseAndHash().equals(root) || !buildAndHash().equals(root)) {
      throw new IllegalStateException("the tree does not round-trip");
    }
  }

  /** A new 50-cell tree from the prepared data: 50 builders, 50 hashes. */
  @Benchmark
  public Cell buildAndHash() {
    return buildTree();
  }

  /** The tree's BoC parsed into 50 new cells, each hashed. */
  @Benchmark
  public Cell parseAndHash() {
    return BagOfCells.deserializeSingleRoot(boc);
  }

  /** The 50 SHA-256 digests of the cell representations, nothing else. */
  @Benchmark
  public void sha256Only(Blackhole hole) {
    for (byte[] representation : representations) {
      digest.update(representation);
      hole.consume(digest.digest());
    }
  }

  /** The existing tree written as a BoC with CRC-32C. */
  @Benchmark
  public byte[] serialize() {
    return BagOfCells.serialize(root, BocWriteOptions.CRC32C);
  }

  private Cell buildTree() {
    Cell[] cells = new Cell[CELLS];
    for (int i = CELLS - 1; i >= 0; i--) {
      CellBuilder b = CellBuilder.beginCell().storeBits(data[i], bitLengths[i]);
      for (int child = ARITY * i + 1; child <= ARITY * i + ARITY && child < CELLS; child++) {
        b.storeRef(cells[child]);
      }
      cells[i] = b.endCell();
    }
    return cells[0];
  }

  /** Puts {@code cell} at {@code index} and its subtree at the breadth-first indexes below it. */
  private static void collect(Cell cell, int index, Cell[] out) {
    out[index] = cell;
    for (int r = 0; r < cell.refCount(); r++) {
      collect(cell.ref(r), ARITY * index + 1 + r, out);
    }
  }

  /**
   * The representation of an ordinary cell (protocol.md §11.1): {@code d1 || d2 || data with
   * completion tag || depth(ref_i) uint16 BE ... || hash(ref_i) ...}.
   */
  private static byte[] representation(Cell cell) {
    Bytes bits = cell.data();
    int dataBytes = bits.length();
    byte[] repr = new byte[2 + dataBytes + cell.refCount() * (2 + Sha256.LENGTH)];
    int p = 0;
    repr[p++] = (byte) cell.refCount();
    repr[p++] = (byte) ((cell.bitLength() >>> 3) + ((cell.bitLength() + 7) >>> 3));
    bits.copyTo(repr, p);
    int partial = cell.bitLength() & 7;
    if (partial != 0) {
      repr[p + dataBytes - 1] |= (byte) (0x80 >>> partial);
    }
    p += dataBytes;
    for (int r = 0; r < cell.refCount(); r++) {
      repr[p++] = (byte) (cell.ref(r).depth() >>> 8);
      repr[p++] = (byte) cell.ref(r).depth();
    }
    for (int r = 0; r < cell.refCount(); r++) {
      cell.ref(r).hash().copyTo(repr, p);
      p += Sha256.LENGTH;
    }
    return repr;
  }
}
