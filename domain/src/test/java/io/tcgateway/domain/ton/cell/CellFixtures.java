package io.tcgateway.domain.ton.cell;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tcgateway.domain.bytes.Hex;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;

/** Shared helpers for the cell tests. */
final class CellFixtures {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private CellFixtures() {}

  /**
   * The cell described by a vector {@code tree}: {@code bitLength}, {@code dataHex} (bits
   * left-aligned, no completion tag) and {@code refs}. Test data is shallow, so recursion is fine.
   */
  static Cell fromTree(JsonNode tree) {
    CellBuilder b =
        CellBuilder.beginCell()
            .storeBits(Hex.decode(tree.get("dataHex").asText()), tree.get("bitLength").asInt());
    for (JsonNode ref : tree.get("refs")) {
      b.storeRef(fromTree(ref));
    }
    return b.endCell();
  }

  /** Number of distinct cells (by hash) reachable from {@code root}. */
  static int distinctCells(Cell root) {
    Set<Cell> seen = new HashSet<>();
    Deque<Cell> todo = new ArrayDeque<>();
    todo.push(root);
    while (!todo.isEmpty()) {
      Cell cell = todo.pop();
      if (seen.add(cell)) {
        cell.refs().forEach(todo::push);
      }
    }
    return seen.size();
  }

  /** A JSON test resource under {@code src/test/resources}. */
  static JsonNode resource(String path) {
    try (InputStream in = CellFixtures.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource " + path);
      }
      return MAPPER.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static byte[] hex(String hex) {
    return Hex.decode(hex);
  }

  static String hex(byte[] bytes) {
    return Hex.encode(bytes);
  }
}
