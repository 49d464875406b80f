package io.tcgateway.adapter.http;

import io.micronaut.context.BeanProvider;
import io.tcgateway.application.error.UnknownWalletException;
import io.tcgateway.application.error.WalletAlreadyConnectedException;
import io.tcgateway.application.error.WalletNotConnectedException;
import io.tcgateway.application.port.in.DisconnectCommand;
import io.tcgateway.application.port.in.DisconnectUseCase;
import io.tcgateway.application.port.in.GetConnectionQuery;
import io.tcgateway.application.port.in.GetConnectionUseCase;
import io.tcgateway.application.port.in.GetRequestQuery;
import io.tcgateway.application.port.in.GetRequestUseCase;
import io.tcgateway.application.port.in.IssueProofPayloadUseCase;
import io.tcgateway.application.port.in.ListWalletsUseCase;
import io.tcgateway.application.port.in.ReadEventsQuery;
import io.tcgateway.application.port.in.ReadEventsUseCase;
import io.tcgateway.application.port.in.SendTransactionCommand;
import io.tcgateway.application.port.in.SendTransactionUseCase;
import io.tcgateway.application.port.in.SentRequestResult;
import io.tcgateway.application.port.in.SignDataCommand;
import io.tcgateway.application.port.in.SignDataUseCase;
import io.tcgateway.application.port.in.SignMessageCommand;
import io.tcgateway.application.port.in.SignMessageUseCase;
import io.tcgateway.application.port.in.StartConnectionCommand;
import io.tcgateway.application.port.in.StartConnectionResult;
import io.tcgateway.application.port.in.StartConnectionUseCase;
import io.tcgateway.application.port.in.VerifyProofCommand;
import io.tcgateway.application.port.in.VerifyProofUseCase;
import io.tcgateway.application.port.in.VerifySignDataCommand;
import io.tcgateway.application.port.in.VerifySignDataUseCase;
import io.tcgateway.application.port.out.OwnerEventLog.LoggedEvent;
import io.tcgateway.application.port.out.WalletDirectory.WalletEntry;
import io.tcgateway.application.port.out.WalletNotifier;
import io.tcgateway.domain.protocol.AppRequest;
import io.tcgateway.domain.session.RequestRef;
import io.tcgateway.domain.session.SessionOwner;
import io.tcgateway.domain.session.WalletRequest;
import io.tcgateway.domain.session.WalletSession;
import io.tcgateway.domain.verify.ProofPayloads;
import io.tcgateway.domain.verify.RejectionReason;
import io.tcgateway.domain.verify.Verification;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/**
 * The application as the HTTP adapter sees it, in memory: sessions by owner, requests by ref, the
 * owners' event log (appending notifies like the real services do), the wallets list, the proof
 * verdicts to give. Keeps every command it was given, and throws {@link #failNext} once if set.
 */
