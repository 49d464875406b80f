package io.tcgateway.adapter.wallets;

import io.tcgateway.application.port.out.WalletDirectory.WalletEntry;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@link WalletsListParser} made of a document: the usable wallets in the list's order, and
 * the entries it dropped with the reason.
 *
 * @param wallets the usable entries, never empty
 * @param dropped the dropped entries, in the list's order
 */
public record ParsedWalletsList(List<WalletEntry> wallets, List<DroppedEntry> dropped) {

  public ParsedWalletsList {
    wallets = List.copyOf(wallets);
    dropped = List.copyOf(dropped);
  }

  /** The first dropped entry, if any (the one a log line names). */
  public Optional<DroppedEntry> firstDropped() {
    return dropped.stream().findFirst();
  }

  /**
   * An entry that was left out.
   *
   * @param index its position in the document's array (from 0)
   * @param label its {@code app_name}, else its {@code name}, else {@code ?}
   * @param reason why, in words ({@code missing about_url}, {@code no sse bridge} ...)
   */
  public record DroppedEntry(int index, String label, String reason) {
    public DroppedEntry {
      Objects.requireNonNull(label, "label");
      Objects.requireNonNull(reason, "reason");
    }

    @Override
    public String toString() {
      return "#" + index + " '" + label + "': " + reason;
    }
  }
}
