package io.tcgateway.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

/** Without keys the API is open; the generated OpenAPI document and Swagger UI are served. */
@MicronautTest
class OpenApiTest extends ApiTestBase {

  @Test
  void withoutKeysTheApiIsOpen() {
    assertThat(api.get("/v1/wallets").status()).isEqualTo(200);
  }

  @Test
  void theGeneratedDocumentIsServed() {
    Api.Reply reply = api.get("/openapi.yml");

    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.contentType()).startsWith("application/yaml");
    assertThat(reply.body())
        .startsWith("openapi: 3.")
        .contains("title: TON Connect Gateway API")
        .contains("/v1/wallets:")
        .contains("/v1/ton-proof/payload:")
        .contains("/v1/ton-proof/verify:")
        .contains("/v1/sign-data/verify:")
        .contains("/v1/users/{userId}/connection:")
        .contains("/v1/users/{userId}/connection/qr.png:")
        .contains("/v1/users/{userId}/connection/qr.svg:")
        .contains("/v1/users/{userId}/transactions:")
        .contains("/v1/users/{userId}/sign-data:")
        .contains("/v1/users/{userId}/sign-message:")
        .contains("/v1/users/{userId}/requests/{requestId}:")
        .contains("/v1/users/{userId}/events:")
        .contains("/tonconnect-manifest.json:")
        .contains("application/problem+json")
        .contains("public_key:")
        .contains("state_init:")
        .contains("scheme: bearer")
        .doesNotContain("/swagger-ui")
        .doesNotContain("/openapi.yml:");
  }

  @Test
  void swaggerUiIsServedAndPointsAtTheDocument() {
    Api.Reply index = api.get("/swagger-ui/index.html");
    assertThat(index.status()).as(index.body()).isEqualTo(200);
    assertThat(index.contentType()).startsWith("text/html");
    assertThat(index.body()).contains("'/openapi.yml'");

    Api.Reply bundle = api.get("/swagger-ui/res/swagger-ui-bundle.js");
    assertThat(bundle.status()).isEqualTo(200);
    assertThat(bundle.contentType()).startsWith("text/javascript");

    Api.Reply root = api.get("/swagger-ui");
    assertThat(root.status()).isEqualTo(303);
    assertThat(root.header("Location")).isEqualTo("/swagger-ui/index.html");
  }

  @Test
  void onlySwaggerUiFilesAreServed() {
    api.get("/swagger-ui/../openapi.yml").status();
    api.get("/swagger-ui/res/nope.js").problem(404, "NOT_FOUND");
    api.get("/swagger-ui/%2e%2e/%2e%2e/META-INF/MANIFEST.MF").problem(404, "NOT_FOUND");
    api.get("/swagger-ui/index").problem(404, "NOT_FOUND");
  }
}
