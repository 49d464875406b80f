/**
 * Contract tests every implementation of a store port must pass (memory, PostgreSQL, Redis): an
 * adapter's test class extends the contract and supplies a fresh, empty store.
 */
package io.tcgateway.testkit.contract;
