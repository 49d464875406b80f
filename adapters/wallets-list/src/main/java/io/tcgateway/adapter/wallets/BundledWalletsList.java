package io.tcgateway.adapter.wallets;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The wallets list shipped in this jar, used when no good copy was ever loaded from the configured
 * source (the SDK does the same with its {@code FALLBACK_WALLETS_LIST}). The resource {@value
 * #RESOURCE} is {@code FALLBACK_WALLETS_LIST} of the npm package {@code @tonconnect/sdk} 3.4.1
 * ({@code lib/cjs/index.cjs}, from {@code packages/sdk/src/resources/fallback-wallets-list.ts} of
 * ton-connect/sdk) written out as {@code wallets-v2.json}; Apache-2.0, licence text beside it in
 * {@code wallets-v2.fallback.LICENSE}. Refresh it with a newer SDK release from time to time.
 */
public final class BundledWalletsList implements WalletsListSource {
  /** Classpath location of the bundled document. */
  public static final String RESOURCE = "/io/tcgateway/adapter/wallets/wallets-v2.fallback.json";

  private static final class Holder {
    private static final ParsedWalletsList PARSED = WalletsListParser.parse(text());
  }

  @Override
  public String location() {
    return BUNDLED;
  }

  @Override
  public String read() {
    return text();
  }

  /** The bundled list, parsed once. */
  public static ParsedWalletsList parsed() {
    return Holder.PARSED;
  }

  private static String text() {
    try (InputStream in = BundledWalletsList.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("bundled wallets list " + RESOURCE + " is missing");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the bundled wallets list " + RESOURCE, e);
    }
  }
}
