package io.tcgateway.domain.ton.cell;

import io.tcgateway.domain.bytes.Bytes;
import io.tcgateway.domain.ton.Address;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A contract's initial state (protocol.md §8, §11.3), as sent in TON Connect {@code
 * walletStateInit}. Its representation {@link #hash()} is the account address hash.
 *
 * <pre>
 * _ split_depth:(Maybe ## 5) special:(Maybe TickTock)
 *   code:(Maybe ^Cell) data:(Maybe ^Cell) library:(Maybe ^Cell) = StateInit;
 * tick_tock$_ tick:Bool tock:Bool = TickTock;
 * </pre>
 *
 * References are consumed in the order of the present Maybe bits; a wallet state init has root bits
 * {@code 0 0 1 1 0} and references {@code [code, data]}. ({@code library} is {@code HashmapE 256
 * SimpleLib} in block.tlb, which has the same bit layout as {@code Maybe ^Cell}.)
 *
 * @param splitDepth {@code split_depth}, 0..31, if present
 * @param special the tick/tock flags, if present
 * @param code the code cell, if present
 * @param data the data cell, if present
 * @param library the root of the library dictionary, if present
 */
public record StateInit(
    OptionalInt splitDepth,
    Optional<TickTock> special,
    Optional<Cell> code,
    Optional<Cell> data,
    Optional<Cell> library) {

  /**
   * {@code tick_tock$_ tick:Bool tock:Bool}: whether the contract runs in tick and/or tock
   * transactions (special accounts only).
   */
  public record TickTock(boolean tick, boolean tock) {}

  public StateInit {
    Objects.requireNonNull(splitDepth, "splitDepth");
    Objects.requireNonNull(special, "special");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(data, "data");
    Objects.requireNonNull(library, "library");
    if (splitDepth.isPresent() && (splitDepth.getAsInt() < 0 || splitDepth.getAsInt() > 31)) {
      throw new IllegalArgumentException("splitDepth must be 0..31, was " + splitDepth.getAsInt());
    }
  }

  /** A plain contract state init: code and data, nothing else (what wallets deploy with). */
  public static StateInit of(Cell code, Cell data) {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(data, "data");
    return new StateInit(
        OptionalInt.empty(),
        Optional.empty(),
        Optional.of(code),
        Optional.of(data),
        Optional.empty());
  }

  /**
   * Reads a state init from its root cell, requiring that nothing follows the five fields.
   *
   * @throws CellUnderflowException if bits or references are missing
   * @throws CellLayoutException if the root is exotic or has data after the last field
   */
  public static StateInit parse(Cell root) {
    Objects.requireNonNull(root, "root");
    if (root.isExotic()) {
      throw new CellLayoutException.UnexpectedTag("a state init root cannot be an exotic cell");
    }
    CellSlice s = root.beginParse();
    OptionalInt splitDepth =
        s.loadBit() ? OptionalInt.of((int) s.loadUint(5)) : OptionalInt.empty();
    Optional<TickTock> special =
        s.loadBit() ? Optional.of(new TickTock(s.loadBit(), s.loadBit())) : Optional.empty();
    Optional<Cell> code = s.loadMaybeRef();
    Optional<Cell> data = s.loadMaybeRef();
    Optional<Cell> library = s.loadMaybeRef();
    s.endParse();
    return new StateInit(splitDepth, special, code, data, library);
  }

  /**
   * Reads a state init from a one-root BoC.
   *
   * @throws BocFormatException if the bytes are not a one-root BoC
   * @throws CellUnderflowException if the root is too short for a state init
   * @throws CellLayoutException if the root has data after the last field
   */
  public static StateInit fromBoc(byte[] boc) {
    return parse(BagOfCells.deserializeSingleRoot(boc));
  }

  /** {@link #fromBoc} for base64 text (standard or URL-safe), as in TON Connect. */
  public static StateInit fromBase64(CharSequence base64) {
    return parse(BagOfCells.deserializeSingleRootBase64(base64));
  }

  /** The root cell of this state init (the layout in the type comment). */
  public Cell toCell() {
    CellBuilder b = CellBuilder.beginCell();
    b.storeBit(splitDepth.isPresent());
    if (splitDepth.isPresent()) {
      b.storeUint(splitDepth.getAsInt(), 5);
    }
    b.storeBit(special.isPresent());
    special.ifPresent(tt -> b.storeBit(tt.tick()).storeBit(tt.tock()));
    b.storeMaybeRef(code.orElse(null));
    b.storeMaybeRef(data.orElse(null));
    b.storeMaybeRef(library.orElse(null));
    return b.endCell();
  }

  /** The representation hash of {@link #toCell()}: the account hash of the contract's address. */
  public Bytes hash() {
    return toCell().hash();
  }

  /** The address of the contract deployed with this state init in {@code workchain}. */
  public Address address(int workchain) {
    return Address.of(workchain, hash());
  }
}
