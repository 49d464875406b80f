package io.tcgateway.adapter.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lettuce.core.RedisURI;
import io.tcgateway.application.error.StoreUnavailableException;
import io.tcgateway.domain.session.SessionOwner;
import io.tcgateway.domain.session.WalletSession;
import io.tcgateway.testkit.Eventually;
import io.tcgateway.testkit.MutableClock;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A store whose Redis goes away after it connected fails with {@link StoreUnavailableException}
 * while it is away and works again once it is back (Lettuce reconnects), through a TCP relay the
 * test cuts and restores; the shared Redis itself is never touched.
 */
class RedisConnectionLossIT {
  @RegisterExtension static final RedisTestSupport redis = new RedisTestSupport();

  private final SplittableRandom random = new SplittableRandom(5);
  private final MutableClock clock = new MutableClock(Fixtures.T0);

  @Test
  void aLostConnectionIsStoreUnavailableUntilRedisIsBack() throws Exception {
    RedisURI target = redis.uri();
    try (Relay relay = new Relay(target.getHost(), target.getPort())) {
      RedisURI viaRelay = RedisURI.create(target.toURI());
      viaRelay.setPort(relay.port());
      try (RedisConnector connector = RedisConnector.create(viaRelay, Duration.ofSeconds(2))) {
        RedisKeys keys = redis.newKeys();
        RedisSessionStore store =
            new RedisSessionStore(
                connector,
                keys,
                redis.codec(),
                redis.sealer(),
                RedisStoreSettings.defaults(),
                clock);
        WalletSession session =
            Fixtures.pending(
                random, SessionOwner.http("alice"), Fixtures.T0, Fixtures.T0.plusSeconds(300));
        store.save(session);
        assertThat(store.findById(session.id())).isPresent();

        relay.cut();
        assertThatThrownBy(() -> store.findById(session.id()))
            .isInstanceOf(StoreUnavailableException.class);

        relay.restore();
        Eventually.await(
            "the store works again after Redis came back",
            Duration.ofSeconds(60),
            () -> {
              try {
                return store.findById(session.id()).isPresent();
              } catch (StoreUnavailableException stillDown) {
                return false;
              }
            });
      }
    }
  }

  /**
   * Forwards TCP connections from a local port to Redis. {@link #cut} closes every relayed
   * connection and refuses new ones (accepts and closes them) until {@link #restore}.
   */
  private static final class Relay implements AutoCloseable {
    private final ServerSocket server;
    private final List<Socket> sockets = new ArrayList<>();
    private volatile boolean cut;

    Relay(String host, int targetPort) throws IOException {
      server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
      Thread.ofVirtual()
          .start(
              () -> {
                try {
                  while (true) {
                    Socket client = server.accept();
                    if (cut) {
                      client.close();
                      continue;
                    }
                    Socket upstream = new Socket(host, targetPort);
                    synchronized (sockets) {
                      sockets.add(client);
                      sockets.add(upstream);
                    }
                    pump(client, upstream);
                    pump(upstream, client);
                  }
                } catch (IOException closed) {
                  // relay closed
                }
              });
    }

    int port() {
      return server.getLocalPort();
    }

    void cut() throws IOException {
      cut = true;
      synchronized (sockets) {
        for (Socket socket : sockets) {
          socket.close();
        }
        sockets.clear();
      }
    }

    void restore() {
      cut = false;
    }

    private static void pump(Socket from, Socket to) {
      Thread.ofVirtual()
          .start(
              () -> {
                try (InputStream in = from.getInputStream();
                    OutputStream out = to.getOutputStream()) {
                  in.transferTo(out);
                } catch (IOException broken) {
                  // one side closed
                } finally {
                  try {
                    from.close();
                    to.close();
                  } catch (IOException ignored) {
                    // already closed
                  }
                }
              });
    }

    @Override
    public void close() throws IOException {
      cut();
      server.close();
    }
  }
}
