package io.tcgateway.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Raw HTTP against the test server (the JDK client: exact bodies, headers and content types), with
 * the answer's JSON read by Micronaut's mapper for assertions.
 */
final class Api {
  private final HttpClient client =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final URI base;
  private final JsonMapper json;
  private String key;

  Api(URL base, JsonMapper json) {
    this.base = URI.create(base.toString());
    this.json = json;
  }

  /** Sends {@code Authorization: Bearer key} from now on (null: none). */
  Api withKey(String key) {
    this.key = key;
    return this;
  }

  Reply get(String path) {
    return send(request(path).GET());
  }

  Reply get(String path, String header, String value) {
    return send(request(path).header(header, value).GET());
  }

  Reply delete(String path) {
    return send(request(path).DELETE());
  }

  Reply post(String path, String jsonBody) {
    return post(path, "application/json", jsonBody);
  }

  Reply post(String path, String contentType, String body) {
    HttpRequest.Builder builder =
        request(path).POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    if (contentType != null) {
      builder.header("Content-Type", contentType);
    }
    return send(builder);
  }

  /** A POST whose body has no declared length (chunked). */
  Reply postChunked(String path, byte[] body) {
    HttpRequest.Builder builder =
        request(path)
            .header("Content-Type", "application/json")
            .POST(
                HttpRequest.BodyPublishers.ofInputStream(
                    () -> new java.io.ByteArrayInputStream(body)));
    return send(builder);
  }

  Reply method(String method, String path) {
    return send(request(path).method(method, HttpRequest.BodyPublishers.noBody()));
  }

  HttpRequest.Builder request(String path) {
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(URI.create(base.toString().replaceFirst("/$", "") + path))
            .timeout(Duration.ofSeconds(10));
    if (key != null) {
      builder.header("Authorization", "Bearer " + key);
    }
    return builder;
  }

  HttpClient client() {
    return client;
  }

  private Reply send(HttpRequest.Builder builder) {
    try {
      HttpResponse<byte[]> response =
          client.send(builder.build(), HttpResponse.BodyHandlers.ofByteArray());
      return new Reply(response, json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted", e);
    }
  }

  /** One answer. */
  record Reply(HttpResponse<byte[]> response, JsonMapper json) {
    int status() {
      return response.statusCode();
    }

    String body() {
      return new String(response.body(), StandardCharsets.UTF_8);
    }

    byte[] bytes() {
      return response.body();
    }

    String header(String name) {
      return response.headers().firstValue(name).orElse(null);
    }

    String contentType() {
      return header("Content-Type");
    }

    Map<String, Object> object() {
      try {
        return json.readValue(body(), Argument.mapOf(String.class, Object.class));
      } catch (IOException e) {
        throw new AssertionError("not a JSON object: " + body(), e);
      }
    }

    List<Object> array() {
      try {
        return json.readValue(body(), Argument.listOf(Object.class));
      } catch (IOException e) {
        throw new AssertionError("not a JSON array: " + body(), e);
      }
    }

    /** Asserts a problem+json answer with {@code status} and {@code code}; returns it. */
    Map<String, Object> problem(int status, String code) {
      assertThat(status()).as(body()).isEqualTo(status);
      assertThat(contentType()).as(body()).startsWith("application/problem+json");
      Map<String, Object> problem = object();
      assertThat(problem)
          .as(body())
          .containsEntry("status", status)
          .containsEntry("code", code)
          .containsKeys("type", "title", "detail");
      return problem;
    }

    /** Asserts a problem+json answer naming {@code field}. */
    Map<String, Object> problem(int status, String code, String field) {
      Map<String, Object> problem = problem(status, code);
      assertThat(problem).as(body()).containsEntry("field", field);
      return problem;
    }
  }
}
