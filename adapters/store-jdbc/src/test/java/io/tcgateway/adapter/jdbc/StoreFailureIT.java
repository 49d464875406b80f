package io.tcgateway.adapter.jdbc;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import io.micronaut.context.ApplicationContext;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.tcgateway.application.error.StoreUnavailableException;
import io.tcgateway.application.port.out.BridgeCursorStore;
import io.tcgateway.application.port.out.OwnerEventLog;
import io.tcgateway.application.port.out.ProofPayloadStore;
import io.tcgateway.application.port.out.SessionStore;
import io.tcgateway.application.port.out.SharedSecretStore;
import io.tcgateway.application.port.out.WalletNotifier.Event;
import io.tcgateway.application.port.out.WalletRequestStore;
import io.tcgateway.domain.bridge.BridgeEventId;
import io.tcgateway.domain.bridge.BridgeUrl;
import io.tcgateway.domain.bytes.Bytes;
import io.tcgateway.domain.crypto.SessionKeyPair;
import io.tcgateway.domain.crypto.SessionPublicKey;
import io.tcgateway.domain.protocol.AppRequest;
import io.tcgateway.domain.protocol.RequestId;
import io.tcgateway.domain.session.PendingConnection;
import io.tcgateway.domain.session.RequestRef;
import io.tcgateway.domain.session.RequestStatus;
import io.tcgateway.domain.session.SessionId;
import io.tcgateway.domain.session.SessionOwner;
import io.tcgateway.domain.session.WalletRequest;
import io.tcgateway.domain.session.WalletSession;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import javax.sql.DataSource;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * When the database is gone (here: the pool is closed), every store operation throws {@link
 * StoreUnavailableException} with the cause, and nothing from the JDBC or Micronaut Data layers
 * leaks out.
 */
class StoreFailureIT {
  @RegisterExtension static final TestDatabase DATABASE = new TestDatabase();

  private static final Instant T0 = Instant.parse("2026-11-22T10:00:00Z");

  @Test
  void everyOperationOfEveryStoreReportsTheStoreUnavailable() {
    SplittableRandom random = new SplittableRandom(3);
    SessionId id = SessionId.random(random);
    SessionOwner owner = SessionOwner.http("alice");
    SessionPublicKey clientId = SessionPublicKey.parse("0a".repeat(32));
    BridgeUrl bridge = BridgeUrl.parse("https://bridge.example/bridge");
    WalletSession session =
        WalletSession.pending(
            id,
            owner,
            SessionKeyPair.generate(random),
            new PendingConnection(
                "tc://?v=2",
                Map.of(),
                List.of(bridge),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Set.of(),
                T0.plusSeconds(300)),
            T0);
    WalletRequest request =
        WalletRequest.pending(
            session, new AppRequest.Disconnect(RequestId.of(0)), T0, T0.plusSeconds(10));
    try (ApplicationContext context = DATABASE.start()) {
      SessionStore sessions = context.getBean(SessionStore.class);
      WalletRequestStore requests = context.getBean(WalletRequestStore.class);
      OwnerEventLog log = context.getBean(OwnerEventLog.class);
      ProofPayloadStore payloads = context.getBean(ProofPayloadStore.class);
      BridgeCursorStore cursors = context.getBean(BridgeCursorStore.class);
      SharedSecretStore secrets = context.getBean(SharedSecretStore.class);
      DataSource pool = DelegatingDataSource.unwrapDataSource(context.getBean(DataSource.class));
      ((HikariDataSource) pool).close();

      List<ThrowingCallable> operations =
          List.of(
              () -> sessions.save(session),
              () -> sessions.save(session.expired(T0)),
              () -> sessions.findById(id),
              () -> sessions.findByOwner(owner),
              () -> sessions.findByClientId(clientId),
              () -> sessions.findByWalletClientId(clientId),
              () -> sessions.findExpiredPending(T0, 10),
              () -> sessions.purgeEndedBefore(T0),
              () -> sessions.delete(id),
              () -> requests.insert(request),
              () -> requests.replace(request.finish(new RequestStatus.Expired(T0))),
              () -> requests.find(new RequestRef(id, RequestId.of(0))),
              () -> requests.findPending(id),
              () -> requests.findOverdue(T0, 10),
              () -> requests.purgeFinishedBefore(T0),
              () -> log.append(owner, new Event.ConnectionExpired(id), T0),
              () -> log.readAfter(owner, 0, 10),
              () -> log.purgeBefore(T0),
              () -> payloads.consume("aa", T0),
              () -> payloads.purgeExpired(T0),
              () -> cursors.find(bridge, clientId),
              () -> cursors.advance(bridge, List.of(clientId), BridgeEventId.of(1)),
              () -> cursors.remove(bridge, clientId),
              () -> secrets.getOrCreate("key", () -> Bytes.fromHex("00")));
      for (ThrowingCallable operation : operations) {
        assertThatThrownBy(operation)
            .isInstanceOf(StoreUnavailableException.class)
            .hasMessageStartingWith("PostgreSQL: ")
            .hasCauseInstanceOf(RuntimeException.class);
      }
    }
  }
}
