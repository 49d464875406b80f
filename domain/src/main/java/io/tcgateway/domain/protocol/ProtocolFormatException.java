package io.tcgateway.domain.protocol;

import java.util.Objects;

/**
 * A TON Connect message, payload or link is malformed. Every subclass carries the path of the
 * offending field ({@code messages[1].amount}, {@code payload.device.features[0].name}, {@code $}
 * for the whole text) and the message always starts with it.
 *
 * <p>Domain records throw it with paths relative to themselves ({@code amount}); whoever builds a
 * record from nested input re-roots the path with {@link #under(String)} ({@code messages[1]} +
 * {@code amount}) or replaces it with {@link #at(String)}.
 */
public abstract sealed class ProtocolFormatException extends IllegalArgumentException
    permits ProtocolFormatException.MalformedJson,
        ProtocolFormatException.MissingField,
        ProtocolFormatException.WrongType,
        ProtocolFormatException.InvalidField,
        ProtocolFormatException.UnknownMethod {

  /** The path that stands for the whole input. */
  public static final String ROOT = "$";

  private final String field;

  private ProtocolFormatException(String field, Throwable cause) {
    super(null, cause);
    this.field = field == null || field.isEmpty() ? ROOT : field;
  }

  /** Path of the offending field; {@value #ROOT} for the input as a whole. */
  public String field() {
    return field;
  }

  /** What is wrong, without the field path. */
  public abstract String reason();

  @Override
  public String getMessage() {
    return field + ": " + reason();
  }

  /** The same failure with its path prefixed by {@code parent} ({@code parent.field}). */
  public ProtocolFormatException under(String parent) {
    Objects.requireNonNull(parent, "parent");
    if (parent.isEmpty() || parent.equals(ROOT)) {
      return this;
    }
    if (field.equals(ROOT)) {
      return at(parent);
    }
    return at(field.startsWith("[") ? parent + field : parent + "." + field);
  }

  /** The same failure reported at {@code path} instead of the current field. */
  public abstract ProtocolFormatException at(String path);

  /**
   * Reports a value that failed to parse (an address, an amount, a network ...) at {@code path}: a
   * {@code ProtocolFormatException} is moved there, any other {@code IllegalArgumentException}
   * becomes an {@link InvalidField} with the original as cause.
   */
  public static ProtocolFormatException valueAt(String path, IllegalArgumentException failure) {
    if (failure instanceof ProtocolFormatException protocol) {
      return protocol.at(path);
    }
    String detail = failure.getMessage() == null ? failure.toString() : failure.getMessage();
    return new InvalidField(path, detail, failure);
  }

  /**
   * Reports a record that failed to build from input found at {@code path}: a {@code
   * ProtocolFormatException} keeps its relative field under {@code path}, anything else becomes an
   * {@link InvalidField} at {@code path}.
   */
  public static ProtocolFormatException recordAt(String path, IllegalArgumentException failure) {
    if (failure instanceof ProtocolFormatException protocol) {
      return protocol.under(path);
    }
    return valueAt(path, failure);
  }

  /**
   * The text is not JSON at all (truncated, trailing garbage, not an object where one is needed).
   */
  public static final class MalformedJson extends ProtocolFormatException {
    private final String detail;

    public MalformedJson(String field, String detail, Throwable cause) {
      super(field, cause);
      this.detail = Objects.requireNonNull(detail, "detail");
    }

    @Override
    public String reason() {
      return "malformed JSON: " + detail;
    }

    @Override
    public MalformedJson at(String path) {
      return new MalformedJson(path, detail, getCause());
    }
  }

  /** A required field is absent (or JSON {@code null}). */
  public static final class MissingField extends ProtocolFormatException {
    public MissingField(String field) {
      super(field, null);
    }

    @Override
    public String reason() {
      return "required field is missing";
    }

    @Override
    public MissingField at(String path) {
      return new MissingField(path);
    }
  }

  /** A field has the wrong JSON type (a number where a string is required, ...). */
  public static final class WrongType extends ProtocolFormatException {
    private final String expected;
    private final String actual;

    public WrongType(String field, String expected, String actual) {
      super(field, null);
      this.expected = Objects.requireNonNull(expected, "expected");
      this.actual = Objects.requireNonNull(actual, "actual");
    }

    /** The JSON type the protocol requires. */
    public String expected() {
      return expected;
    }

    /** The JSON type that was found. */
    public String actual() {
      return actual;
    }

    @Override
    public String reason() {
      return "expected " + expected + ", got " + actual;
    }

    @Override
    public WrongType at(String path) {
      return new WrongType(path, expected, actual);
    }
  }

  /** A field has the right type but a value the protocol does not allow. */
  public static final class InvalidField extends ProtocolFormatException {
    private final String detail;

    public InvalidField(String field, String reason) {
      this(field, reason, null);
    }

    public InvalidField(String field, String reason, Throwable cause) {
      super(field, cause);
      this.detail = Objects.requireNonNull(reason, "reason");
    }

    @Override
    public String reason() {
      return detail;
    }

    @Override
    public InvalidField at(String path) {
      return new InvalidField(path, detail, getCause());
    }
  }

  /** The RPC {@code method} is not one of sendTransaction, signData, signMessage, disconnect. */
  public static final class UnknownMethod extends ProtocolFormatException {
    private final String method;

    public UnknownMethod(String field, String method) {
      super(field, null);
      this.method = Objects.requireNonNull(method, "method");
    }

    /** The method name that was received. */
    public String method() {
      return method;
    }

    @Override
    public String reason() {
      return "unknown RPC method '" + method + "'";
    }

    @Override
    public UnknownMethod at(String path) {
      return new UnknownMethod(path, method);
    }
  }
}
