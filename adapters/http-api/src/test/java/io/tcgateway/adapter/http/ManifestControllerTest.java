package io.tcgateway.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.context.ApplicationContext;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * /tonconnect-manifest.json from gateway.app.*, and not served when gateway.manifest-url points
 * elsewhere.
 */
class ManifestControllerTest {

  static void withServer(Map<String, Object> properties, Consumer<Api> test) {
    Map<String, Object> all = new HashMap<>(properties);
    all.put("micronaut.server.port", -1);
    try (ApplicationContext context = ApplicationContext.run(all);
        EmbeddedServer server = context.getBean(EmbeddedServer.class).start()) {
      test.accept(new Api(server.getURL(), context.getBean(JsonMapper.class)));
    }
  }

  @Test
  void theDefaultsDescribeALocalGatewayWithItsOwnIcon() {
    withServer(
        Map.of(),
        api -> {
          Api.Reply reply = api.get("/tonconnect-manifest.json");
          assertThat(reply.status()).isEqualTo(200);
          assertThat(reply.contentType()).startsWith("application/json");
          assertThat(reply.header("Access-Control-Allow-Origin")).isEqualTo("*");
          assertThat(reply.object())
              .isEqualTo(
                  Map.of(
                      "url", "http://localhost:8080",
                      "name", "TON Connect Gateway",
                      "iconUrl", "http://localhost:8080/icon.png"));

          Api.Reply icon = api.get("/icon.png");
          assertThat(icon.status()).isEqualTo(200);
          assertThat(icon.contentType()).isEqualTo("image/png");
          assertThat(icon.bytes()).startsWith(0x89, 'P', 'N', 'G');
          assertThat(icon.header("Access-Control-Allow-Origin")).isEqualTo("*");
        });
  }

  @Test
  void everyKeyIsConfigurable() {
    withServer(
        Map.of(
            "gateway.app.url", "https://app.example.com/",
            "gateway.app.name", "Example",
            "gateway.app.icon-url", "https://cdn.example.com/icon-180.png",
            "gateway.app.terms-of-use-url", "https://app.example.com/terms",
            "gateway.app.privacy-policy-url", "https://app.example.com/privacy"),
        api ->
            assertThat(api.get("/tonconnect-manifest.json").object())
                .isEqualTo(
                    Map.of(
                        "url", "https://app.example.com",
                        "name", "Example",
                        "iconUrl", "https://cdn.example.com/icon-180.png",
                        "termsOfUseUrl", "https://app.example.com/terms",
                        "privacyPolicyUrl", "https://app.example.com/privacy")));
  }

  @Test
  void aManifestUrlElsewhereMeansThisOneIsNotServed() {
    withServer(
        Map.of("gateway.manifest-url", "https://cdn.example.com/tonconnect-manifest.json"),
        api -> api.get("/tonconnect-manifest.json").problem(404, "NOT_FOUND"));
  }

  @Test
  void aManifestUrlThatIsThisOneIsServed() {
    withServer(
        Map.of(
            "gateway.app.url", "https://app.example.com",
            "gateway.manifest-url", "https://app.example.com/tonconnect-manifest.json"),
        api -> assertThat(api.get("/tonconnect-manifest.json").status()).isEqualTo(200));
  }

  @Test
  void anAppUrlThatIsNotHttpStopsTheStart() {
    assertThatThrownBy(() -> withServer(Map.of("gateway.app.url", "ftp://example.com"), api -> {}))
        .hasStackTraceContaining("gateway.app.url must be an absolute http(s) URL");
    assertThatThrownBy(() -> withServer(Map.of("gateway.app.url", "example.com"), api -> {}))
        .hasStackTraceContaining("gateway.app.url must be an absolute http(s) URL");
  }
}
