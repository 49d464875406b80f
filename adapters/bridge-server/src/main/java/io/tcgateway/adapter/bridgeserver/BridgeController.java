package io.tcgateway.adapter.bridgeserver;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.ServerHttpRequest;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.server.util.HttpClientAddressResolver;
import io.tcgateway.adapter.bridgeserver.BridgeParams.Parsed;
import io.tcgateway.adapter.bridgeserver.relay.Relay;
import io.tcgateway.domain.bytes.Base64s;
import io.tcgateway.domain.bytes.EncodingException;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Function;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The bridge's HTTP face at {@code /bridge} (protocol.md §2): {@code GET /events} opens an SSE
 * stream, {@code POST /message} relays one message. Unlike the reference bridge, a bad {@code GET}
 * parameter is a plain 400 with a JSON body rather than a 200 followed by JSON (ADR 0005).
 */
@Controller("/bridge")
final class BridgeController {
  private final Relay relay;
  private final EventStreams streams;
  private final ClientLimits limits;
  private final BridgeServerProperties properties;
  private final HttpClientAddressResolver addresses;

  BridgeController(
      Relay relay,
      EventStreams streams,
      ClientLimits limits,
      BridgeServerProperties properties,
      HttpClientAddressResolver addresses) {
    this.relay = relay;
    this.streams = streams;
    this.limits = limits;
    this.properties = properties;
    this.addresses = addresses;
  }

  /**
   * {@code GET
   * /bridge/events?client_id=<hex>[,<hex>...][&last_event_id=N][&heartbeat=legacy|message]} (or the
   * {@code Last-Event-ID} header): an SSE stream of the messages for those client ids.
   */
  @Get(
      value = "/events",
      produces = {MediaType.TEXT_EVENT_STREAM, MediaType.APPLICATION_JSON, MediaType.ALL})
  HttpResponse<?> events(HttpRequest<?> request) {
    Parsed<BridgeParams.Subscribe> parsed =
        BridgeParams.subscribe(
            parameters(request),
            request.getHeaders().get("Last-Event-ID"),
            properties.maxClientIdsPerStream());
    return switch (parsed) {
      case Parsed.Invalid<BridgeParams.Subscribe> invalid ->
          error(HttpStatus.BAD_REQUEST, invalid.message());
      case Parsed.Valid<BridgeParams.Subscribe> valid -> openStream(request, valid.value());
    };
  }

  private HttpResponse<?> openStream(HttpRequest<?> request, BridgeParams.Subscribe subscribe) {
    ClientLimits.StreamPermit permit = limits.tryOpenStream(addresses.resolve(request));
    if (permit == null) {
      return error(HttpStatus.TOO_MANY_REQUESTS, limits.streamLimitMessage());
    }
    Optional<EventStream> stream = streams.open(subscribe, permit);
    if (stream.isEmpty()) {
      return error(HttpStatus.SERVICE_UNAVAILABLE, "the bridge is shutting down");
    }
    return HttpResponse.ok(stream.get().body())
        .contentType(MediaType.TEXT_EVENT_STREAM_TYPE)
        .header(HttpHeaders.CACHE_CONTROL, "private, no-cache, no-transform")
        .header("X-Accel-Buffering", "no");
  }

  /**
   * {@code POST /bridge/message?client_id=<hex>&to=<hex>&ttl=<s>[&topic=..][&trace_id=..]} with the
   * standard-base64 message as the body (any content type): {@code
   * {"message":"OK","statusCode":200}} once buffered and handed to the recipient's streams.
   */
  @Post(
      value = "/message",
      consumes = MediaType.ALL,
      produces = {MediaType.APPLICATION_JSON, MediaType.ALL})
  Publisher<HttpResponse<?>> message(HttpRequest<?> request) {
    if (!limits.tryPost(addresses.resolve(request))) {
      return Mono.just(error(HttpStatus.TOO_MANY_REQUESTS, limits.postLimitMessage()));
    }
    Parsed<BridgeParams.Send> parsed = BridgeParams.send(parameters(request), properties.maxTtl());
    return switch (parsed) {
      case Parsed.Invalid<BridgeParams.Send> invalid ->
          Mono.just(error(HttpStatus.BAD_REQUEST, invalid.message()));
      case Parsed.Valid<BridgeParams.Send> valid ->
          readBody(request).map(body -> deliver(valid.value(), body));
    };
  }

  private HttpResponse<?> deliver(BridgeParams.Send send, Body body) {
    return switch (body) {
      case Body.TooLarge tooLarge ->
          error(
              HttpStatus.REQUEST_ENTITY_TOO_LARGE,
              "body is larger than " + properties.maxBodySize() + " bytes");
      case Body.Read read -> {
        String text = stripLineEnd(new String(read.bytes(), StandardCharsets.ISO_8859_1));
        if (text.isEmpty()) {
          yield error(HttpStatus.BAD_REQUEST, "body is empty: expected standard base64");
        }
        try {
          Base64s.decodeStandard(text);
        } catch (EncodingException.InvalidBase64 e) {
          yield error(HttpStatus.BAD_REQUEST, "body is not standard base64: " + e.getMessage());
        }
        relay.post(send.from(), send.to(), send.ttl(), text, send.traceId());
        yield HttpResponse.ok(BridgeWire.ok()).contentType(MediaType.APPLICATION_JSON_TYPE);
      }
    };
  }

  /** The body, read up to the limit: a declared or actual length above it is not read further. */
  private Mono<Body> readBody(HttpRequest<?> request) {
    int max = properties.maxBodySize();
    if (!(request instanceof ServerHttpRequest<?> server)) {
      byte[] bytes = request.getBody(byte[].class).orElse(new byte[0]);
      return Mono.just(bytes.length > max ? new Body.TooLarge() : new Body.Read(bytes));
    }
    OptionalLong declared = server.byteBody().expectedLength();
    if (declared.isPresent() && declared.getAsLong() > max) {
      return Mono.just(new Body.TooLarge());
    }
    ByteArrayOutputStream collected = new ByteArrayOutputStream();
    boolean[] tooLarge = {false};
    return Flux.from(server.byteBody().toByteArrayPublisher())
        .takeUntil(
            chunk -> {
              if (collected.size() + chunk.length > max) {
                tooLarge[0] = true;
                return true;
              }
              collected.write(chunk, 0, chunk.length);
              return false;
            })
        .then(
            Mono.fromSupplier(
                () -> tooLarge[0] ? new Body.TooLarge() : new Body.Read(collected.toByteArray())));
  }

  /** Drops one trailing line end, as {@code curl --data-binary @file} sends it. */
  private static String stripLineEnd(String text) {
    if (text.endsWith("\r\n")) {
      return text.substring(0, text.length() - 2);
    }
    if (text.endsWith("\n")) {
      return text.substring(0, text.length() - 1);
    }
    return text;
  }

  private static Function<String, List<String>> parameters(HttpRequest<?> request) {
    return name -> request.getParameters().getAll(name);
  }

  private static MutableHttpResponse<byte[]> error(HttpStatus status, String message) {
    return HttpResponse.<byte[]>status(status)
        .body(BridgeWire.jsonStatus(message, status.getCode()).getBytes(StandardCharsets.UTF_8))
        .contentType(MediaType.APPLICATION_JSON_TYPE);
  }

  /** A POST body as far as it was read. */
  private sealed interface Body {
    record Read(byte[] bytes) implements Body {}

    record TooLarge() implements Body {}
  }
}
