package io.tcgateway.adapter.bridgeserver;

import io.tcgateway.domain.crypto.CryptoException;
import io.tcgateway.domain.crypto.SessionPublicKey;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads and checks the query parameters of the two endpoints (protocol.md §2.1, §2.3). A rejection
 * is a value carrying the message for the 400 body, which names the parameter.
 */
final class BridgeParams {
  /** Longest {@code trace_id} passed on (a UUID is 36). */
  static final int MAX_TRACE_ID_LENGTH = 128;

  private BridgeParams() {}

  /** What {@code GET /events} asked for. */
  record Subscribe(
      Set<SessionPublicKey> clientIds,
      OptionalLong lastEventId,
      HeartbeatForm heartbeat,
      boolean queueDoneEvent) {
    Subscribe {
      clientIds = Set.copyOf(clientIds);
      Objects.requireNonNull(lastEventId, "lastEventId");
      Objects.requireNonNull(heartbeat, "heartbeat");
    }
  }

  /** What {@code POST /message} asked for (the body is checked separately). */
  record Send(SessionPublicKey from, SessionPublicKey to, Duration ttl, Optional<String> traceId) {
    Send {
      Objects.requireNonNull(from, "from");
      Objects.requireNonNull(to, "to");
      Objects.requireNonNull(ttl, "ttl");
      Objects.requireNonNull(traceId, "traceId");
    }
  }

  /** The outcome of reading the parameters. */
  sealed interface Parsed<T> {
    /** All parameters are usable. */
    record Valid<T>(T value) implements Parsed<T> {}

    /** A parameter is missing or unusable; the message names it. */
    record Invalid<T>(String message) implements Parsed<T> {}
  }

  /**
   * {@code client_id=<hex>[,<hex>...]} (every occurrence, duplicates merged), {@code
   * last_event_id}, {@code heartbeat=legacy|message}, {@code enable_queue_done_event=true} (as the
   * reference bridge: {@code data: queue_done} after the replay), and the {@code Last-Event-ID}
   * header, which wins over the query parameter unless it is {@code 0} (as in the reference
   * bridge).
   *
   * @param params all values of one query parameter, empty if absent
   * @param lastEventIdHeader the {@code Last-Event-ID} header, or null
   */
  static Parsed<Subscribe> subscribe(
      Function<String, List<String>> params, String lastEventIdHeader, int maxClientIds) {
    try {
      List<String> raw = params.apply("client_id");
      if (raw.isEmpty() || raw.stream().allMatch(String::isEmpty)) {
        throw new BadParam("param \"client_id\" not present");
      }
      Set<SessionPublicKey> ids = new LinkedHashSet<>();
      for (String value : raw) {
        for (String id : value.split(",", -1)) {
          ids.add(clientId("client_id", id));
          if (ids.size() > maxClientIds) {
            throw new BadParam(
                "param \"client_id\" lists more than " + maxClientIds + " client ids");
          }
        }
      }
      OptionalLong cursor = eventId("param \"last_event_id\"", first(params, "last_event_id"));
      OptionalLong header = eventId("header \"Last-Event-ID\"", lastEventIdHeader);
      if (header.isPresent() && header.getAsLong() != 0) {
        cursor = header;
      }
      boolean queueDone = "true".equals(first(params, "enable_queue_done_event"));
      return new Parsed.Valid<>(new Subscribe(ids, cursor, heartbeat(params), queueDone));
    } catch (BadParam e) {
      return new Parsed.Invalid<>(e.getMessage());
    }
  }

  /**
   * {@code client_id}, {@code to}, {@code ttl} (whole seconds, 1 to {@code maxTtl}), optional
   * {@code trace_id} (printable ASCII, passed on to the recipient) and {@code topic} (accepted and
   * not used).
   */
  static Parsed<Send> send(Function<String, List<String>> params, Duration maxTtl) {
    try {
      SessionPublicKey from = clientId("client_id", required(params, "client_id"));
      SessionPublicKey to = clientId("to", required(params, "to"));
      Duration ttl = ttl(required(params, "ttl"), maxTtl.toSeconds());
      return new Parsed.Valid<>(new Send(from, to, ttl, traceId(first(params, "trace_id"))));
    } catch (BadParam e) {
      return new Parsed.Invalid<>(e.getMessage());
    }
  }

  private static String first(Function<String, List<String>> params, String name) {
    List<String> values = params.apply(name);
    return values.isEmpty() ? null : values.getFirst();
  }

  private static String required(Function<String, List<String>> params, String name) {
    String value = first(params, name);
    if (value == null || value.isEmpty()) {
      throw new BadParam("param \"" + name + "\" not present");
    }
    return value;
  }

  private static SessionPublicKey clientId(String name, String value) {
    try {
      return SessionPublicKey.parse(value);
    } catch (CryptoException.InvalidClientId e) {
      throw new BadParam("param \"" + name + "\" is invalid: " + e.getMessage());
    }
  }

  private static OptionalLong eventId(String what, String value) {
    if (value == null || value.isEmpty()) {
      return OptionalLong.empty();
    }
    if (!value.matches("-?[0-9]{1,19}")) {
      throw new BadParam(what + " is invalid: expected a decimal int64");
    }
    try {
      return OptionalLong.of(Long.parseLong(value));
    } catch (NumberFormatException e) {
      throw new BadParam(what + " is invalid: expected a decimal int64");
    }
  }

  private static HeartbeatForm heartbeat(Function<String, List<String>> params) {
    String value = first(params, "heartbeat");
    if (value == null || value.isEmpty() || value.equals("legacy")) {
      return HeartbeatForm.LEGACY;
    }
    if (value.equals("message")) {
      return HeartbeatForm.MESSAGE;
    }
    throw new BadParam("param \"heartbeat\" is invalid: expected legacy or message");
  }

  private static Duration ttl(String value, long maxSeconds) {
    if (!value.matches("-?[0-9]+")) {
      throw new BadParam("param \"ttl\" is invalid: expected whole seconds");
    }
    if (value.startsWith("-") || value.matches("0+")) {
      throw new BadParam("param \"ttl\" must be positive");
    }
    String digits = value.replaceFirst("^0+", "");
    if (digits.length() > 18 || Long.parseLong(digits) > maxSeconds) {
      throw new BadParam("param \"ttl\" too high: at most " + maxSeconds + " seconds");
    }
    return Duration.ofSeconds(Long.parseLong(digits));
  }

  private static Optional<String> traceId(String value) {
    if (value == null || value.isEmpty()) {
      return Optional.empty();
    }
    if (value.length() > MAX_TRACE_ID_LENGTH) {
      throw new BadParam(
          "param \"trace_id\" is invalid: longer than " + MAX_TRACE_ID_LENGTH + " characters");
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c <= ' ' || c >= 0x7f) {
        throw new BadParam("param \"trace_id\" is invalid: character at index " + i);
      }
    }
    return Optional.of(value);
  }

  /** A rejected parameter, turned into {@link Parsed.Invalid} at the entry points. */
  private static final class BadParam extends IllegalArgumentException {
    BadParam(String message) {
      super(message);
    }
  }
}
