/**
 * Shared test support: fixtures (keys, wallets, vectors), fakes (clock, wallet, bridge) and the
 * store contracts every store adapter must pass.
 */
package io.tcgateway.testkit;
