package io.tcgateway.bootstrap.crash;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** Reads a user's event stream from the start until it stays quiet: {@code [id, type, data]}. */
final class CrashEvents {
  private CrashEvents() {}

  static List<String[]> read(String origin, String user, Duration quiet) {
    List<String[]> events = new ArrayList<>();
    HttpClient http = HttpClient.newHttpClient();
    HttpResponse<InputStream> response;
    try {
      response =
          http.send(
              HttpRequest.newBuilder(URI.create(origin + "/v1/users/" + user + "/events"))
                  .header("Accept", "text/event-stream")
                  .build(),
              HttpResponse.BodyHandlers.ofInputStream());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return events;
    }
    CountDownLatch[] activity = {new CountDownLatch(1)};
    Thread reader =
        Thread.ofVirtual()
            .start(
                () -> {
                  try (BufferedReader lines =
                      new BufferedReader(
                          new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
                    String id = null;
                    String type = null;
                    StringBuilder data = new StringBuilder();
                    String line;
                    while ((line = lines.readLine()) != null) {
                      if (line.isEmpty()) {
                        if (type != null) {
                          synchronized (events) {
                            events.add(new String[] {id, type, data.toString()});
                          }
                          activity[0].countDown();
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
                  } catch (IOException ignored) {
                    // closed below
                  }
                });
    try {
      while (true) {
        CountDownLatch next = new CountDownLatch(1);
        activity[0] = next;
        if (!next.await(quiet.toMillis(), TimeUnit.MILLISECONDS)) {
          break;
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      try {
        response.body().close();
      } catch (IOException ignored) {
        // best effort
      }
      reader.interrupt();
    }
    synchronized (events) {
      return List.copyOf(events);
    }
  }
}
