package io.tcgateway.bootstrap.e2e;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** Reads the first events of a user's {@code /events} stream: {@code [id, type, data]} each. */
final class EventStreamReader {
  private EventStreamReader() {}

  static List<String[]> read(
      GatewayUnderTest gateway, String user, String lastEventId, int count, Duration timeout)
      throws Exception {
    HttpRequest.Builder request =
        gateway.request("v1/users/" + user + "/events").header("Accept", "text/event-stream");
    if (lastEventId != null) {
      request.header("Last-Event-ID", lastEventId);
    }
    HttpResponse<InputStream> response =
        gateway.http().send(request.GET().build(), HttpResponse.BodyHandlers.ofInputStream());
    if (response.statusCode() != 200) {
      throw new AssertionError("events answered " + response.statusCode());
    }
    List<String[]> events = new ArrayList<>();
    CompletableFuture<Void> reading =
        CompletableFuture.runAsync(
            () -> {
              try (BufferedReader lines =
                  new BufferedReader(
                      new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
                String id = null;
                String type = null;
                StringBuilder data = new StringBuilder();
                String line;
                while (events.size() < count && (line = lines.readLine()) != null) {
                  if (line.isEmpty()) {
                    if (type != null) {
                      synchronized (events) {
                        events.add(new String[] {id, type, data.toString()});
                      }
                    }
                    id = null;
                    type = null;
                    data.setLength(0);
                  } else if (line.startsWith("id:")) {
                    id = line.substring(3).trim();
                  } else if (line.startsWith("event:")) {
                    type = line.substring(6).trim();
                  } else if (line.startsWith("data:")) {
                    data.append(line.substring(5).trim());
                  }
                }
              } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
              }
            });
    try {
      reading.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } finally {
      response.body().close();
    }
    return events;
  }
}
