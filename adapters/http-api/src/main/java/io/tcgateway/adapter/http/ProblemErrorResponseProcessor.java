package io.tcgateway.adapter.http;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.convert.exceptions.ConversionErrorException;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import io.micronaut.web.router.exceptions.UnsatisfiedBodyRouteException;
import io.micronaut.web.router.exceptions.UnsatisfiedRouteException;
import io.tcgateway.adapter.http.dto.ProblemResponse;
import jakarta.inject.Singleton;

/**
 * The framework's own error responses (unknown route, wrong method or media type, missing body,
 * unconvertible parameters, its request size limit, unhandled failures) as problems, so that every
 * error of the server has one shape. Replaces Micronaut's default processor for the whole server.
 */
@Singleton
@Replaces(ErrorResponseProcessor.class)
final class ProblemErrorResponseProcessor implements ErrorResponseProcessor<ProblemResponse> {

  @Override
  public MutableHttpResponse<ProblemResponse> processResponse(
      ErrorContext errorContext, MutableHttpResponse<?> baseResponse) {
    ProblemResponse body = problem(errorContext, baseResponse.status());
    return baseResponse.body(body).contentType(MediaType.of(Problems.MEDIA_TYPE));
  }

  private static ProblemResponse problem(ErrorContext context, HttpStatus status) {
    Throwable cause = context.getRootCause().orElse(null);
    if (cause instanceof UnsatisfiedBodyRouteException) {
      return Problems.body(
          ProblemCode.MALFORMED_JSON, null, "the request body is missing: expected a JSON object");
    }
    if (cause instanceof UnsatisfiedRouteException unsatisfied) {
      String name = unsatisfied.getArgument().getName();
      return Problems.body(ProblemCode.INVALID_FIELD, name, name + ": required value is missing");
    }
    if (cause instanceof ConversionErrorException conversion) {
      String name = conversion.getArgument().getName();
      return Problems.body(
          ProblemCode.INVALID_FIELD, name, name + ": value cannot be converted to the type needed");
    }
    ProblemCode code =
        switch (status) {
          case NOT_FOUND -> ProblemCode.NOT_FOUND;
          case METHOD_NOT_ALLOWED -> ProblemCode.METHOD_NOT_ALLOWED;
          case NOT_ACCEPTABLE -> ProblemCode.NOT_ACCEPTABLE;
          case UNSUPPORTED_MEDIA_TYPE -> ProblemCode.UNSUPPORTED_MEDIA_TYPE;
          case REQUEST_ENTITY_TOO_LARGE -> ProblemCode.BODY_TOO_LARGE;
          case UNAUTHORIZED -> ProblemCode.UNAUTHORIZED;
          default -> status.getCode() >= 500 ? ProblemCode.INTERNAL_ERROR : ProblemCode.BAD_REQUEST;
        };
    String detail =
        code == ProblemCode.INTERNAL_ERROR
            ? "the gateway failed to handle the request"
            : context.getErrors().stream()
                .findFirst()
                .map(io.micronaut.http.server.exceptions.response.Error::getMessage)
                .orElse(status.getReason());
    return Problems.body(code, null, detail);
  }
}
