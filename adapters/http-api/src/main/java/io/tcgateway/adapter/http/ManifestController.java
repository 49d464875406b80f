package io.tcgateway.adapter.http;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Property;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.swagger.v3.oas.annotations.Hidden;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.tcgateway.adapter.http.dto.ManifestResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * {@code GET /tonconnect-manifest.json}, built from {@code gateway.app.*} — unless {@code
 * gateway.manifest-url} points elsewhere, in which case that manifest is the app's and this one is
 * not served (404). Also the default icon it names, {@code /icon.png}. Both are public and readable
 * from any origin (web wallets fetch them from their own). Created with the context, so that a
 * wrong {@code gateway.app.*} stops the start.
 */
@Context
@Controller
@Tag(name = "manifest")
final class ManifestController {
  private static final String ICON_RESOURCE = "io/tcgateway/adapter/http/icon.png";

  private final AppProperties app;
  private final boolean served;
  private final byte[] icon;

  ManifestController(
      AppProperties app, @Nullable @Property(name = "gateway.manifest-url") String manifestUrl) {
    this.app = app;
    this.served =
        manifestUrl == null
            || manifestUrl.isBlank()
            || stripSlash(manifestUrl).equals(app.servedManifestUrl());
    this.icon = readIcon();
  }

  @Get(value = AppProperties.MANIFEST_PATH, produces = MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "getManifest",
      summary = "The TON Connect manifest of the app (gateway.app.*)")
  @SecurityRequirements
  HttpResponse<ManifestResponse> manifest() {
    if (!served) {
      throw ApiProblemException.notFound(
          "the app's manifest is served elsewhere (gateway.manifest-url)");
    }
    ManifestResponse body =
        new ManifestResponse(
            app.url(),
            app.name(),
            app.effectiveIconUrl(),
            app.termsOfUseUrl(),
            app.privacyPolicyUrl());
    return HttpResponse.ok(body)
        .header(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "*")
        .header(HttpHeaders.CACHE_CONTROL, "public, max-age=300");
  }

  @Get(value = AppProperties.ICON_PATH, produces = "image/png")
  @Hidden
  HttpResponse<byte[]> icon() {
    return HttpResponse.ok(icon)
        .contentType(MediaType.IMAGE_PNG_TYPE)
        .header(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "*")
        .header(HttpHeaders.CACHE_CONTROL, "public, max-age=86400");
  }

  private static String stripSlash(String url) {
    return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }

  private static byte[] readIcon() {
    try (InputStream in =
        ManifestController.class.getClassLoader().getResourceAsStream(ICON_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(ICON_RESOURCE + " is missing from the jar");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
