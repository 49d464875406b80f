package io.tcgateway.adapter.http;

import static io.tcgateway.adapter.http.Fields.at;
import static io.tcgateway.adapter.http.Fields.index;

import io.tcgateway.adapter.http.dto.AccountResponse;
import io.tcgateway.adapter.http.dto.ConnectedWalletResponse;
import io.tcgateway.adapter.http.dto.ConnectionRequest;
import io.tcgateway.adapter.http.dto.ConnectionResponse;
import io.tcgateway.adapter.http.dto.DeviceResponse;
import io.tcgateway.adapter.http.dto.ErrorResponse;
import io.tcgateway.adapter.http.dto.ProofResponse;
import io.tcgateway.application.port.in.StartConnectionCommand;
import io.tcgateway.application.port.in.StartConnectionResult;
import io.tcgateway.domain.bytes.Bytes;
import io.tcgateway.domain.protocol.DeviceInfo;
import io.tcgateway.domain.protocol.TonAddressReply;
import io.tcgateway.domain.protocol.link.ReturnStrategy;
import io.tcgateway.domain.session.ConnectedWallet;
import io.tcgateway.domain.session.PendingConnection;
import io.tcgateway.domain.session.SessionOwner;
import io.tcgateway.domain.session.SessionState;
import io.tcgateway.domain.session.WalletSession;
import io.tcgateway.domain.ton.Network;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@link ConnectionRequest} → {@link StartConnectionCommand}, and a session (or its absence) →
 * {@link ConnectionResponse}. Never exposes the session's keys: only its id, links, the wallet's
 * self-description, the account and the verified proof.
 */
final class ConnectionMapper {
  private ConnectionMapper() {}

  static StartConnectionCommand toCommand(SessionOwner owner, ConnectionRequest request) {
    if (request == null) {
      return new StartConnectionCommand(
          owner, Optional.empty(), true, Optional.empty(), Optional.empty(), Set.of());
    }
    Optional<String> wallet = Optional.ofNullable(request.wallet());
    if (wallet.isPresent() && wallet.get().isBlank()) {
      throw ApiProblemException.invalidField("wallet", "must not be blank");
    }
    Optional<Network> network =
        Optional.ofNullable(request.network()).map(n -> Fields.network(n, "network"));
    Optional<ReturnStrategy> returnStrategy =
        Optional.ofNullable(request.returnStrategy())
            .map(r -> at("returnStrategy", () -> ReturnStrategy.parse(r)));
    Set<String> features = new LinkedHashSet<>();
    List<String> required =
        request.requiredFeatures() == null ? List.of() : request.requiredFeatures();
    for (int i = 0; i < required.size(); i++) {
      String name = required.get(i);
      if (name == null || !name.matches("[A-Za-z][A-Za-z0-9]*")) {
        throw ApiProblemException.invalidField(
            index("requiredFeatures", i), "must be a feature name such as SignData");
      }
      features.add(name);
    }
    boolean tonProof = request.tonProof() == null || request.tonProof();
    return new StartConnectionCommand(owner, wallet, tonProof, network, returnStrategy, features);
  }

  /** The answer to {@code POST .../connection}: the offer just made. */
  static ConnectionResponse toResponse(String userId, StartConnectionResult result) {
    return pending(
        userId,
        result.sessionId().value(),
        result.link(),
        result.walletLinks(),
        result.expiresAt());
  }

  /** The answer to {@code GET .../connection}. */
  static ConnectionResponse toResponse(String userId, Optional<WalletSession> session) {
    if (session.isEmpty()) {
      return new ConnectionResponse("none", null, null, null, null, null, null, null, null, null);
    }
    WalletSession s = session.get();
    String id = s.id().value();
    return switch (s.state()) {
      case SessionState.Pending pending -> {
        PendingConnection offer = pending.connection();
        yield pending(userId, id, offer.link(), offer.walletLinks(), offer.expiresAt());
      }
      case SessionState.Connected connected -> connected(id, connected.wallet());
      case SessionState.Failed failed ->
          new ConnectionResponse(
              "failed",
              id,
              null,
              null,
              null,
              null,
              null,
              null,
              null,
              error(failed.code(), failed.message()));
      case SessionState.Expired expired ->
          new ConnectionResponse("expired", id, null, null, null, null, null, null, null, null);
    };
  }

  /** Where the QR code of {@code userId}'s pending link is served. */
  static String qrUrl(String userId) {
    return "/v1/users/" + userId + "/connection/qr.png";
  }

  /** {@code code} and {@code message}, with the wallet's number for {@code wallet-<n>} codes. */
  static ErrorResponse error(String code, String message) {
    Integer walletCode = null;
    if (code.startsWith("wallet-")) {
      try {
        walletCode = Integer.valueOf(code.substring("wallet-".length()));
      } catch (NumberFormatException e) {
        walletCode = null;
      }
    }
    return new ErrorResponse(code, message, walletCode);
  }

  private static ConnectionResponse pending(
      String userId, String sessionId, String link, Map<String, String> links, Instant expiresAt) {
    return new ConnectionResponse(
        "pending",
        sessionId,
        link,
        links.isEmpty() ? null : links,
        qrUrl(userId),
        Fields.time(expiresAt),
        null,
        null,
        null,
        null);
  }

  private static ConnectionResponse connected(String sessionId, ConnectedWallet wallet) {
    DeviceInfo device = wallet.device();
    ConnectedWalletResponse walletResponse =
        new ConnectedWalletResponse(
            device.appName(),
            new DeviceResponse(
                device.platform(),
                device.appName(),
                device.appVersion(),
                device.maxProtocolVersion()),
            FeatureMapper.toResponses(device.features()));
    TonAddressReply account = wallet.account();
    AccountResponse accountResponse =
        new AccountResponse(
            account.address().toRaw(),
            Fields.friendly(account.address(), account.network()),
            account.network().id(),
            account.publicKey().map(Bytes::toHex).orElse(null),
            account.walletStateInit().filter(s -> !s.isEmpty()).orElse(null));
    ProofResponse proof =
        wallet
            .proof()
            .map(
                p ->
                    new ProofResponse(
                        true, p.timestamp(), p.domain(), p.walletVersion(), p.publicKey()))
            .orElse(null);
    return new ConnectionResponse(
        "connected",
        sessionId,
        null,
        null,
        null,
        null,
        walletResponse,
        accountResponse,
        proof,
        null);
  }
}
