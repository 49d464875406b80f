package io.tcgateway.adapter.wallets;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodySubscriber;
import java.net.http.HttpResponse.BodySubscribers;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A wallets list fetched with the JDK HTTP client: {@code GET}, a 2xx answer required, the whole
 * exchange (headers and body) bounded by the fetch timeout and the body by {@link
 * #MAX_DOCUMENT_BYTES}.
 */
final class HttpWalletsListSource implements WalletsListSource {
  private final URI uri;
  private final HttpClient client;
  private final Duration timeout;

  HttpWalletsListSource(URI uri, HttpClient client, Duration timeout) {
    this.uri = Objects.requireNonNull(uri, "uri");
    this.client = Objects.requireNonNull(client, "client");
    this.timeout = Objects.requireNonNull(timeout, "timeout");
  }

  @Override
  public String location() {
    return uri.toString();
  }

  @Override
  public String read() {
    HttpRequest request =
        HttpRequest.newBuilder(uri)
            .timeout(timeout)
            .header("Accept", "application/json")
            .GET()
            .build();
    CompletableFuture<HttpResponse<byte[]>> exchange =
        client.sendAsync(
            request,
            info ->
                info.statusCode() / 100 == 2
                    ? new LimitedBody(MAX_DOCUMENT_BYTES)
                    : BodySubscribers.replacing(new byte[0]));
    HttpResponse<byte[]> response;
    try {
      response = exchange.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
    } catch (TimeoutException e) {
      exchange.cancel(true);
      throw new WalletsListUnavailableException(location() + ": no answer within " + timeout, e);
    } catch (InterruptedException e) {
      exchange.cancel(true);
      Thread.currentThread().interrupt();
      throw new WalletsListUnavailableException(location() + ": interrupted", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof WalletsListUnavailableException unavailable) {
        throw unavailable;
      }
      if (cause instanceof java.net.http.HttpTimeoutException) {
        // the request's own timeout fired first: the same failure as the wait above
        throw new WalletsListUnavailableException(
            location() + ": no answer within " + timeout, cause);
      }
      throw new WalletsListUnavailableException(location() + ": " + cause, cause);
    }
    if (response.statusCode() / 100 != 2) {
      throw new WalletsListUnavailableException(
          location() + ": HTTP status " + response.statusCode());
    }
    return new String(response.body(), StandardCharsets.UTF_8);
  }

  /** Collects the body, failing as soon as it grows over {@code max} bytes. */
  private final class LimitedBody implements BodySubscriber<byte[]> {
    private final int max;
    private final CompletableFuture<byte[]> result = new CompletableFuture<>();
    private final ByteArrayOutputStream body = new ByteArrayOutputStream();
    private Flow.Subscription subscription;

    LimitedBody(int max) {
      this.max = max;
    }

    @Override
    public CompletionStage<byte[]> getBody() {
      return result;
    }

    @Override
    public void onSubscribe(Flow.Subscription subscription) {
      this.subscription = subscription;
      subscription.request(Long.MAX_VALUE);
    }

    @Override
    public void onNext(List<ByteBuffer> buffers) {
      if (result.isDone()) {
        return;
      }
      for (ByteBuffer buffer : buffers) {
        if (body.size() + buffer.remaining() > max) {
          subscription.cancel();
          result.completeExceptionally(
              new WalletsListUnavailableException(
                  location() + ": body larger than " + max + " bytes"));
          return;
        }
        byte[] chunk = new byte[buffer.remaining()];
        buffer.get(chunk);
        body.writeBytes(chunk);
      }
    }

    @Override
    public void onError(Throwable error) {
      result.completeExceptionally(error);
    }

    @Override
    public void onComplete() {
      result.complete(body.toByteArray());
    }
  }
}
