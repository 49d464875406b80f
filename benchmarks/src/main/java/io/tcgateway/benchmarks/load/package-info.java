/**
 * Load harnesses: plain {@code main} programs that drive a component over loopback and print what
 * they measured (not JMH; not part of the test run). See docs/benchmarks.md.
 */
package io.tcgateway.benchmarks.load;
