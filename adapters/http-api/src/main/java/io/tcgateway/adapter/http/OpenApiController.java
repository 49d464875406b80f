package io.tcgateway.adapter.http;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.swagger.v3.oas.annotations.Hidden;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Serves the OpenAPI document the annotation processor generated from this module ({@code
 * META-INF/swagger/openapi.yml}) at {@code /openapi.yml}, and the processor's Swagger UI ({@code
 * META-INF/swagger/views/swagger-ui/}) at {@code /swagger-ui/}. Public, like the manifest.
 */
@Controller
@Hidden
final class OpenApiController {
  static final String DOCUMENT = "META-INF/swagger/openapi.yml";
  private static final String VIEWS = "META-INF/swagger/views/swagger-ui/";
  private static final Pattern RESOURCE =
      Pattern.compile("[A-Za-z0-9_-][A-Za-z0-9_.-]*(/[A-Za-z0-9_-][A-Za-z0-9_.-]*)*");
  private static final Map<String, String> TYPES =
      Map.of(
          "html", "text/html;charset=utf-8",
          "css", "text/css;charset=utf-8",
          "js", "text/javascript;charset=utf-8",
          "png", "image/png",
          "json", "application/json",
          "md", "text/markdown;charset=utf-8");

  @Get(value = "/openapi.yml", produces = "application/yaml")
  HttpResponse<?> document() {
    return resource(DOCUMENT, "application/yaml;charset=utf-8");
  }

  @Get("/swagger-ui")
  HttpResponse<?> swaggerUiRoot() {
    return HttpResponse.seeOther(URI.create("/swagger-ui/index.html"));
  }

  @Get("/swagger-ui/{+path}")
  HttpResponse<?> swaggerUi(String path) {
    if (path.isEmpty()) {
      return swaggerUiRoot();
    }
    int dot = path.lastIndexOf('.');
    String type = dot < 0 ? null : TYPES.get(path.substring(dot + 1).toLowerCase(Locale.ROOT));
    // Segments never start with a dot, so no "..": only files under the views directory.
    if (type == null || !RESOURCE.matcher(path).matches()) {
      throw ApiProblemException.notFound("no such Swagger UI file");
    }
    return resource(VIEWS + path, type);
  }

  private static HttpResponse<?> resource(String name, String type) {
    try (InputStream in = OpenApiController.class.getClassLoader().getResourceAsStream(name)) {
      if (in == null) {
        throw ApiProblemException.notFound("not generated into this build: " + name);
      }
      return HttpResponse.ok(in.readAllBytes())
          .contentType(MediaType.of(type))
          .header(HttpHeaders.CACHE_CONTROL, "no-cache");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
