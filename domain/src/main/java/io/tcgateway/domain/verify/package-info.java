/**
 * Verification of what wallets sign: {@code ton_proof} at connect (protocol.md §7–8) and {@code
 * signData} results (§9). Results are values ({@link io.tcgateway.domain.verify.Verification}),
 * never exceptions: a bad proof is an expected outcome with a stable reason code. The clock is a
 * parameter ({@code Instant now}); whether a proof payload was issued by us and is unused is
 * decided by a strategy the application supplies ({@link
 * io.tcgateway.domain.verify.ProofPayloadCheck}).
 */
package io.tcgateway.domain.verify;
