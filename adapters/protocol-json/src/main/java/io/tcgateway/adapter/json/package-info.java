/**
 * The TON Connect wire JSON (Jackson): turns the domain's protocol records into exactly the compact
 * JSON the official SDK emits, and parses wallet JSON leniently where real wallets differ.
 */
package io.tcgateway.adapter.json;
