package io.tcgateway.bootstrap.demo;

import io.tcgateway.domain.bridge.BridgeUrl;
import io.tcgateway.domain.bytes.Hex;
import io.tcgateway.domain.ton.Network;
import io.tcgateway.domain.ton.cell.WalletContract;
import io.tcgateway.testkit.wallet.AnsweredRequest;
import io.tcgateway.testkit.wallet.ConnectAnswer;
import io.tcgateway.testkit.wallet.SimulatedWallet;
import io.tcgateway.testkit.wallet.WalletConnection;
import io.tcgateway.testkit.wallet.WalletPolicy;
import java.io.PrintWriter;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code wallet}: the simulated wallet on its own, answering a connect link of any gateway (or any
 * dApp) through a bridge, then its requests as told, until the session ends or time is up.
 */
@Command(
    name = WalletCommand.NAME,
    sortOptions = false,
    mixinStandardHelpOptions = true,
    description = {
      "Answers a TON Connect link as a wallet would: a V4R2 or W5 wallet made from a seed,",
      "a signed ton_proof, signed transfers and signData, over the given bridge.",
      "Exit status: 0 when the session ran (or ended), 1 when the link could not be answered."
    })
public final class WalletCommand implements Callable<Integer> {
  /** The command name. */
  public static final String NAME = "wallet";

  /** How the wallet answers the connect request. */
  enum Connect {
    approve,
    approve_without_proof,
    decline,
    silent
  }

  /** How it answers requests. */
  enum Answer {
    approve,
    decline,
    silent
  }

  @Option(
      names = "--link",
      required = true,
      paramLabel = "<link>",
      description = "The connect link (universal, tc://, custom scheme or Telegram).")
  private String link;

  @Option(
      names = "--bridge",
      paramLabel = "<url>",
      defaultValue = "http://127.0.0.1:8080/bridge",
      description = "The wallet's bridge (default: ${DEFAULT-VALUE}, the gateway's built-in one).")
  private String bridge;

  @Option(
      names = "--contract",
      paramLabel = "v4r2|v5r1",
      defaultValue = "v4r2",
      description = "Wallet contract (default: ${DEFAULT-VALUE}).")
  private String contract;

  @Option(
      names = "--seed",
      paramLabel = "<64 hex>",
      description = "Ed25519 seed of the wallet's key (default: random).")
  private String seed;

  @Option(
      names = "--testnet",
      description = "The account is on testnet (-3) instead of mainnet (-239).")
  private boolean testnet;

  @Option(
      names = "--connect",
      paramLabel = "<answer>",
      defaultValue = "approve",
      description =
          "approve, approve_without_proof, decline or silent (default: ${DEFAULT-VALUE}).")
  private Connect connect;

  @Option(
      names = "--answer",
      paramLabel = "<answer>",
      defaultValue = "approve",
      description =
          "How to answer requests: approve, decline (300) or silent (default: ${DEFAULT-VALUE}).")
  private Answer answer;

  @Option(
      names = "--for",
      paramLabel = "<seconds>",
      defaultValue = "600",
      description = "Stop after this many seconds (default: ${DEFAULT-VALUE}).")
  private long seconds;

  private final PrintWriter out;

  public WalletCommand(PrintWriter out) {
    this.out = Objects.requireNonNull(out, "out");
  }

  @Override
  public Integer call() throws InterruptedException {
    byte[] key = seed == null ? randomSeed() : Hex.decodeExactly(seed, 32);
    WalletContract kind =
        WalletContract.byVersion(contract)
            .orElseThrow(() -> new IllegalArgumentException("unknown contract " + contract));
    SimulatedWallet wallet =
        SimulatedWallet.builder(key, kind)
            .network(testnet ? Network.TESTNET : Network.MAINNET)
            .bridge(BridgeUrl.parse(bridge))
            .build();
    out.printf(
        "wallet %s %s%n", wallet.contract().version(), wallet.userFriendlyAddress().format());
    out.flush();
    try (WalletConnection connection = wallet.connect(link, connectAnswer())) {
      if (connect == Connect.decline || connect == Connect.silent) {
        out.println("connect answered: " + connect);
        out.flush();
        return 0;
      }
      out.println(
          "connected to "
              + connection.appDomain()
              + " as client "
              + connection.clientId().clientId());
      out.flush();
      connection.answerAutomatically(policy());
      long deadline = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
      int reported = 0;
      while (!connection.isDisconnected() && System.nanoTime() < deadline) {
        List<AnsweredRequest> answered = connection.answered();
        for (; reported < answered.size(); reported++) {
          AnsweredRequest one = answered.get(reported);
          out.printf(
              "request %s %s: %s%n",
              one.request().id(), one.request().request().method().wireName(), one.reaction());
          out.flush();
        }
        Thread.sleep(200);
      }
      out.println(connection.isDisconnected() ? "the app disconnected" : "time is up");
      out.flush();
      return 0;
    }
  }

  private ConnectAnswer connectAnswer() {
    return switch (connect) {
      case approve -> ConnectAnswer.approve();
      case approve_without_proof -> ConnectAnswer.approveWithoutProof();
      case decline -> ConnectAnswer.decline();
      case silent -> ConnectAnswer.silent();
    };
  }

  private WalletPolicy policy() {
    return switch (answer) {
      case approve -> WalletPolicy.approveAll();
      case decline -> WalletPolicy.declineAll();
      case silent -> WalletPolicy.silent();
    };
  }

  private static byte[] randomSeed() {
    byte[] seed = new byte[32];
    new SecureRandom().nextBytes(seed);
    return seed;
  }
}
