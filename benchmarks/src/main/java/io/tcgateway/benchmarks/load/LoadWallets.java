package io.tcgateway.benchmarks.load;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tcgateway.application.port.out.WalletMessageCodec;
import io.tcgateway.domain.bridge.BridgeUrl;
import io.tcgateway.domain.crypto.NaclBox;
import io.tcgateway.domain.crypto.Nonce;
import io.tcgateway.domain.crypto.SessionKeyPair;
import io.tcgateway.domain.crypto.SessionPublicKey;
import io.tcgateway.domain.protocol.AppRequest;
import io.tcgateway.domain.protocol.ConnectEvent;
import io.tcgateway.domain.protocol.ConnectRequest;
import io.tcgateway.domain.protocol.link.ConnectLinks;
import io.tcgateway.domain.protocol.link.ParsedConnectLink;
import io.tcgateway.domain.ton.cell.WalletContract;
import io.tcgateway.testkit.wallet.ConnectAnswer;
import io.tcgateway.testkit.wallet.SimulatedWallet;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.random.RandomGenerator;
import java.util.stream.Collectors;

/**
 * The wallet side of {@link GatewayLoadHarness}: many {@link SimulatedWallet}s answering the
 * gateway's connect links through the bridge, and — for the wallets that stay active — one shared
 * SSE stream per {@code idsPerStream} wallet client ids (as a wallet backend would listen), on
 * which the gateway's requests arrive and are turned into signed, sealed replies ready to post.
 *
 * <p>The wallets answer exactly as {@link io.tcgateway.testkit.wallet.WalletConnection} does
 * (connect with {@code ton_addr} and a signed {@code ton_proof}; a transfer signed as an external
 * message), but without one stream per wallet, which 100,000 wallets could not afford.
 */
final class LoadWallets {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Duration BRIDGE_TIMEOUT = Duration.ofSeconds(30);

  private final HttpClient http;
  private final BridgeUrl bridge;
  private final WalletMessageCodec codec;
  private final RandomGenerator random;

  LoadWallets(HttpClient http, BridgeUrl bridge, WalletMessageCodec codec, RandomGenerator random) {
    this.http = http;
    this.bridge = bridge;
    this.codec = codec;
    this.random = random;
  }

  /**
   * One wallet's session with the gateway's session for {@code user}.
   *
   * @param app the gateway session's client id (from the link)
   */
  record Connected(
      String user,
      SimulatedWallet wallet,
      SessionKeyPair session,
      SessionPublicKey app,
      NaclBox box,
      String appDomain) {}

  /** A wallet's reply to request {@code rpcId} of {@code user}'s session, sealed, ready to post. */
  record PreparedReply(String user, long rpcId, Connected from, String sealedBody) {}

  /**
   * A fresh wallet answers {@code link} for {@code user}: approves with proof and posts the
   * encrypted {@code connect} event to the gateway's client id through the bridge.
   *
   * @throws IOException if the bridge does not take the event
   */
  Connected answerConnect(String user, String link) throws IOException, InterruptedException {
    byte[] seed = new byte[32];
    random.nextBytes(seed);
    SimulatedWallet wallet =
        SimulatedWallet.builder(seed, WalletContract.V4R2).httpClient(http).build();
    ParsedConnectLink parsed = ConnectLinks.parse(link);
    ConnectRequest request = codec.decodeConnectRequest(parsed.requestJson());
    ConnectEvent event = wallet.answerConnect(request, ConnectAnswer.approve()).orElseThrow();
    SessionKeyPair session = SessionKeyPair.generate(random);
    SessionPublicKey app = SessionPublicKey.parse(parsed.clientId());
    NaclBox box = NaclBox.between(session, app);
    Connected connected =
        new Connected(
            user, wallet, session, app, box, SimulatedWallet.appDomain(request.manifestUrl()));
    post(connected, seal(connected, codec.encodeWalletEvent(event)), parsed.traceId());
    return connected;
  }

  /** Posts {@code sealedBody} from the wallet to the gateway session (ttl 300). */
  void post(Connected from, String sealedBody, Optional<String> traceId)
      throws IOException, InterruptedException {
    String query =
        "?client_id="
            + from.session().clientId()
            + "&to="
            + from.app().clientId()
            + "&ttl=300"
            + traceId.map(t -> "&trace_id=" + URLEncoder.encode(t, UTF_8)).orElse("");
    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(URI.create(bridge.messageEndpoint() + query))
                .timeout(BRIDGE_TIMEOUT)
                .header("Content-Type", "text/plain;charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(sealedBody))
                .build(),
            HttpResponse.BodyHandlers.ofString(UTF_8));
    if (response.statusCode() != 200) {
      throw new IOException("bridge refused: " + response.statusCode() + " " + response.body());
    }
  }

