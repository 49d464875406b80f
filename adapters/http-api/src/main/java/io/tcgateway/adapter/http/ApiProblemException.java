package io.tcgateway.adapter.http;

import java.util.Objects;

/**
 * A request the adapter refuses before or after calling a use case, with the problem to answer: its
 * code, the offending field (a JSON path such as {@code messages[0].amount}, a parameter or a
 * header name) and a detail that names it. {@link ApiExceptionHandler} turns it into the response.
 */
final class ApiProblemException extends RuntimeException {
  private final ProblemCode code;
  private final String field;

  ApiProblemException(ProblemCode code, String field, String detail) {
    super(Objects.requireNonNull(detail, "detail"), null, false, false);
    this.code = Objects.requireNonNull(code, "code");
    this.field = field;
  }

  /** {@code field} has a value that is not allowed (or the wrong JSON type). */
  static ApiProblemException invalidField(String field, String reason) {
    return new ApiProblemException(ProblemCode.INVALID_FIELD, field, field + ": " + reason);
  }

  /** {@code field} is required and absent (or {@code null}). */
  static ApiProblemException missingField(String field) {
    return invalidField(field, "required field is missing");
  }

  /** {@code field} has the wrong JSON type. */
  static ApiProblemException wrongType(String field, String expected, String actual) {
    return invalidField(field, "expected " + expected + ", got " + actual);
  }

  /** The body is not JSON. */
  static ApiProblemException malformedJson(String detail) {
    return new ApiProblemException(ProblemCode.MALFORMED_JSON, null, detail);
  }

  /** The body exceeds the limit. */
  static ApiProblemException bodyTooLarge(long limit) {
    return new ApiProblemException(
        ProblemCode.BODY_TOO_LARGE, null, "the request body is larger than " + limit + " bytes");
  }

  /** Nothing there. */
  static ApiProblemException notFound(String detail) {
    return new ApiProblemException(ProblemCode.NOT_FOUND, null, detail);
  }

  ProblemCode code() {
    return code;
  }

  /** The offending field, or null. */
  String field() {
    return field;
  }
}
