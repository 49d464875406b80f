package io.tcgateway.adapter.bridge;

import java.util.Optional;
import java.util.OptionalLong;

/**
 * One server-sent event as the stream spelled it, before any interpretation: the fields of the
 * lines up to a blank line (WHATWG HTML §9.2.6). Unlike a browser's EventSource, frames without
 * {@code data} are kept, because the bridge's legacy heartbeat is exactly such a frame.
 *
 * @param event the {@code event} field, or {@code "message"} when absent
 * @param data the {@code data} lines joined with {@code \n}, empty if there were none
 * @param hasData whether at least one {@code data} line was present
 * @param id the {@code id} field of this frame, if it had one
 * @param retry the {@code retry} field in milliseconds, if it had a valid one
 */
public record SseFrame(
    String event, String data, boolean hasData, Optional<String> id, OptionalLong retry) {}
