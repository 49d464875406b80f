/**
 * Micronaut wiring of the wallets list: {@code gateway.wallets.*} settings and the factory of the
 * {@code WalletDirectory} bean ({@link io.tcgateway.adapter.wallets.CachedWalletDirectory}), which
 * is always on and stops its refresh thread when the context closes.
 */
package io.tcgateway.adapter.wallets.config;
