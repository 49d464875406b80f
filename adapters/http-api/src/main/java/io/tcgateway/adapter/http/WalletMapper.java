package io.tcgateway.adapter.http;

import io.tcgateway.adapter.http.dto.WalletResponse;
import io.tcgateway.application.port.out.WalletDirectory.WalletEntry;

/** {@link WalletEntry} → {@link WalletResponse}. */
final class WalletMapper {
  private WalletMapper() {}

  static WalletResponse toResponse(WalletEntry wallet) {
    return new WalletResponse(
        wallet.appName(),
        wallet.name(),
        wallet.imageUrl(),
        wallet.aboutUrl(),
        wallet.universalLink(),
        wallet.deepLink().orElse(null),
        wallet.bridge().value(),
        wallet.platforms(),
        FeatureMapper.toResponses(wallet.features()));
  }
}
