package io.tcgateway.adapter.http;

import io.tcgateway.domain.protocol.ProtocolFormatException;
import io.tcgateway.domain.session.SessionFormatException;
import io.tcgateway.domain.session.SessionOwner;
import io.tcgateway.domain.ton.Address;
import io.tcgateway.domain.ton.Network;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.function.Supplier;

/**
 * What the mappers share: field paths ({@code messages[0].amount}), required values, and turning
 * the domain's parse failures ({@code ProtocolFormatException}, {@code AddressFormatException},
 * {@code BocFormatException}, {@code EncodingException}, {@code SessionFormatException}, ... — all
 * {@link IllegalArgumentException}s) into a 400 {@code INVALID_FIELD} at the field the value came
 * from.
 */
final class Fields {
  private Fields() {}

  /** {@code parent.name}, or {@code name} at the root. */
  static String child(String parent, String name) {
    return parent.isEmpty() ? name : parent + "." + name;
  }

  /** {@code parent[index]}. */
  static String index(String parent, int index) {
    return parent + "[" + index + "]";
  }

  /** {@code value}, or a 400 naming {@code path} when it is absent. */
  static <T> T required(T value, String path) {
    if (value == null) {
      throw ApiProblemException.missingField(path);
    }
    return value;
  }

  /**
   * Runs a domain parser or record constructor for the value at {@code path}; its format failure
   * becomes a 400 {@code INVALID_FIELD} at {@code path}.
   */
  static <T> T at(String path, Supplier<T> parse) {
    try {
      return parse.get();
    } catch (IllegalArgumentException e) {
      throw ApiProblemException.invalidField(path, reason(e));
    }
  }

  /** The failure's explanation, without the domain's own (relative) field prefix. */
  static String reason(IllegalArgumentException e) {
    if (e instanceof ProtocolFormatException protocol) {
      return protocol.reason();
    }
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    if (e instanceof SessionFormatException session && message.startsWith(session.field() + ": ")) {
      return message.substring(session.field().length() + 2);
    }
    return message;
  }

  /** The HTTP user {@code userId} (path variable), or a 400 naming {@code userId}. */
  static SessionOwner owner(String userId) {
    return at("userId", () -> SessionOwner.http(userId));
  }

  /** An optional network ({@code "-239"}) at {@code path}. */
  static Network network(String text, String path) {
    return at(path, () -> Network.parse(text));
  }

  /** ISO-8601 ({@code 2025-07-04T16:59:18Z}). */
  static String time(Instant instant) {
    return DateTimeFormatter.ISO_INSTANT.format(instant);
  }

  /** The user-friendly, non-bounceable form wallets and the SDK show (test-only on testnet). */
  static String friendly(Address address, Network network) {
    return address.toFriendly(false, Network.TESTNET.equals(network));
  }
}
