package io.tcgateway.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;

/** The packaged jar carries the generated OpenAPI document and Swagger UI that are served. */
class OpenApiDocumentInJarIT {

  @Test
  void theJarHoldsTheDocumentAndTheViews() throws IOException {
    Path jar = Path.of(System.getProperty("http-api.jar"));
    assertThat(jar).exists();
    try (JarFile file = new JarFile(jar.toFile())) {
      assertThat(file.getEntry(OpenApiController.DOCUMENT)).isNotNull();
      assertThat(file.getEntry("META-INF/swagger/views/swagger-ui/index.html")).isNotNull();
      assertThat(file.getEntry("META-INF/swagger/views/swagger-ui/res/swagger-ui-bundle.js"))
          .isNotNull();
      assertThat(file.getEntry("io/tcgateway/adapter/http/icon.png")).isNotNull();
      try (InputStream in = file.getInputStream(file.getEntry(OpenApiController.DOCUMENT))) {
        String document = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        assertThat(document).contains("/v1/users/{userId}/transactions:");
        assertThat(Files.size(jar)).isPositive();
      }
    }
  }
}
