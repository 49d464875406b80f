/**
 * A simulated TON Connect wallet: the wallet side of the protocol over any HTTP bridge, for tests,
 * load harnesses and the CLI. {@link io.tcgateway.testkit.wallet.SimulatedWallet} holds a real V4R2
 * or W5 (v5r1) wallet made from an Ed25519 seed and signs exactly what real wallets sign ({@code
 * ton_proof}, {@code signData}, external transfer messages); {@link
 * io.tcgateway.testkit.wallet.WalletConnection} is one session with an app, answered by hand or by
 * a {@link io.tcgateway.testkit.wallet.WalletPolicy}.
 *
 * <p>Depends on the domain, the wire JSON codec ({@code adapter.json}) and the JDK HTTP client; no
 * test library, so it can run outside JUnit.
 */
package io.tcgateway.testkit.wallet;
