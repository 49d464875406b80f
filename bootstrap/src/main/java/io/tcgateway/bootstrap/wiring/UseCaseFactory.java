package io.tcgateway.bootstrap.wiring;

import io.micronaut.context.BeanProvider;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.tcgateway.adapter.json.JacksonStorageCodec;
import io.tcgateway.adapter.json.JacksonWalletMessageCodec;
import io.tcgateway.application.port.in.DisconnectUseCase;
import io.tcgateway.application.port.in.GetConnectionUseCase;
import io.tcgateway.application.port.in.GetRequestUseCase;
import io.tcgateway.application.port.in.IssueProofPayloadUseCase;
import io.tcgateway.application.port.in.ListWalletsUseCase;
import io.tcgateway.application.port.in.ReadEventsUseCase;
import io.tcgateway.application.port.in.ReceiveBridgeEventUseCase;
import io.tcgateway.application.port.in.ResumeListeningUseCase;
import io.tcgateway.application.port.in.SendTransactionUseCase;
import io.tcgateway.application.port.in.SignDataUseCase;
import io.tcgateway.application.port.in.SignMessageUseCase;
import io.tcgateway.application.port.in.StartConnectionUseCase;
import io.tcgateway.application.port.in.SweepExpiredUseCase;
import io.tcgateway.application.port.in.VerifyProofUseCase;
import io.tcgateway.application.port.in.VerifySignDataUseCase;
import io.tcgateway.application.port.out.OwnerEventLog;
import io.tcgateway.application.port.out.ProofPayloadStore;
import io.tcgateway.application.port.out.SessionStore;
import io.tcgateway.application.port.out.SharedSecretStore;
import io.tcgateway.application.port.out.StorageCodec;
import io.tcgateway.application.port.out.WalletBridge;
import io.tcgateway.application.port.out.WalletDirectory;
import io.tcgateway.application.port.out.WalletMessageCodec;
import io.tcgateway.application.port.out.WalletNotifier;
import io.tcgateway.application.port.out.WalletRequestStore;
import io.tcgateway.application.service.DisconnectService;
import io.tcgateway.application.service.GetConnectionService;
import io.tcgateway.application.service.GetRequestService;
import io.tcgateway.application.service.IssueProofPayloadService;
import io.tcgateway.application.service.ListWalletsService;
import io.tcgateway.application.service.ReadEventsService;
import io.tcgateway.application.service.ReceiveBridgeEventService;
import io.tcgateway.application.service.RequestSender;
import io.tcgateway.application.service.ResumeListeningService;
import io.tcgateway.application.service.SendTransactionService;
import io.tcgateway.application.service.SessionBoxes;
import io.tcgateway.application.service.SignDataService;
import io.tcgateway.application.service.SignMessageService;
import io.tcgateway.application.service.SingleUseProofPayloadCheck;
import io.tcgateway.application.service.StartConnectionService;
import io.tcgateway.application.service.SweepExpiredService;
import io.tcgateway.application.service.VerifyProofService;
import io.tcgateway.application.service.VerifySignDataService;
import io.tcgateway.domain.bytes.Bytes;
import io.tcgateway.domain.verify.ProofPayloads;
import io.tcgateway.domain.verify.ProofPolicy;
import io.tcgateway.domain.verify.SignDataVerifier;
import io.tcgateway.domain.verify.TonProofVerifier;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds the application layer from the adapters' ports (conventions §3.5): one bean per use case,
 * plus the pieces they share (codec, verifiers, proof payloads, the box cache and the request
 * sender). Every adapter bean implementing {@link WalletNotifier} (HTTP event streams, Telegram) is
 * told about each event.
 */
@Factory
class UseCaseFactory {
  private static final Logger LOG = LoggerFactory.getLogger(UseCaseFactory.class);

  private final Clock clock;
  private final SecureRandom random = new SecureRandom();
  private final WalletNotifier notifier;
  private final String manifestUrl;

