/**
 * The application's exceptions: {@link io.tcgateway.application.error.GatewayException} carries a
 * stable {@link io.tcgateway.application.error.ErrorCode} that driving adapters map once to their
 * channel (HTTP problem, Telegram message). Messages never contain key material or ciphertext.
 */
package io.tcgateway.application.error;
