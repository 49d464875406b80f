package io.tcgateway.adapter.http;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.tcgateway.adapter.http.dto.ProblemResponse;
import io.tcgateway.application.error.ErrorCode;
import io.tcgateway.application.error.GatewayException;
import io.tcgateway.application.error.InvalidRequestException;
import io.tcgateway.application.port.out.QrCodeTooLongException;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one mapping of exceptions to problems (conventions §3.6): the adapter's own refusals, every
 * application {@link io.tcgateway.application.error.ErrorCode}, and anything unexpected as a 500
 * whose detail says nothing about the cause (which is logged). The framework's own errors (unknown
 * route, wrong method, unreadable parameters) come out in the same shape through {@link
 * ProblemErrorResponseProcessor}.
 */
@Singleton
final class ApiExceptionHandler
    implements ExceptionHandler<RuntimeException, HttpResponse<ProblemResponse>> {
  private static final Logger LOG = LoggerFactory.getLogger(ApiExceptionHandler.class);

  @Override
  public HttpResponse<ProblemResponse> handle(HttpRequest request, RuntimeException exception) {
    return switch (exception) {
      case ApiProblemException problem -> Problems.response(problem);
      case GatewayException gateway -> gateway(request, gateway);
      case QrCodeTooLongException tooLong ->
          Problems.response(
              ProblemCode.INVALID_REQUEST,
              null,
              "the link is too long for a QR code (" + tooLong.textBytes() + " bytes)");
      default -> {
        GatewayException outage = outageBehind(exception);
        if (outage != null) {
          yield gateway(request, outage);
        }
        LOG.error("{} {} failed", request.getMethodName(), request.getPath(), exception);
        yield Problems.response(
            ProblemCode.INTERNAL_ERROR, null, "the gateway failed to handle the request");
      }
    };
  }

  private static MutableHttpResponse<ProblemResponse> gateway(
      HttpRequest<?> request, GatewayException exception) {
    return switch (exception.code()) {
      case WALLET_NOT_CONNECTED ->
          Problems.response(ProblemCode.WALLET_NOT_CONNECTED, null, exception.getMessage());
      case WALLET_ALREADY_CONNECTED ->
          Problems.response(ProblemCode.WALLET_ALREADY_CONNECTED, null, exception.getMessage());
      case WALLET_FEATURE_MISSING ->
          Problems.response(ProblemCode.WALLET_FEATURE_MISSING, null, exception.getMessage());
      case UNKNOWN_WALLET ->
          Problems.response(ProblemCode.UNKNOWN_WALLET, "wallet", exception.getMessage());
      case INVALID_REQUEST ->
          Problems.response(
              ProblemCode.INVALID_REQUEST,
              exception instanceof InvalidRequestException invalid ? invalid.field() : null,
              exception.getMessage());
      case CONCURRENT_UPDATE -> {
        LOG.info("{} {}: {}", request.getMethodName(), request.getPath(), exception.getMessage());
        yield Problems.response(
            ProblemCode.CONCURRENT_UPDATE,
            null,
            "the session changed while the request was handled; retry");
      }
      case BRIDGE_UNAVAILABLE -> unavailable(request, exception, ProblemCode.BRIDGE_UNAVAILABLE);
      case STORE_UNAVAILABLE -> unavailable(request, exception, ProblemCode.STORE_UNAVAILABLE);
    };
  }

  /**
   * A store or bridge outage wrapped by something else: while the store is down at start-up, the
   * beans that need it cannot be built yet, and the framework reports that as its own exception
   * around the adapter's. Such a call is as retryable as any other during the outage.
   */
  private static GatewayException outageBehind(Throwable exception) {
    Throwable cause = exception.getCause();
    for (int depth = 0; cause != null && depth < 20; depth++, cause = cause.getCause()) {
      if (cause instanceof GatewayException gateway
          && (gateway.code() == ErrorCode.STORE_UNAVAILABLE
              || gateway.code() == ErrorCode.BRIDGE_UNAVAILABLE)) {
        return gateway;
      }
    }
    return null;
  }

  // Infrastructure messages (hosts, driver errors) stay in the log.
  private static MutableHttpResponse<ProblemResponse> unavailable(
      HttpRequest<?> request, GatewayException exception, ProblemCode code) {
    LOG.warn("{} {}: {}", request.getMethodName(), request.getPath(), exception.getMessage());
    String what = code == ProblemCode.BRIDGE_UNAVAILABLE ? "wallet bridge" : "session store";
    return Problems.response(code, null, "the " + what + " cannot be reached; retry later")
        .header("Retry-After", "5");
  }
}
