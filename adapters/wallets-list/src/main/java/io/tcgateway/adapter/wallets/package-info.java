/**
 * The wallets list behind the application's {@code WalletDirectory} (protocol.md §12): {@link
 * io.tcgateway.adapter.wallets.WalletsListParser} reads a {@code wallets-v2.json} document and
 * keeps the entries the SDK accepts ({@code isCorrectWalletConfigDTO}) that the gateway can use (an
 * {@code sse} bridge and a universal link); {@link io.tcgateway.adapter.wallets.WalletsListSource}
 * fetches one over HTTP or reads a file; {@link io.tcgateway.adapter.wallets.CachedWalletDirectory}
 * caches it, refreshes it in the background and keeps the last good copy, with the SDK's fallback
 * list ({@link io.tcgateway.adapter.wallets.BundledWalletsList}) when nothing good was ever loaded.
 * Plain Java, Jackson and SLF4J; the Micronaut wiring is in {@code .config}.
 */
package io.tcgateway.adapter.wallets;
