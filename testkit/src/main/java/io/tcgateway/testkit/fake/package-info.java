/**
 * In-memory fakes of the application's ports for tests: a cursor store and a bridge event receiver
 * that records what it accepted and can be told to fail like an unavailable store.
 */
package io.tcgateway.testkit.fake;
