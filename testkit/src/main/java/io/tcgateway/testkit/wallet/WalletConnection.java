package io.tcgateway.testkit.wallet;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tcgateway.domain.bridge.BridgeEventId;
import io.tcgateway.domain.crypto.CryptoException;
import io.tcgateway.domain.crypto.NaclBox;
import io.tcgateway.domain.crypto.SessionKeyPair;
import io.tcgateway.domain.crypto.SessionPublicKey;
import io.tcgateway.domain.protocol.AppRequest;
import io.tcgateway.domain.protocol.ConnectEvent;
import io.tcgateway.domain.protocol.ConnectRequest;
import io.tcgateway.domain.protocol.DisconnectEvent;
import io.tcgateway.domain.protocol.ProtocolFormatException;
import io.tcgateway.domain.protocol.RequestId;
import io.tcgateway.domain.protocol.RpcMethod;
import io.tcgateway.domain.protocol.WalletError;
import io.tcgateway.domain.protocol.WalletErrorCode;
import io.tcgateway.domain.protocol.WalletEvent;
import io.tcgateway.domain.protocol.WalletResponse;
import io.tcgateway.domain.protocol.link.ParsedConnectLink;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One session of a {@link SimulatedWallet} with one app: the wallet's session key, the box with the
 * app's key, and (for an approved connection) a subscription to the bridge for the wallet's client
 * id, reconnecting with {@code last_event_id} when the stream drops.
 *
 * <p>Requests arrive decrypted and decoded; a request whose id is not greater than the last one is
 * dropped as wallets do (protocol.md §5), as are messages from another sender or that do not open.
 * A request that opens but does not decode is answered with error 1 (or 400 for an unknown method)
 * when its id can be read.
 *
 * <p>Use it by hand ({@link #nextRequest}, then {@link #approve}, {@link #decline} or {@link
 * #ignore}) or hand it a {@link WalletPolicy} ({@link #answerAutomatically}), which answers on a
 * virtual thread. {@link #close()} stops listening. Thread-safe.
 */
public final class WalletConnection implements AutoCloseable {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final SimulatedWallet wallet;
  private final BridgeClient bridge;
  private final SessionKeyPair session;
  private final SessionPublicKey app;
  private final NaclBox box;
  private final ConnectRequest request;
  private final String appDomain;
  private final Optional<String> traceId;
  private final BlockingQueue<IncomingRequest> inbox = new LinkedBlockingQueue<>();
  private final List<AnsweredRequest> answered = new CopyOnWriteArrayList<>();
  private final AtomicInteger dropped = new AtomicInteger();

  private volatile Optional<ConnectEvent> connectEvent = Optional.empty();
  private volatile BridgeClient.Subscription subscription;
  private volatile Thread autoAnswer;
  private volatile boolean disconnected;
  private volatile boolean closed;
  private RequestId lastRequestId;

  private WalletConnection(
      SimulatedWallet wallet, BridgeClient bridge, ParsedConnectLink link, ConnectRequest request) {
    this.wallet = wallet;
    this.bridge = bridge;
    this.session = wallet.newSessionKey();
    this.app = SessionPublicKey.parse(link.clientId());
    this.box = NaclBox.between(session, app);
    this.request = request;
    this.appDomain = SimulatedWallet.appDomain(request.manifestUrl());
    this.traceId = link.traceId();
  }

  static WalletConnection open(
      SimulatedWallet wallet,
      BridgeClient bridge,
      ParsedConnectLink link,
      ConnectRequest request,
      ConnectAnswer answer,
      Duration openTimeout) {
    WalletConnection connection = new WalletConnection(wallet, bridge, link, request);
    Optional<ConnectEvent> event = wallet.answerConnect(request, answer);
    if (event.isEmpty()) {
      return connection;
    }
    if (event.get() instanceof ConnectEvent.Success) {
      // Listen before answering, so that a request sent right after the connect event is seen.
      connection.subscription =
          bridge.subscribe(connection.session.publicKey(), connection::onDelivery);
      if (!connection.subscription.awaitOpen(openTimeout)) {
        connection.close();
        throw new SimulatedWalletException(
            "bridge " + bridge.bridge() + " did not open an event stream within " + openTimeout);
      }
    }
    connection.connectEvent = event;
    try {
      connection.sendEvent(event.get(), Optional.empty(), connection.traceId);
    } catch (SimulatedWalletException e) {
      connection.close();
      throw e;
    }
    return connection;
  }

  /** The wallet's client id in this session (its session public key). */
  public SessionPublicKey clientId() {
    return session.publicKey();
  }

  /** The app's client id, from the link. */
  public SessionPublicKey appClientId() {
    return app;
  }

  /** The app's connect request. */
  public ConnectRequest request() {
    return request;
  }

  /** The app domain (manifest {@code host[:port]}) proofs and signData are bound to. */
  public String appDomain() {
    return appDomain;
  }

  /** The connect event sent to the app; empty if the wallet stayed silent. */
  public Optional<ConnectEvent> connectEvent() {
    return connectEvent;
  }

  /** Whether the wallet listens for requests (approved, not disconnected, not closed). */
  public boolean isListening() {
    return subscription != null && !disconnected && !closed;
  }

  /** Whether the session ended: the wallet disconnected, or answered the app's disconnect. */
  public boolean isDisconnected() {
    return disconnected;
  }

  /** Messages dropped: other sender, did not open, replayed or stale request id. */
  public int droppedMessages() {
    return dropped.get();
  }

  /** SSE connections opened to the bridge so far (1 + reconnects; 0 if not listening). */
  public int bridgeConnections() {
    BridgeClient.Subscription current = subscription;
    return current == null ? 0 : current.connections();
  }

  /** Every request answered (or deliberately ignored) so far, in order. */
  public List<AnsweredRequest> answered() {
    return List.copyOf(answered);
  }

  /**
   * The next request, waiting up to {@code timeout}.
   *
   * @throws IllegalStateException in automatic mode (the policy takes the requests)
   */
  public Optional<IncomingRequest> nextRequest(Duration timeout) {
    if (autoAnswer != null) {
      throw new IllegalStateException("requests are answered automatically");
    }
    try {
      return Optional.ofNullable(inbox.poll(timeout.toNanos(), TimeUnit.NANOSECONDS));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    }
  }

  /**
   * Approves: signs and sends the result (or the error a real wallet would send, see {@link
   * SimulatedWallet#answer}). Approving the app's {@code disconnect} ends the session.
   */
  public WalletResponse approve(IncomingRequest incoming) {
    WalletResponse response = wallet.answer(incoming.request(), appDomain);
    send(incoming, WalletPolicy.Reaction.APPROVE, response);
    if (incoming.request() instanceof AppRequest.Disconnect) {
      endSession();
    }
    return response;
  }

  /** Declines with error 300 (user declined). */
  public WalletResponse decline(IncomingRequest incoming) {
    WalletResponse response = wallet.decline(incoming.request());
    send(incoming, WalletPolicy.Reaction.DECLINE, response);
    return response;
  }

  /** Declines with {@code code} and {@code message}. */
  public WalletResponse decline(IncomingRequest incoming, int code, String message) {
    WalletResponse response =
        new WalletResponse.Error(incoming.id(), new WalletError(code, message, Optional.empty()));
    send(incoming, WalletPolicy.Reaction.DECLINE, response);
    return response;
  }

  /** Leaves the request unanswered (recorded in {@link #answered()} as silent). */
  public void ignore(IncomingRequest incoming) {
    answered.add(new AnsweredRequest(incoming, WalletPolicy.Reaction.SILENT, Optional.empty()));
  }

  /**
   * Answers every request from now on as {@code policy} says, on a virtual thread, until the
   * session ends or the connection is closed. Requests already waiting are answered too.
   *
   * @throws IllegalStateException if automatic mode is already on
   */
  public synchronized void answerAutomatically(WalletPolicy policy) {
    Objects.requireNonNull(policy, "policy");
    if (autoAnswer != null) {
      throw new IllegalStateException("already answering automatically");
    }
    autoAnswer =
        Thread.ofVirtual()
            .name("simwallet-auto-" + clientId().clientId().substring(0, 8))
            .start(() -> answerLoop(policy));
  }

  /**
   * The user disconnects in the wallet: sends the {@code disconnect} event (topic {@code
   * disconnect}) and stops listening.
   *
   * @throws SimulatedWalletException if the bridge refuses the event
   */
  public DisconnectEvent disconnect() {
    DisconnectEvent event = new DisconnectEvent(wallet.nextEventId());
    endSession();
    sendEvent(event, Optional.of(RpcMethod.DISCONNECT.wireName()), Optional.empty());
    return event;
  }

  /** Stops listening and answering; sends nothing. */
  @Override
  public void close() {
    closed = true;
    BridgeClient.Subscription current = subscription;
    if (current != null) {
      current.close();
    }
    Thread auto = autoAnswer;
    if (auto != null) {
      auto.interrupt();
    }
  }

  @Override
  public String toString() {
    return "WalletConnection[wallet=" + clientId().clientId() + ", app=" + app.clientId() + "]";
  }

  private void endSession() {
    disconnected = true;
    BridgeClient.Subscription current = subscription;
    if (current != null) {
      current.close();
    }
  }

  private void answerLoop(WalletPolicy policy) {
    while (!closed && (!disconnected || !inbox.isEmpty())) {
      IncomingRequest incoming;
      try {
        incoming = inbox.poll(100, TimeUnit.MILLISECONDS);
      } catch (InterruptedException e) {
        return;
      }
      if (incoming == null) {
        continue;
      }
      try {
        switch (policy.reactionTo(incoming.request().method())) {
          case APPROVE -> approve(incoming);
          case DECLINE -> decline(incoming);
          case SILENT -> ignore(incoming);
        }
      } catch (SimulatedWalletException e) {
        dropped.incrementAndGet(); // the bridge refused the answer; keep answering the rest
      }
    }
  }

  // Called on the subscription's thread, one delivery at a time.
  private void onDelivery(BridgeClient.Delivery delivery) {
    String from;
    String message;
    try {
      JsonNode envelope = JSON.readTree(delivery.data());
      from = envelope.path("from").asText("");
      message = envelope.path("message").asText("");
    } catch (JsonProcessingException e) {
      dropped.incrementAndGet();
      return;
    }
    if (!from.equalsIgnoreCase(app.clientId())) {
      dropped.incrementAndGet();
      return;
    }
    String json;
    try {
      json = new String(box.openBase64(message), UTF_8);
    } catch (CryptoException e) {
      dropped.incrementAndGet();
      return;
    }
    AppRequest decoded;
    try {
      decoded = wallet.codec().decodeAppRequest(json);
    } catch (ProtocolFormatException e) {
      answerMalformed(json, e);
      return;
    }
    if (lastRequestId != null && decoded.id().compareTo(lastRequestId) <= 0) {
      dropped.incrementAndGet();
      return;
    }
    lastRequestId = decoded.id();
    inbox.add(new IncomingRequest(decoded.id(), decoded, new BridgeEventId(delivery.eventId())));
  }

  private void answerMalformed(String json, ProtocolFormatException problem) {
    dropped.incrementAndGet();
    Optional<RequestId> id;
    try {
      id = Optional.of(RequestId.parse(JSON.readTree(json).path("id").asText(null)));
    } catch (JsonProcessingException | IllegalArgumentException e) {
      id = Optional.empty();
    }
    if (id.isEmpty()) {
      return;
    }
    WalletErrorCode code =
        problem instanceof ProtocolFormatException.UnknownMethod
            ? WalletErrorCode.METHOD_NOT_SUPPORTED
            : WalletErrorCode.BAD_REQUEST;
    WalletResponse response =
        new WalletResponse.Error(id.get(), WalletError.of(code, problem.getMessage()));
    try {
      post(wallet.codec().encodeWalletResponse(response), Optional.empty(), Optional.empty());
    } catch (SimulatedWalletException e) {
      // nothing more a wallet could do
    }
  }

  private void send(
      IncomingRequest incoming, WalletPolicy.Reaction reaction, WalletResponse response) {
    post(wallet.codec().encodeWalletResponse(response), Optional.empty(), Optional.empty());
    answered.add(new AnsweredRequest(incoming, reaction, Optional.of(response)));
  }

  private void sendEvent(WalletEvent event, Optional<String> topic, Optional<String> trace) {
    post(wallet.codec().encodeWalletEvent(event), topic, trace);
  }

  private void post(String json, Optional<String> topic, Optional<String> trace) {
    String body = box.sealToBase64(json.getBytes(UTF_8), wallet.nonce());
    bridge.post(session.publicKey(), app, body, topic, trace);
  }
}
