/**
 * Immutable byte values and the strict text encodings the protocol uses: lowercase hex, standard
 * and URL-safe base64.
 */
package io.tcgateway.domain.bytes;