  UseCaseFactory(
      Optional<Clock> clock,
      BeanProvider<WalletNotifier> channels,
      @Value("${gateway.app.url:`http://localhost:8080`}") String appUrl,
      @Nullable @Value("${gateway.manifest-url:}") String manifestUrl) {
    // Microseconds: what PostgreSQL keeps, so a stored time reads back equal (the store contracts).
    this.clock =
        clock.orElseGet(() -> Clock.tick(Clock.systemUTC(), java.time.Duration.ofNanos(1_000)));
    // Resolved on first use: a channel (the HTTP event streams) may itself need a use case.
    this.notifier = new FanOutNotifier(channels);
    this.manifestUrl =
        manifestUrl == null || manifestUrl.isBlank()
            ? appUrl.replaceAll("/+$", "") + "/tonconnect-manifest.json"
            : manifestUrl;
  }

  /** Tells every {@link WalletNotifier} bean, each on its own failure. */
  private static final class FanOutNotifier implements WalletNotifier {
    private final BeanProvider<WalletNotifier> beans;
    private volatile List<WalletNotifier> channels;

    FanOutNotifier(BeanProvider<WalletNotifier> beans) {
      this.beans = beans;
    }

    @Override
    public void notify(io.tcgateway.domain.session.SessionOwner owner, Event event) {
      List<WalletNotifier> all = channels;
      if (all == null) {
        all = List.copyOf(beans.stream().toList());
        channels = all;
      }
      all.forEach(channel -> notifyQuietly(channel, owner, event));
    }
  }

  private static void notifyQuietly(
      WalletNotifier channel,
      io.tcgateway.domain.session.SessionOwner owner,
      WalletNotifier.Event event) {
    try {
      channel.notify(owner, event);
    } catch (RuntimeException e) {
      LOG.warn(
          "notifier {} failed for {}: {}",
          channel.getClass().getSimpleName(),
          event.type(),
          e.toString());
    }
  }

  @Singleton
  WalletMessageCodec walletMessageCodec() {
    return new JacksonWalletMessageCodec();
  }

  /** The documents of the durable stores (made only when a durable store asks for it). */
  @Singleton
  StorageCodec storageCodec() {
    return new JacksonStorageCodec();
  }

  @Singleton
  ProofPolicy proofPolicy(ProofProperties proof) {
    Set<String> domains = new LinkedHashSet<>(proof.allowedDomains());
    if (domains.isEmpty()) {
      domains.add(Settings.domainOf(manifestUrl, "gateway.manifest-url / gateway.app.url"));
    }
    LOG.info("ton_proof and signData accepted for domains {}", domains);
    return ProofPolicy.forDomains(domains).withMaxAge(proof.maxAge());
  }

  /**
   * The proof payload key: {@code gateway.proof.key} if set, otherwise one random key per
   * deployment, made by the first process and kept (sealed) in the store for the others.
   */
  @Singleton
  ProofPayloads proofPayloads(ProofProperties proof, SharedSecretStore secrets) {
    if (proof.key() == null || proof.key().isEmpty()) {
      Bytes key =
          secrets.getOrCreate(
              "proof-payload-key",
              () -> {
                byte[] fresh = new byte[32];
                random.nextBytes(fresh);
                return Bytes.wrap(fresh);
              });
      return new ProofPayloads(key.toByteArray());
    }
    return new ProofPayloads(proof.key().getBytes(StandardCharsets.UTF_8));
  }

  @Singleton
  TonProofVerifier tonProofVerifier(
      ProofPolicy policy, ProofPayloads payloads, ProofPayloadStore usedPayloads) {
    return new TonProofVerifier(policy, new SingleUseProofPayloadCheck(payloads, usedPayloads));
  }

  @Singleton
  SignDataVerifier signDataVerifier(ProofPolicy policy) {
    return new SignDataVerifier(policy);
  }

  @Singleton
  SessionBoxes sessionBoxes() {
    return new SessionBoxes();
  }