  private String seal(Connected from, String json) {
    return from.box().sealToBase64(json.getBytes(UTF_8), Nonce.random(random));
  }

  /**
   * Listens for the gateway's requests to {@code wallets}, {@code idsPerStream} client ids per
   * stream; every request that arrives is answered (approved) into {@code replies}. Returns once
   * every stream has its first bytes.
   */
  Listener listen(List<Connected> wallets, int idsPerStream, Consumer<PreparedReply> replies)
      throws IOException, InterruptedException {
    Map<String, Connected> byApp = new HashMap<>();
    for (Connected wallet : wallets) {
      byApp.put(wallet.app().clientId(), wallet);
    }
    List<List<Connected>> groups = new ArrayList<>();
    for (int i = 0; i < wallets.size(); i += idsPerStream) {
      groups.add(wallets.subList(i, Math.min(wallets.size(), i + idsPerStream)));
    }
    Listener listener = new Listener(byApp, replies, groups.size());
    for (List<Connected> group : groups) {
      String ids = group.stream().map(c -> c.session().clientId()).collect(Collectors.joining(","));
      Thread.ofVirtual().name("load-wallets-sse").start(() -> listener.stream(ids));
    }
    if (!listener.opened.await(60, TimeUnit.SECONDS)) {
      listener.close();
      throw new IOException("wallet streams did not open within 60 s");
    }
    return listener;
  }

  /** The wallets' SSE streams; counts what it could not use. */
  final class Listener implements AutoCloseable {
    private final Map<String, Connected> byApp;
    private final Consumer<PreparedReply> replies;
    private final CountDownLatch opened;
    private final AtomicLong unusable = new AtomicLong();
    private final AtomicLong reconnects = new AtomicLong();
    private final List<InputStream> bodies = new ArrayList<>();
    private volatile boolean closed;

    private Listener(Map<String, Connected> byApp, Consumer<PreparedReply> replies, int streams) {
      this.byApp = byApp;
      this.replies = replies;
      this.opened = new CountDownLatch(streams);
    }

    /** Messages that did not open, decode or come from a known session. */
    long unusable() {
      return unusable.get();
    }

    /** Streams reopened after the bridge closed them. */
    long reconnects() {
      return reconnects.get();
    }

    private void stream(String clientIds) {
      String lastEventId = null;
      boolean first = true;
      while (!closed) {
        String uri =
            bridge.eventsEndpoint()
                + "?client_id="
                + clientIds
                + (lastEventId == null ? "" : "&last_event_id=" + lastEventId);
        try {
          HttpResponse<InputStream> response =
              http.send(
                  HttpRequest.newBuilder(URI.create(uri))
                      .header("Accept", "text/event-stream")
                      .GET()
                      .build(),
                  HttpResponse.BodyHandlers.ofInputStream());
          synchronized (bodies) {
            bodies.add(response.body());
          }
          try (BufferedReader lines =
              new BufferedReader(new InputStreamReader(response.body(), UTF_8))) {
            String id = null;
            StringBuilder data = new StringBuilder();
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
              if (first) {
                opened.countDown();
                first = false;
              }
              if (line.isEmpty()) {
                if (!data.isEmpty()) {
                  deliver(data.toString());
                  if (id != null) {
                    lastEventId = id;
                  }
                }
                id = null;
                data.setLength(0);
              } else if (line.startsWith("id:")) {
                id = line.substring(3).strip();
              } else if (line.startsWith("data:")) {
                if (!data.isEmpty()) {
                  data.append('\n');
                }
                data.append(line.substring(5).stripLeading());
              }
            }
          }
        } catch (IOException e) {
          if (closed) {
            return;
          }
        } catch (InterruptedException e) {
          return;
        }
        if (!closed) {
          reconnects.incrementAndGet();
        }
      }
    }

    private void deliver(String data) {
      if (data.equals("heartbeat")) {
        return;
      }
      try {
        JsonNode envelope = JSON.readTree(data);
        Connected wallet = byApp.get(envelope.path("from").asText(""));
        if (wallet == null) {
          unusable.incrementAndGet();
          return;
        }
        String json = new String(wallet.box().openBase64(envelope.path("message").asText()), UTF_8);
        AppRequest request = codec.decodeAppRequest(json);
        String answer =
            codec.encodeWalletResponse(wallet.wallet().answer(request, wallet.appDomain()));
        replies.accept(
            new PreparedReply(wallet.user(), request.id().value(), wallet, seal(wallet, answer)));
      } catch (IOException | RuntimeException e) {
        unusable.incrementAndGet();
      }
    }

    @Override
    public void close() {
      closed = true;
      synchronized (bodies) {
        for (InputStream body : bodies) {
          try {
            body.close();
          } catch (IOException ignored) {
            // closing anyway
          }
        }
      }
    }
  }
}
