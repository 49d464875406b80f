package io.tcgateway.domain.ton.cell;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Real wallet code (and, for @ton/ton wallets, data) cells from {@code cell/wallet-codes.json};
 * that file says where each BoC comes from and {@code cell/gen-wallet-codes.js} regenerates it.
 */
public final class WalletCodes {
  /** One wallet of the resource file. */
  public record Entry(WalletContract contract, String source, Cell code, Optional<Cell> data) {
    @Override
    public String toString() {
      return contract.name();
    }
  }

  private static final List<Entry> ENTRIES = load();

  private WalletCodes() {}

  public static List<Entry> all() {
    return ENTRIES;
  }

  public static Cell code(WalletContract contract) {
    return ENTRIES.stream()
        .filter(e -> e.contract() == contract)
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("no code for " + contract))
        .code();
  }

  private static List<Entry> load() {
    List<Entry> entries = new ArrayList<>();
    for (JsonNode node : CellFixtures.resource("/cell/wallet-codes.json").get("wallets")) {
      Optional<Cell> data =
          node.has("dataBoc")
              ? Optional.of(BagOfCells.deserializeSingleRootBase64(node.get("dataBoc").asText()))
              : Optional.empty();
      entries.add(
          new Entry(
              WalletContract.valueOf(node.get("contract").asText()),
              node.get("source").asText(),
              BagOfCells.deserializeSingleRootBase64(node.get("codeBoc").asText()),
              data));
    }
    return List.copyOf(entries);
  }
}