  @Singleton
  ReceiveBridgeEventUseCase receiveBridgeEvent(
      SessionStore sessions,
      WalletRequestStore requests,
      WalletMessageCodec codec,
      TonProofVerifier proofVerifier,
      SignDataVerifier signDataVerifier,
      SessionBoxes boxes,
      OwnerEventLog log) {
    return new ReceiveBridgeEventService(
        sessions, requests, codec, proofVerifier, signDataVerifier, boxes, log, notifier, clock);
  }

  @Singleton
  StartConnectionUseCase startConnection(
      SessionStore sessions,
      WalletDirectory wallets,
      WalletBridge bridge,
      WalletMessageCodec codec,
      ProofPayloads payloads,
      OwnerEventLog log,
      ProofProperties proof,
      SessionsProperties lifetimes) {
    return new StartConnectionService(
        sessions,
        wallets,
        bridge,
        codec,
        payloads,
        log,
        notifier,
        new StartConnectionService.Settings(
            manifestUrl, lifetimes.pendingTtl(), proof.payloadTtl(), lifetimes.subscribeTimeout()),
        clock,
        random);
  }

  @Singleton
  RequestSender requestSender(
      SessionStore sessions,
      WalletRequestStore requests,
      WalletBridge bridge,
      WalletMessageCodec codec,
      SessionBoxes boxes,
      OwnerEventLog log,
      SessionsProperties lifetimes) {
    return new RequestSender(
        sessions,
        requests,
        bridge,
        codec,
        boxes,
        log,
        notifier,
        new RequestSender.Settings(lifetimes.requestTimeout()),
        clock,
        random);
  }

  @Singleton
  SendTransactionUseCase sendTransaction(RequestSender sender) {
    return new SendTransactionService(sender, clock);
  }

  @Singleton
  SignDataUseCase signData(RequestSender sender) {
    return new SignDataService(sender, clock);
  }

  @Singleton
  SignMessageUseCase signMessage(RequestSender sender) {
    return new SignMessageService(sender, clock);
  }

  @Singleton
  DisconnectUseCase disconnect(
      SessionStore sessions,
      WalletRequestStore requests,
      WalletBridge bridge,
      SessionBoxes boxes,
      RequestSender sender,
      OwnerEventLog log) {
    return new DisconnectService(sessions, requests, bridge, boxes, sender, log, notifier, clock);
  }

  @Singleton
  GetConnectionUseCase getConnection(SessionStore sessions) {
    return new GetConnectionService(sessions, clock);
  }

  @Singleton
  GetRequestUseCase getRequest(WalletRequestStore requests) {
    return new GetRequestService(requests, clock);
  }

  @Singleton
  ReadEventsUseCase readEvents(OwnerEventLog log) {
    return new ReadEventsService(log);
  }

  @Singleton
  IssueProofPayloadUseCase issueProofPayload(ProofPayloads payloads, ProofProperties proof) {
    return new IssueProofPayloadService(payloads, proof.payloadTtl(), clock, random);
  }

  @Singleton
  VerifyProofUseCase verifyProof(TonProofVerifier verifier) {
    return new VerifyProofService(verifier, clock);
  }

  @Singleton
  VerifySignDataUseCase verifySignData(SignDataVerifier verifier) {
    return new VerifySignDataService(verifier, clock);
  }

  @Singleton
  ListWalletsUseCase listWallets(WalletDirectory wallets) {
    return new ListWalletsService(wallets);
  }

  @Singleton
  ResumeListeningUseCase resumeListening(
      SessionStore sessions, WalletBridge bridge, WalletDirectory wallets) {
    return new ResumeListeningService(sessions, bridge, wallets);
  }

  @Singleton
  SweepExpiredUseCase sweepExpired(
      SessionStore sessions,
      WalletRequestStore requests,
      OwnerEventLog log,
      ProofPayloadStore payloads,
      WalletBridge bridge,
      SessionsProperties lifetimes) {
    return new SweepExpiredService(
        sessions,
        requests,
        log,
        payloads,
        bridge,
        notifier,
        new SweepExpiredService.Settings(lifetimes.sweepBatchSize(), lifetimes.retention()),
        clock);
  }
}
