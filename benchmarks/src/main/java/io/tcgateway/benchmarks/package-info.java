/** JMH benchmarks. Not part of the test run; results go to docs/benchmarks.md. */
package io.tcgateway.benchmarks;
