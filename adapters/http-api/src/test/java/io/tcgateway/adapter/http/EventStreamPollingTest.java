package io.tcgateway.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.annotation.Property;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.tcgateway.application.port.out.WalletNotifier;
import io.tcgateway.application.port.out.WalletNotifier.Event;
import io.tcgateway.domain.session.SessionOwner;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Events another gateway process logged reach open streams through the poll; shutdown ends them.
 */
@MicronautTest
@Property(name = "gateway.api.events.poll-interval", value = "100ms")
class EventStreamPollingTest extends ApiTestBase {
  static final SessionOwner ALICE = SessionOwner.http("alice");

  @Test
  void eventsLoggedElsewhereArriveThroughThePoll() {
    try (SseClient stream = SseClient.open(api, "/v1/users/alice/events")) {
      gateway.appendSilently(ALICE, new Event.ConnectionExpired(Samples.sessionId(1)));

      SseClient.Frame frame = stream.nextEvent(Duration.ofSeconds(5));
      assertThat(frame).isNotNull();
      assertThat(frame.event()).isEqualTo("connection.expired");
      assertThat(stream.nextEvent(Duration.ofMillis(400)))
          .as("polled again, not sent again")
          .isNull();
    }
  }

  @Test
  void theNotifierBeanIsTheSseNotifier(WalletNotifier notifier) {
    assertThat(notifier).isInstanceOf(SseWalletNotifier.class);
  }

  @Test
  void stoppingTheServerEndsOpenStreamsCleanly() {
    try (ApplicationContext context =
            ApplicationContext.run(
                Map.of("micronaut.server.port", -1, "gateway.api.events.poll-interval", "1h"));
        EmbeddedServer server = context.getBean(EmbeddedServer.class).start()) {
      FakeGateway app = context.getBean(FakeGateway.class);
      Api local = new Api(server.getURL(), context.getBean(JsonMapper.class));
      app.append(ALICE, new Event.ConnectionExpired(Samples.sessionId(1)));
      SseClient one = SseClient.open(local, "/v1/users/alice/events");
      SseClient two = SseClient.open(local, "/v1/users/bob/events");
      assertThat(one.nextEvent(Duration.ofSeconds(5))).isNotNull();
      assertThat(context.getBean(OwnerEventStreams.class).openCount()).isEqualTo(2);

      server.stop();

      assertThat(one.awaitEnd(Duration.ofSeconds(5))).as("first stream ended").isTrue();
      assertThat(two.awaitEnd(Duration.ofSeconds(5))).as("second stream ended").isTrue();
      one.close();
      two.close();
    }
  }
}
