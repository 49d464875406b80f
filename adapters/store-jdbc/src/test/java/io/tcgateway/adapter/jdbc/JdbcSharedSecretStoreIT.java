package io.tcgateway.adapter.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.context.ApplicationContext;
import io.tcgateway.adapter.crypto.TinkKeysets;
import io.tcgateway.application.error.StoreUnavailableException;
import io.tcgateway.application.port.out.SecretUnreadableException;
import io.tcgateway.application.port.out.SharedSecretStore;
import io.tcgateway.domain.bytes.Bytes;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@link JdbcSharedSecretStore}: one secret per name for every process on the database, sealed for
 * its name, created once. (The port has no testkit contract; these pin its Javadoc.)
 */
class JdbcSharedSecretStoreIT {
  @RegisterExtension static final TestDatabase DATABASE = new TestDatabase();

  private SharedSecretStore store;

  @BeforeEach
  void emptyStore() {
    DATABASE.truncateAll();
    store = DATABASE.bean(SharedSecretStore.class);
  }

  private static Bytes secret(int fill) {
    byte[] bytes = new byte[32];
    java.util.Arrays.fill(bytes, (byte) fill);
    return Bytes.wrap(bytes);
  }

  @Test
  void theFirstCandidateIsStoredAndReturnedEverAfterWithoutAskingAgain() {
    assertThat(store.getOrCreate("proof-payload-key", () -> secret(1))).isEqualTo(secret(1));
    assertThat(
            store.getOrCreate(
                "proof-payload-key",
                () -> {
                  throw new AssertionError("the supplier must not be called again");
                }))
        .isEqualTo(secret(1));
    assertThat(store.getOrCreate("other", () -> secret(2))).isEqualTo(secret(2));
  }

  @Test
  void ofConcurrentFirstCallsInTwoProcessesOneCandidateWinsForAll() throws Exception {
    try (ApplicationContext second = DATABASE.start()) {
      List<SharedSecretStore> processes = List.of(store, second.getBean(SharedSecretStore.class));
      int callers = 12;
      CountDownLatch start = new CountDownLatch(1);
      ConcurrentLinkedQueue<Bytes> results = new ConcurrentLinkedQueue<>();
      AtomicInteger asked = new AtomicInteger();
      ExecutorService pool = Executors.newFixedThreadPool(callers);
      try {
        List<Future<?>> futures = new ArrayList<>();
        for (int i = 0; i < callers; i++) {
          int caller = i;
          futures.add(
              pool.submit(
                  () -> {
                    start.await();
                    results.add(
                        processes
                            .get(caller % 2)
                            .getOrCreate(
                                "race",
                                () -> {
                                  asked.incrementAndGet();
                                  return secret(caller + 10);
                                }));
                    return null;
                  }));
        }
        start.countDown();
        for (Future<?> future : futures) {
          future.get();
        }
      } finally {
        pool.shutdownNow();
      }
      assertThat(results).hasSize(callers);
      assertThat(results.stream().distinct()).hasSize(1);
      assertThat(asked.get()).isBetween(1, callers);
      assertThat(processes.get(1).getOrCreate("race", () -> secret(99))).isEqualTo(results.peek());
    }
  }

  @Test
  void theSecretIsStoredSealedForItsName() throws SQLException {
    store.getOrCreate("proof-payload-key", () -> secret(7));
    byte[] sealed = sealedValue("proof-payload-key");
    assertThat(Bytes.wrap(sealed).toHex()).doesNotContain(secret(7).toHex());
    // A sealed value copied to another name does not open there.
    try (Connection connection = DATABASE.connect();
        PreparedStatement copy =
            connection.prepareStatement(
                "INSERT INTO shared_secret (name, sealed_value) VALUES ('copied', ?)")) {
      copy.setBytes(1, sealed);
      copy.executeUpdate();
    }
    assertThatThrownBy(
            () ->
                store.getOrCreate(
                    "copied",
                    () -> {
                      throw new AssertionError("a stored secret is never replaced");
                    }))
        .isInstanceOf(StoreUnavailableException.class)
        .hasCauseInstanceOf(SecretUnreadableException.class)
        .hasMessageContaining("copied")
        .hasMessageNotContaining(secret(7).toHex());
  }

  @Test
  void aProcessWithTheSameKeysetReadsTheSecretAndOneWithAnotherCannot() {
    store.getOrCreate("proof-payload-key", () -> secret(3));
    try (ApplicationContext restarted = DATABASE.start()) {
      assertThat(
              restarted
                  .getBean(SharedSecretStore.class)
                  .getOrCreate("proof-payload-key", () -> secret(4)))
          .isEqualTo(secret(3));
    }
    try (ApplicationContext otherKeys =
        DATABASE.start(Map.of("gateway.crypto.keyset", TinkKeysets.generate()))) {
      SharedSecretStore other = otherKeys.getBean(SharedSecretStore.class);
      assertThatThrownBy(() -> other.getOrCreate("proof-payload-key", () -> secret(4)))
          .isInstanceOf(StoreUnavailableException.class);
    }
  }

  @Test
  void namesOutsideTheAlphabetAreRefused() {
    assertThatThrownBy(() -> store.getOrCreate("Proof Key", () -> secret(1)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static byte[] sealedValue(String name) throws SQLException {
    try (Connection connection = DATABASE.connect();
        PreparedStatement find =
            connection.prepareStatement("SELECT sealed_value FROM shared_secret WHERE name = ?")) {
      find.setString(1, name);
      try (ResultSet row = find.executeQuery()) {
        assertThat(row.next()).isTrue();
        return row.getBytes(1);
      }
    }
  }
}
