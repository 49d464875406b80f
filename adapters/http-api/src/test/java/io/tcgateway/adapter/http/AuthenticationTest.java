package io.tcgateway.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.List;
import org.junit.jupiter.api.Test;

/** With gateway.api.keys set, /v1 needs one of them; the public paths do not. */
@MicronautTest
@Property(name = "gateway.api.keys[0]", value = "first-key-0123456789")
@Property(name = "gateway.api.keys[1]", value = "second-key-abcdefghij")
class AuthenticationTest extends ApiTestBase {

  @Test
  void withoutAKeyV1Is401() {
    Api.Reply reply = api.get("/v1/wallets");

    reply.problem(401, "UNAUTHORIZED", "Authorization");
    assertThat(reply.header("WWW-Authenticate")).isEqualTo("Bearer realm=\"tc-gateway\"");
    assertThat(gateway.commands).isEmpty();
  }

  @Test
  void aWrongKeyIs401() {
    for (String key :
        List.of("first-key-012345678", "first-key-0123456789x", "FIRST-KEY-0123456789", "x")) {
      api.withKey(key).get("/v1/wallets").problem(401, "UNAUTHORIZED");
    }
    api.withKey(null);
    assertThat(
            api.get("/v1/wallets", "Authorization", "Basic Zmlyc3Qta2V5LTAxMjM0NTY3ODk=").status())
        .isEqualTo(401);
    assertThat(api.get("/v1/wallets", "Authorization", "Bearer").status()).isEqualTo(401);
    assertThat(gateway.commands).isEmpty();
  }

  @Test
  void everyConfiguredKeyIsAccepted() {
    assertThat(api.withKey("first-key-0123456789").get("/v1/wallets").status()).isEqualTo(200);
    assertThat(api.withKey("second-key-abcdefghij").get("/v1/wallets").status()).isEqualTo(200);
    assertThat(
            api.withKey(null)
                .get("/v1/wallets", "Authorization", "bearer second-key-abcdefghij")
                .status())
        .isEqualTo(200);
  }

  @Test
  void everyV1RouteIsGuardedEvenUnknownOnesAndBeforeTheBodyIsRead() {
    api.post("/v1/users/alice/transactions", "{not json").problem(401, "UNAUTHORIZED");
    api.get("/v1/users/alice/events").problem(401, "UNAUTHORIZED");
    api.get("/v1/nope").problem(401, "UNAUTHORIZED");
    api.post("/v1/ton-proof/payload", null, "").problem(401, "UNAUTHORIZED");
    assertThat(gateway.commands).isEmpty();
  }

  @Test
  void pathTricksDoNotSkipTheCheck() {
    for (String path :
        List.of(
            "/x/../v1/wallets", "//v1/wallets", "/v1//wallets", "/V1/wallets", "/v1/./wallets")) {
      int status = api.get(path).status();
      assertThat(status).as(path).isIn(401, 404, 400);
    }
    assertThat(gateway.commands).isEmpty();
  }

  @Test
  void publicPathsNeedNoKey() {
    assertThat(api.get("/tonconnect-manifest.json").status()).isEqualTo(200);
    assertThat(api.get("/icon.png").status()).isEqualTo(200);
    assertThat(api.get("/openapi.yml").status()).isEqualTo(200);
    assertThat(api.get("/swagger-ui/index.html").status()).isEqualTo(200);
  }
}
