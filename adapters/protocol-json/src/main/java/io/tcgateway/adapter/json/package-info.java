/**
 * The TON Connect wire JSON (Jackson): turns the domain's protocol records into exactly the compact
 * JSON the official SDK emits, and parses wallet JSON leniently where real wallets differ. Also
 * reads the verification documents operators hand to the CLI ({@link
 * io.tcgateway.adapter.json.JsonVerificationDocuments}) with the same lenient field readers.
 */
package io.tcgateway.adapter.json;
