/**
 * Turns one benchmark run (JMH's JSON result file, the libsodium program's output lines, the
 * machine's description) into the Markdown report pasted into docs/benchmarks.md: results against
 * the targets and Java / libsodium ratios. Run by benchmarks/run-benchmarks.sh through
 * {@link io.tcgateway.benchmarks.report.GenerateReport}.
 */
package io.tcgateway.benchmarks.report;
