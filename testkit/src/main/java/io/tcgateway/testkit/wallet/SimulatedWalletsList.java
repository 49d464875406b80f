package io.tcgateway.testkit.wallet;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A {@code wallets-v2.json} with one entry, {@code simwallet}, whose SSE bridge is the given one:
 * what a gateway under test reads from {@code gateway.wallets.source} so that its offers name a
 * bridge the {@link SimulatedWallet} answers through.
 */
public final class SimulatedWalletsList {
  /** The entry's {@code app_name}, as offers name it ({@code "wallet": "simwallet"}). */
  public static final String APP_NAME = "simwallet";

  private SimulatedWalletsList() {}

  /** The list's JSON with {@code bridgeUrl} as the entry's bridge. */
  public static String json(String bridgeUrl) {
    return """
        [{"app_name":"simwallet","name":"Simulated wallet","image":"https://simwallet.example/icon.png",\
        "about_url":"https://simwallet.example","universal_url":"https://simwallet.example/ton-connect",\
        "bridge":[{"type":"sse","url":"%s"}],"platforms":["linux"]}]
        """
        .formatted(bridgeUrl);
  }

  /** Writes {@link #json} to {@code file} (replaced if it exists) and returns it. */
  public static Path write(Path file, String bridgeUrl) {
    try {
      return Files.writeString(file, json(bridgeUrl), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
