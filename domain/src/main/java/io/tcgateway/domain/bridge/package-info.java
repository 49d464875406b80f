/**
 * The HTTP bridge's own vocabulary (protocol.md §2, Bridge API): a bridge's base URL, the opaque
 * ids it gives to SSE events, and the envelope {@code {"from","message","trace_id"}} it delivers.
 * Both the gateway's bridge client and its built-in bridge server speak in these terms. Depends on
 * {@code domain.bytes} and {@code domain.crypto} (client ids) only; no I/O.
 */
package io.tcgateway.domain.bridge;
