/**
 * In-ports: what driving adapters (bridge subscriber, HTTP API, Telegram) may ask of the
 * application. One {@code <Verb><Object>UseCase} interface per use case with one method taking a
 * {@code ...Command} (writes) or {@code ...Query} (reads) record.
 */
package io.tcgateway.application.port.in;
