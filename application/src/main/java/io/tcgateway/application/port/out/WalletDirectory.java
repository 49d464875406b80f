package io.tcgateway.application.port.out;

import io.tcgateway.domain.bridge.BridgeUrl;
import io.tcgateway.domain.protocol.Feature;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The wallets a user can connect with (the official {@code wallets-v2.json}, filtered as
 * protocol.md §12: entries with an SSE bridge and a universal link). Implementations cache the list
 * and keep the last good copy; they never throw for a list that cannot be fetched.
 */
public interface WalletDirectory {

  /** Every usable wallet, in the list's order. */
  List<WalletEntry> wallets();

  /** The wallet with this {@code app_name}. */
  default Optional<WalletEntry> find(String appName) {
    return wallets().stream().filter(w -> w.appName().equals(appName)).findFirst();
  }

  /**
   * One wallet of the list.
   *
   * @param appName the stable key ({@code app_name}; also the {@code appName} of its device info)
   * @param name the display name
   * @param imageUrl its icon
   * @param aboutUrl its web page
   * @param universalLink its universal link base (connect links are built on it)
   * @param deepLink its custom-scheme link base, if any
   * @param bridge its SSE bridge
   * @param platforms where it runs ({@code ios}, {@code android}, {@code chrome}, ...)
   * @param features what the list says it can do ({@code features}, same shapes as a connect
   *     event's {@code device.features}); static and possibly stale: the device info of the
   *     wallet's connect event is authoritative
   */
  record WalletEntry(
      String appName,
      String name,
      String imageUrl,
      String aboutUrl,
      String universalLink,
      Optional<String> deepLink,
      BridgeUrl bridge,
      List<String> platforms,
      List<Feature> features) {

    public WalletEntry {
      Objects.requireNonNull(appName, "appName");
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(imageUrl, "imageUrl");
      Objects.requireNonNull(aboutUrl, "aboutUrl");
      Objects.requireNonNull(universalLink, "universalLink");
      Objects.requireNonNull(deepLink, "deepLink");
      Objects.requireNonNull(bridge, "bridge");
      platforms = List.copyOf(platforms);
      features = List.copyOf(features);
    }
  }
}
