package io.tcgateway.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.tcgateway.application.error.ErrorCode;
import io.tcgateway.application.error.GatewayException;
import io.tcgateway.application.port.out.QrCodeTooLongException;
import io.tcgateway.domain.session.SessionOwner;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every application error code, unexpected failures and the framework's errors as problems. */
@MicronautTest
class ErrorMappingTest extends ApiTestBase {
  @Inject FakeQrCodeRenderer qr;

  /** A gateway failure with any code, as a use case would throw it. */
  static final class Failure extends GatewayException {
    Failure(ErrorCode code) {
      super(code, "failure " + code + " at db.internal:5432", null);
    }
  }

  static int status(ErrorCode code) {
    return switch (code) {
      case STORE_UNAVAILABLE, BRIDGE_UNAVAILABLE -> 503;
      case WALLET_ALREADY_CONNECTED, CONCURRENT_UPDATE, WALLET_NOT_CONNECTED -> 409;
      case UNKNOWN_WALLET, WALLET_FEATURE_MISSING, INVALID_REQUEST -> 422;
    };
  }

  @ParameterizedTest
  @EnumSource(ErrorCode.class)
  void everyErrorCodeHasItsStatusAndCode(ErrorCode code) {
    gateway.failNext(new Failure(code));

    Map<String, Object> problem =
        api.get("/v1/users/alice/connection").problem(status(code), code.name());

    assertThat(problem.get("type"))
        .isEqualTo("urn:tc-gateway:problem:" + code.name().toLowerCase().replace('_', '-'));
    if (status(code) == 503 || code == ErrorCode.CONCURRENT_UPDATE) {
      assertThat((String) problem.get("detail")).doesNotContain("db.internal");
    } else {
      assertThat(problem.get("detail")).isEqualTo("failure " + code + " at db.internal:5432");
    }
  }

  @Test
  void unavailableStoresSayWhenToRetry() {
    gateway.failNext(new Failure(ErrorCode.STORE_UNAVAILABLE));

    assertThat(api.get("/v1/users/alice/connection").header("Retry-After")).isEqualTo("5");
  }

  @Test
  void aStoreOutageWrappedByTheFrameworkIsStillA503() {
    // What bean creation throws while the store is down at start-up: its exception around ours.
    gateway.failNext(
        new IllegalStateException(
            "bean creation failed", new Failure(ErrorCode.STORE_UNAVAILABLE)));

    Map<String, Object> problem =
        api.get("/v1/users/alice/connection").problem(503, "STORE_UNAVAILABLE");

    assertThat((String) problem.get("detail")).doesNotContain("db.internal");
  }

  @Test
  void aWrappedFailureThatIsNoOutageIsStillA500() {
    gateway.failNext(
        new IllegalStateException("wrapped", new Failure(ErrorCode.WALLET_NOT_CONNECTED)));

    api.get("/v1/users/alice/connection").problem(500, "INTERNAL_ERROR");
  }

  @Test
  void anUnexpectedFailureIsA500ThatSaysNothing() {
    gateway.failNext(new IllegalStateException("secret key 0xdeadbeef leaked into a message"));

    Map<String, Object> problem =
        api.get("/v1/users/alice/connection").problem(500, "INTERNAL_ERROR");

    assertThat(problem.get("detail")).isEqualTo("the gateway failed to handle the request");
  }

  @Test
  void aQrCodeThatCannotBeDrawnIs422() {
    SessionOwner alice = SessionOwner.http("alice");
    gateway.sessions.put(alice, Samples.pending(alice, 1, "tc://x", Map.of()));
    qr.failNext = new QrCodeTooLongException(4000, null);

    api.get("/v1/users/alice/connection/qr.svg").problem(422, "INVALID_REQUEST");
  }

  @Test
  void unknownRoutesAreProblem404s() {
    for (String path : java.util.List.of("/v1/nope", "/v1/users/alice/nope", "/nope", "/v1")) {
      api.get(path).problem(404, "NOT_FOUND");
    }
  }

  @Test
  void aWrongMethodIsAProblem405() {
    api.delete("/v1/wallets").problem(405, "METHOD_NOT_ALLOWED");
    api.method("PUT", "/v1/users/alice/connection").problem(405, "METHOD_NOT_ALLOWED");
    api.get("/v1/users/alice/transactions").problem(405, "METHOD_NOT_ALLOWED");
  }
}