@Singleton
final class FakeGateway
    implements StartConnectionUseCase,
        GetConnectionUseCase,
        DisconnectUseCase,
        SendTransactionUseCase,
        SignDataUseCase,
        SignMessageUseCase,
        GetRequestUseCase,
        ReadEventsUseCase,
        IssueProofPayloadUseCase,
        VerifyProofUseCase,
        VerifySignDataUseCase,
        ListWalletsUseCase {
  static final Instant DEADLINE = Samples.NOW.plusSeconds(300);

  final Map<SessionOwner, WalletSession> sessions = new ConcurrentHashMap<>();
  final Map<RequestRef, WalletRequest> requests = new ConcurrentHashMap<>();
  final List<LoggedEvent> log = new CopyOnWriteArrayList<>();
  final List<Object> commands = new CopyOnWriteArrayList<>();
  final AtomicInteger reads = new AtomicInteger();
  volatile List<WalletEntry> wallets = List.of();
  volatile Verification verdict =
      Verification.rejected(RejectionReason.SIGNATURE_INVALID, "not set by the test");

  private final AtomicReference<RuntimeException> failure = new AtomicReference<>();
  private final AtomicLong sequence = new AtomicLong();
  private final AtomicInteger sessionNumbers = new AtomicInteger(100);
  private final BeanProvider<WalletNotifier> notifier;

  FakeGateway(BeanProvider<WalletNotifier> notifier) {
    this.notifier = notifier;
  }

  /** Forgets everything. */
  void reset() {
    sessions.clear();
    requests.clear();
    log.clear();
    sequence.set(0);
    commands.clear();
    reads.set(0);
    wallets = List.of();
    failure.set(null);
  }

  /** The next use-case call throws {@code exception}. */
  void failNext(RuntimeException exception) {
    failure.set(exception);
  }

  /** Logs {@code event} for {@code owner} and tells the notifier, as the services do. */
  LoggedEvent append(SessionOwner owner, WalletNotifier.Event event) {
    LoggedEvent logged = appendSilently(owner, event);
    notifier.get().notify(owner, event);
    return logged;
  }

  /** Tells the notifier without logging anything (a repeated or stray notification). */
  void notifyOnly(SessionOwner owner, WalletNotifier.Event event) {
    notifier.get().notify(owner, event);
  }

  /** Logs without telling anyone (as another gateway process would). */
  LoggedEvent appendSilently(SessionOwner owner, WalletNotifier.Event event) {
    // Numbered and added in one step, as the log contract requires: a reader never sees
    // sequence n+1 before n.
    synchronized (log) {
      LoggedEvent logged =
          new LoggedEvent(sequence.incrementAndGet(), owner, Samples.NOW, event, true);
      log.add(logged);
      return logged;
    }
  }

  <T> T last(Class<T> type) {
    List<Object> all = new ArrayList<>(commands);
    for (int i = all.size() - 1; i >= 0; i--) {
      if (type.isInstance(all.get(i))) {
        return type.cast(all.get(i));
      }
    }
    throw new AssertionError("no " + type.getSimpleName() + " was received");
  }

  private void received(Object command) {
    commands.add(command);
    RuntimeException next = failure.getAndSet(null);
    if (next != null) {
      throw next;
    }
  }

  @Override
  public StartConnectionResult startConnection(StartConnectionCommand command) {
    received(command);
    WalletSession existing = sessions.get(command.owner());
    if (existing != null && existing.wallet().isPresent()) {
      throw new WalletAlreadyConnectedException(command.owner());
    }
    Map<String, String> links = new java.util.LinkedHashMap<>();
    String link;
    if (command.walletAppName().isPresent()) {
      String name = command.walletAppName().get();
      WalletEntry wallet =
          wallets.stream()
              .filter(w -> w.appName().equals(name))
              .findFirst()
              .orElseThrow(() -> new UnknownWalletException(name));
      link = wallet.universalLink() + "?v=2&id=" + command.owner().userId();
    } else {
      link = "tc://?v=2&id=" + command.owner().userId();
      wallets.forEach(w -> links.put(w.appName(), w.universalLink() + "?v=2"));
    }
    WalletSession session =
        Samples.pending(command.owner(), sessionNumbers.incrementAndGet(), link, links);
    sessions.put(command.owner(), session);
    Instant expiresAt = session.pendingConnection().orElseThrow().expiresAt();
    append(
        command.owner(), new WalletNotifier.Event.ConnectionPending(session.id(), link, expiresAt));
    return new StartConnectionResult(session.id(), link, links, expiresAt);
  }

  @Override
  public Optional<WalletSession> getConnection(GetConnectionQuery query) {
    received(query);
    return Optional.ofNullable(sessions.get(query.owner()));
  }

  @Override
  public boolean disconnect(DisconnectCommand command) {
    received(command);
    WalletSession removed = sessions.remove(command.owner());
    if (removed != null) {
      append(command.owner(), new WalletNotifier.Event.Disconnected(removed.id(), "user"));
    }
    return removed != null;
  }

  @Override
  public SentRequestResult sendTransaction(SendTransactionCommand command) {
    received(command);
    return send(command.owner(), id -> new AppRequest.SendTransaction(id, command.payload()));
  }

  @Override
  public SentRequestResult signData(SignDataCommand command) {
    received(command);
    return send(command.owner(), id -> new AppRequest.SignData(id, command.payload()));
  }

  @Override
  public SentRequestResult signMessage(SignMessageCommand command) {
    received(command);
    return send(command.owner(), id -> new AppRequest.SignMessage(id, command.payload()));
  }

  private SentRequestResult send(
      SessionOwner owner, Function<io.tcgateway.domain.protocol.RequestId, AppRequest> build) {
    WalletSession session = sessions.get(owner);
    if (session == null || session.wallet().isEmpty()) {
      throw new WalletNotConnectedException(owner);
    }
    WalletSession.IssuedRequestId issued = session.issueRequestId(Samples.NOW);
    sessions.put(owner, issued.session());
    WalletRequest request =
        WalletRequest.pending(
            issued.session(), build.apply(issued.requestId()), Samples.NOW, DEADLINE);
    requests.put(request.ref(), request);
    return new SentRequestResult(request.ref(), DEADLINE);
  }

  @Override
  public Optional<WalletRequest> getRequest(GetRequestQuery query) {
    received(query);
    return Optional.ofNullable(requests.get(query.ref()))
        .filter(request -> request.owner().equals(query.owner()));
  }

  @Override
  public List<LoggedEvent> readEvents(ReadEventsQuery query) {
    reads.incrementAndGet();
    RuntimeException next = failure.get();
    if (next != null && failure.compareAndSet(next, null)) {
      throw next;
    }
    return log.stream()
        .filter(e -> e.owner().equals(query.owner()) && e.sequence() > query.afterSequence())
        .limit(query.limit())
        .map(LoggedEvent::asStored)
        .toList();
  }

  @Override
  public ProofPayloads.Issued issueProofPayload() {
    received("issueProofPayload");
    return new ProofPayloads.Issued("p".repeat(76), DEADLINE);
  }

  @Override
  public Verification verifyProof(VerifyProofCommand command) {
    received(command);
    return verdict;
  }

  @Override
  public Verification verifySignData(VerifySignDataCommand command) {
    received(command);
    return verdict;
  }

  @Override
  public List<WalletEntry> listWallets() {
    received("listWallets");
    return wallets;
  }
}
