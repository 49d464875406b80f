package io.tcgateway.adapter.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.lettuce.core.RedisURI;
import io.tcgateway.adapter.crypto.TinkSecretSealer;
import io.tcgateway.adapter.json.JacksonStorageCodec;
import io.tcgateway.application.error.StoreUnavailableException;
import io.tcgateway.application.port.out.WalletNotifier.Event;
import io.tcgateway.domain.bridge.BridgeEventId;
import io.tcgateway.domain.bytes.Bytes;
import io.tcgateway.domain.session.RequestRef;
import io.tcgateway.domain.session.RequestStatus;
import io.tcgateway.domain.session.SessionOwner;
import io.tcgateway.domain.session.WalletRequest;
import io.tcgateway.domain.session.WalletSession;
import io.tcgateway.testkit.MutableClock;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/**
 * Every store operation fails with {@link StoreUnavailableException} — not a Lettuce exception —
 * when Redis cannot be reached: nothing listens on the port, or something listens and never
 * answers. Needs no Redis.
 */
class RedisUnavailableTest {
  private final SplittableRandom random = new SplittableRandom(3);
  private final MutableClock clock = new MutableClock(Fixtures.T0);

  @Test
  void everyOperationFailsAsStoreUnavailableWhenTheConnectionIsRefused() throws IOException {
    int port;
    try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = probe.getLocalPort(); // closed again: nothing listens there
    }
    try (RedisConnector connector =
        RedisConnector.create(
            RedisURI.create("redis://127.0.0.1:" + port), Duration.ofMillis(500))) {
      assertEveryOperationIsUnavailable(connector);
    }
  }

  @Test
  void everyOperationFailsAsStoreUnavailableWhenRedisDoesNotAnswer() throws Exception {
    List<Socket> accepted = new ArrayList<>();
    try (ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
      Thread acceptor =
          Thread.ofVirtual()
              .start(
                  () -> {
                    try {
                      while (true) {
                        Socket socket = silent.accept();
                        synchronized (accepted) {
                          accepted.add(socket); // read nothing, answer nothing
                        }
                      }
                    } catch (IOException closed) {
                      // the test is over
                    }
                  });
      RedisURI uri = RedisURI.create("redis://127.0.0.1:" + silent.getLocalPort());
      uri.setTimeout(Duration.ofMillis(300));
      try (RedisConnector connector = RedisConnector.create(uri, Duration.ofMillis(300))) {
        assertEveryOperationIsUnavailable(connector);
      } finally {
        silent.close();
        acceptor.join();
        synchronized (accepted) {
          for (Socket socket : accepted) {
            socket.close();
          }
        }
      }
    }
  }

  private void assertEveryOperationIsUnavailable(RedisConnector connector) {
    RedisKeys keys = new RedisKeys("tcg-test:unreachable:");
    RedisStoreSettings settings = RedisStoreSettings.defaults();
    JacksonStorageCodec codec = new JacksonStorageCodec();
    TinkSecretSealer sealer = TinkSecretSealer.ephemeral();
    RedisSessionStore sessions =
        new RedisSessionStore(connector, keys, codec, sealer, settings, clock);
    RedisWalletRequestStore requests =
        new RedisWalletRequestStore(connector, keys, codec, settings, clock);
    RedisOwnerEventLog log = new RedisOwnerEventLog(connector, keys, codec, settings, clock);
    RedisProofPayloadStore payloads = new RedisProofPayloadStore(connector, keys, settings, clock);
    RedisBridgeCursorStore cursors = new RedisBridgeCursorStore(connector, keys);
    RedisSharedSecretStore secrets = new RedisSharedSecretStore(connector, keys, sealer);

    SessionOwner alice = SessionOwner.http("alice");
    WalletSession session =
        Fixtures.pending(random, alice, Fixtures.T0, Fixtures.T0.plusSeconds(300));
    WalletSession connected = session.connected(Fixtures.wallet(random), 1, Fixtures.T0);
    WalletRequest request =
        WalletRequest.pending(
            connected, Fixtures.transfer(0), Fixtures.T0, Fixtures.T0.plusSeconds(60));
    RequestRef ref = request.ref();

    Map<String, ThrowingCallable> operations = new LinkedHashMap<>();
    operations.put("save", () -> sessions.save(session));
    operations.put("findByOwner", () -> sessions.findByOwner(alice));
    operations.put("findById", () -> sessions.findById(session.id()));
    operations.put("findByClientId", () -> sessions.findByClientId(session.clientId()));
    operations.put(
        "findByWalletClientId",
        () -> sessions.findByWalletClientId(connected.wallet().orElseThrow().walletClientId()));
    operations.put("findExpiredPending", () -> sessions.findExpiredPending(Fixtures.T0, 10));
    operations.put("findListening", () -> sessions.findListening(java.util.Optional.empty(), 10));
    operations.put("delete", () -> sessions.delete(session.id()));
    operations.put("purgeEndedBefore", () -> sessions.purgeEndedBefore(Fixtures.T0));
    operations.put("insert", () -> requests.insert(request));
    operations.put(
        "replace", () -> requests.replace(request.finish(new RequestStatus.Expired(Fixtures.T0))));
    operations.put("find", () -> requests.find(ref));
    operations.put("findPending", () -> requests.findPending(session.id()));
    operations.put("findOverdue", () -> requests.findOverdue(Fixtures.T0, 10));
    operations.put("purgeFinishedBefore", () -> requests.purgeFinishedBefore(Fixtures.T0));
    operations.put(
        "append", () -> log.append(alice, new Event.ConnectionExpired(session.id()), Fixtures.T0));
    operations.put("readAfter", () -> log.readAfter(alice, 0, 10));
    operations.put("purgeBefore", () -> log.purgeBefore(Fixtures.T0));
    operations.put("consume", () -> payloads.consume("aa01", Fixtures.T0.plusSeconds(60)));
    operations.put("purgeExpired", () -> payloads.purgeExpired(Fixtures.T0));
    operations.put("cursor find", () -> cursors.find(Fixtures.BRIDGE, session.clientId()));
    operations.put(
        "advance",
        () -> cursors.advance(Fixtures.BRIDGE, List.of(session.clientId()), BridgeEventId.of(1)));
    operations.put("remove", () -> cursors.remove(Fixtures.BRIDGE, session.clientId()));
    operations.put(
        "getOrCreate", () -> secrets.getOrCreate("key", () -> Bytes.fromHex("55".repeat(32))));

    operations.forEach(
        (name, operation) ->
            assertThat(catchThrowable(operation))
                .as(name)
                .isInstanceOf(StoreUnavailableException.class)
                .hasMessageStartingWith("Redis: "));
  }
}
