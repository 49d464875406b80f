package io.tcgateway.adapter.wallets;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * An in-test HTTP server on loopback that serves {@code /wallets-v2.json} with whatever the test
 * sets: a status and a body, optionally held back until the test releases it.
 */
final class ListServer implements AutoCloseable {
  private final HttpServer server;
  private final ExecutorService threads = Executors.newCachedThreadPool();
  private final AtomicReference<Answer> answer = new AtomicReference<>(new Answer(404, "", null));
  private final AtomicInteger requests = new AtomicInteger();

  private record Answer(int status, String body, CountDownLatch hold) {}

  ListServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", this::handle);
    server.setExecutor(threads);
    server.start();
  }

  /** The list's URL. */
  String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/wallets-v2.json";
  }

  /** From now on, answer {@code status} with {@code body}. */
  ListServer answer(int status, String body) {
    answer.set(new Answer(status, body, null));
    return this;
  }

  /** From now on, answer 200 with {@code body} only once {@code hold} is released. */
  ListServer answerAfter(CountDownLatch hold, String body) {
    answer.set(new Answer(200, body, hold));
    return this;
  }

  /** Requests received so far. */
  int requests() {
    return requests.get();
  }

  private void handle(HttpExchange exchange) throws IOException {
    requests.incrementAndGet();
    Answer now = answer.get();
    try (exchange) {
      if (now.hold() != null && !now.hold().await(30, TimeUnit.SECONDS)) {
        return;
      }
      byte[] body = now.body().getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().set("Content-Type", "application/json");
      exchange.sendResponseHeaders(now.status(), body.length == 0 ? -1 : body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (IOException clientGone) {
      // the client timed out and closed the connection
    }
  }

  @Override
  public void close() {
    server.stop(0);
    threads.shutdownNow();
  }
}
