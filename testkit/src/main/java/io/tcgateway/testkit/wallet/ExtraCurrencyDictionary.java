package io.tcgateway.testkit.wallet;

import io.tcgateway.domain.protocol.Amount;
import io.tcgateway.domain.protocol.ExtraCurrencies;
import io.tcgateway.domain.ton.cell.Cell;
import io.tcgateway.domain.ton.cell.CellBuilder;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The {@code other} part of a {@code CurrencyCollection}: {@code extra_currencies:(HashmapE 32
 * (VarUInteger 32))} (block.tlb), serialized the way {@code @ton/core} {@code serializeDict} does,
 * so a message with extra currencies is byte-identical to one built by a real wallet.
 *
 * <pre>
 * hme_empty$0 | hme_root$1 root:^(Hashmap 32 X)
 * hm_edge#_ {n:#} {X:Type} {l:#} {m:#} label:(HmLabel ~l n) {n = (~m) + l}
 *     node:(HashmapNode m X) = Hashmap n X;
 * hmn_leaf#_ value:X = HashmapNode 0 X;
 * hmn_fork#_ left:^(Hashmap n X) right:^(Hashmap n X) = HashmapNode (n + 1) X;
 * hml_short$0 {m:#} {n:#} len:(Unary ~n) {n <= m} s:(n * Bit) = HmLabel ~n m;
 * hml_long$10 {m:#} n:(#<= m) s:(n * Bit) = HmLabel ~n m;
 * hml_same$11 {m:#} v:Bit n:(#<= m) = HmLabel ~n m;
 * var_uint$_ {n:#} len:(#< n) value:(uint (len * 8)) = VarUInteger n;     // n = 32: len is 5 bits
 * </pre>
 *
 * The label form is the shortest of the three, short preferred on ties, then long (as @ton/core).
 */
final class ExtraCurrencyDictionary {
  private static final int KEY_BITS = 32;

  private ExtraCurrencyDictionary() {}

  /** Stores {@code currencies} as {@code HashmapE 32 (VarUInteger 32)}. */
  static void store(CellBuilder builder, ExtraCurrencies currencies) {
    if (currencies.isEmpty()) {
      builder.storeBit(false);
      return;
    }
    // Keys are uint32 bit strings; a negative id is its int32 two's complement, as in the cell.
    TreeMap<String, BigInteger> sorted = new TreeMap<>();
    for (Map.Entry<String, Amount> entry : currencies.amounts().entrySet()) {
      long id = Long.parseLong(entry.getKey());
      if (id < Integer.MIN_VALUE || id > 0xFFFF_FFFFL) {
        throw new IllegalArgumentException("extra currency id does not fit in 32 bits: " + id);
      }
      sorted.put(bits(id & 0xFFFF_FFFFL), entry.getValue().value());
    }
    builder.storeBit(true).storeRef(edge(new ArrayList<>(sorted.entrySet()), KEY_BITS));
  }

  private static Cell edge(List<Map.Entry<String, BigInteger>> entries, int keyLength) {
    String label = commonPrefix(entries);
    CellBuilder b = CellBuilder.beginCell();
    writeLabel(b, label, keyLength);
    if (entries.size() == 1) {
      storeVarUInteger32(b, entries.getFirst().getValue());
      return b.endCell();
    }
    int rest = keyLength - label.length() - 1;
    List<Map.Entry<String, BigInteger>> left = new ArrayList<>();
    List<Map.Entry<String, BigInteger>> right = new ArrayList<>();
    for (Map.Entry<String, BigInteger> entry : entries) {
      String key = entry.getKey();
      Map.Entry<String, BigInteger> tail =
          Map.entry(key.substring(label.length() + 1), entry.getValue());
      (key.charAt(label.length()) == '0' ? left : right).add(tail);
    }
    return b.storeRef(edge(left, rest)).storeRef(edge(right, rest)).endCell();
  }

  private static String commonPrefix(List<Map.Entry<String, BigInteger>> entries) {
    String first = entries.getFirst().getKey();
    if (entries.size() == 1) {
      return first;
    }
    int length = first.length();
    for (Map.Entry<String, BigInteger> entry : entries) {
      String key = entry.getKey();
      int i = 0;
      while (i < length && key.charAt(i) == first.charAt(i)) {
        i++;
      }
      length = i;
    }
    return first.substring(0, length);
  }

  private static void writeLabel(CellBuilder b, String label, int keyLength) {
    int n = label.length();
    int lengthBits = 32 - Integer.numberOfLeadingZeros(keyLength); // ceil(log2(keyLength + 1))
    int shortSize = 2 + 2 * n;
    int longSize = 2 + lengthBits + n;
    int sameSize = 3 + lengthBits;
    boolean same = label.chars().distinct().count() <= 1;
    if (same && sameSize < Math.min(shortSize, longSize)) {
      b.storeBit(true).storeBit(true).storeBit(n > 0 && label.charAt(0) == '1');
      b.storeUint(n, lengthBits);
    } else if (longSize < shortSize) {
      b.storeBit(true).storeBit(false).storeUint(n, lengthBits);
      storeBits(b, label);
    } else {
      b.storeBit(false);
      for (int i = 0; i < n; i++) {
        b.storeBit(true);
      }
      b.storeBit(false);
      storeBits(b, label);
    }
  }

  private static void storeBits(CellBuilder b, String bits) {
    for (int i = 0; i < bits.length(); i++) {
      b.storeBit(bits.charAt(i) == '1');
    }
  }

  private static void storeVarUInteger32(CellBuilder b, BigInteger value) {
    int len = (value.bitLength() + 7) / 8;
    b.storeUint(len, 5);
    if (len > 0) {
      b.storeUint(value, 8 * len);
    }
  }

  private static String bits(long key) {
    StringBuilder out = new StringBuilder(KEY_BITS);
    for (int i = KEY_BITS - 1; i >= 0; i--) {
      out.append((key >>> i & 1) == 0 ? '0' : '1');
    }
    return out.toString();
  }
}
