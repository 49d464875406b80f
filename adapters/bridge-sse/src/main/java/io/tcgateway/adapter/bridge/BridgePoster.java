package io.tcgateway.adapter.bridge;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.tcgateway.application.port.out.BridgeTelemetry;
import io.tcgateway.application.port.out.WalletBridge.OutgoingMessage;
import io.tcgateway.application.port.out.WalletBridge.SendOutcome;
import io.tcgateway.domain.bytes.Base64s;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.random.RandomGenerator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends one message: {@code POST <bridge>/message?client_id=<from>&to=<to>&ttl=<s>&topic=<m>
 * [&trace_id=..]} with the standard base64 of the ciphertext as a {@code text/plain} body
 * (protocol.md §2.3). 429, 5xx and network failures are retried with backoff (at least the bridge's
 * {@code Retry-After}) until the message's deadline; other 4xx are final.
 */
final class BridgePoster {
  private static final Logger LOG = LoggerFactory.getLogger(BridgePoster.class);
  private static final JsonFactory JSON = new JsonFactory();

  private final BridgeClientSettings settings;
  private final HttpClient http;
  private final BridgeTelemetry telemetry;
  private final Clock clock;
  private final RandomGenerator random;

  BridgePoster(
      BridgeClientSettings settings,
      HttpClient http,
      BridgeTelemetry telemetry,
      Clock clock,
      RandomGenerator random) {
    this.settings = settings;
    this.http = http;
    this.telemetry = telemetry;
    this.clock = clock;
    this.random = random;
  }

  /** Blocks until the message is delivered, refused, or its deadline passed. */
  SendOutcome post(OutgoingMessage message, CircuitBreaker circuit) {
    Backoff backoff =
        new Backoff(settings.reconnectMinDelay(), settings.reconnectMaxDelay(), random);
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(uri(message))
            .header("Content-Type", "text/plain;charset=UTF-8")
            .POST(
                HttpRequest.BodyPublishers.ofString(
                    Base64s.encodeStandard(message.ciphertext().toByteArray())));
    settings
        .bearerToken(message.bridge())
        .ifPresent(token -> builder.header("Authorization", "Bearer " + token));
    int attempts = 0;
    String lastProblem = "deadline passed before the first attempt";
    while (true) {
      Duration left = Duration.between(clock.instant(), message.deadline());
      if (left.isNegative() || left.isZero()) {
        return new SendOutcome.GaveUp(attempts, lastProblem);
      }
      Duration circuitWait = circuit.waitBeforeAttempt();
      if (!circuitWait.isZero()) {
        lastProblem = "circuit open for bridge " + message.bridge();
        if (!pause(circuitWait, message.deadline())) {
          return new SendOutcome.GaveUp(attempts, lastProblem);
        }
        continue;
      }
      attempts++;
      Duration timeout = min(settings.connectTimeout(), left);
      Duration retryAfter = Duration.ZERO;
      try {
        HttpResponse<String> response =
            http.send(
                builder.timeout(timeout).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        int status = response.statusCode();
        telemetry.messagePosted(message.bridge(), status);
        if (status == 200) {
          circuit.recordSuccess();
          return new SendOutcome.Delivered(attempts);
        }
        String bridgeMessage = bridgeMessage(response.body());
        if (status != 429 && status < 500) {
          circuit.recordSuccess(); // the bridge is alive; it just refuses this message
          return new SendOutcome.Refused(status, bridgeMessage);
        }
        if (status >= 500) {
          circuit.recordFailure();
        }
        retryAfter = RetryAfter.parse(response.headers(), clock);
        lastProblem = "HTTP " + status + ": " + bridgeMessage;
      } catch (IOException e) {
        telemetry.messagePosted(message.bridge(), 0);
        circuit.recordFailure();
        lastProblem = "network: " + e.getClass().getSimpleName();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return new SendOutcome.GaveUp(attempts, "interrupted");
      }
      Duration delay = backoff.nextDelayAtLeast(retryAfter);
      LOG.debug("POST to {} failed ({}); retrying in {}", message.bridge(), lastProblem, delay);
      if (!pause(delay, message.deadline())) {
        return new SendOutcome.GaveUp(attempts, lastProblem);
      }
    }
  }

  static URI uri(OutgoingMessage message) {
    StringBuilder uri =
        new StringBuilder(message.bridge().messageEndpoint())
            .append("?client_id=")
            .append(message.from().clientId())
            .append("&to=")
            .append(message.to().clientId())
            .append("&ttl=")
            .append(message.ttl().toSeconds());
    message.topic().ifPresent(topic -> uri.append("&topic=").append(QueryText.encode(topic)));
    message
        .traceId()
        .ifPresent(traceId -> uri.append("&trace_id=").append(QueryText.encode(traceId)));
    return URI.create(uri.toString());
  }

  /** The {@code message} of a JSON error body, or the start of the body. */
  static String bridgeMessage(String body) {
    if (body == null || body.isBlank()) {
      return "(empty body)";
    }
    try (JsonParser parser = JSON.createParser(body)) {
      if (parser.nextToken() == JsonToken.START_OBJECT) {
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
          String name = parser.currentName();
          JsonToken value = parser.nextToken();
          if (name.equals("message") && value == JsonToken.VALUE_STRING) {
            return parser.getText();
          }
          parser.skipChildren();
        }
      }
    } catch (IOException notJson) {
      // fall through to the raw text
    }
    String text = body.strip();
    return text.length() > 200 ? text.substring(0, 200) + "…" : text;
  }

  /** Sleeps {@code delay} unless that passes the deadline; returns whether time is left after. */
  private boolean pause(Duration delay, Instant deadline) {
    Duration left = Duration.between(clock.instant(), deadline);
    if (delay.compareTo(left) >= 0) {
      return false;
    }
    try {
      Thread.sleep(delay);
      return true;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private static Duration min(Duration a, Duration b) {
    return a.compareTo(b) <= 0 ? a : b;
  }
}
