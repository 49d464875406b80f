package io.tcgateway.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.tcgateway.application.port.out.OwnerEventLog;
import io.tcgateway.application.port.out.OwnerEventLog.LoggedEvent;
import io.tcgateway.application.port.out.WalletNotifier.Event;
import io.tcgateway.domain.protocol.RequestId;
import io.tcgateway.domain.protocol.RpcMethod;
import io.tcgateway.domain.session.RequestRef;
import io.tcgateway.domain.session.SessionId;
import io.tcgateway.domain.session.SessionOwner;
import io.tcgateway.domain.ton.Address;
import io.tcgateway.domain.ton.UserFriendlyAddress;
import io.tcgateway.testkit.MutableClock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link OwnerEventLog} must do: idempotent appends by event key per owner, sequences
 * that are unique and increase across owners (also after a purge, since clients resume from them),
 * per-owner reads, every event type read back equal, and appends that race. Extend it and return a
 * fresh, empty log from {@link #newStore()}; PostgreSQL and Redis subclasses fail when their
 * service is unreachable.
 *
 * <p>Times carry microseconds, and a log must keep at least that much. They lie in the past of the
 * wall clock: a log that needs the time (to set TTLs, say) must take {@link #clock}.
 */
public abstract class OwnerEventLogContract {
  protected static final Instant T0 = Instant.parse("2026-11-22T10:00:00.123456Z");

  /** The time a log that needs one must use. */
  protected final MutableClock clock = new MutableClock(T0);

  private final SplittableRandom random = new SplittableRandom(31);
  protected final SessionOwner alice = SessionOwner.http("alice");
  protected final SessionOwner bob = SessionOwner.http("bob");
  protected OwnerEventLog log;

  /** A fresh log with no entries. */
  protected abstract OwnerEventLog newStore();

  @BeforeEach
  void createLog() {
    log = newStore();
  }

  // ---- fixtures ----

  /** One event of every type about {@code session}, each with its own key. */
  protected static List<Event> oneOfEachType(SessionId session) {
    String friendly =
        new UserFriendlyAddress(Address.parse("0:" + "22".repeat(32)), false, false).format();
    return List.of(
        new Event.ConnectionPending(
            session,
            "tc://?v=2&id="
                + "ab".repeat(32)
                + "&r=%7B%22manifestUrl%22%3A%22https%3A%2F%2Fa%22%7D",
            T0.plusSeconds(300).plusNanos(1_000)),
        new Event.Connected(session, friendly, "tonkeeper"),
        new Event.Failed(session, "wallet-300", "User declined \u2713 \"quoted\"\n"),
        new Event.ConnectionExpired(session),
        new Event.Disconnected(session, "wallet"),
        new Event.RequestCompleted(ref(session, 0), RpcMethod.SEND_TRANSACTION),
        new Event.RequestRejected(ref(session, 1), RpcMethod.SIGN_DATA, 300, "declined"),
        new Event.RequestFailed(
            ref(session, 2), RpcMethod.SIGN_MESSAGE, "bridge-refused", "the bridge said no"),
        new Event.RequestExpired(ref(session, 3), RpcMethod.DISCONNECT));
  }

  protected static RequestRef ref(SessionId session, long id) {
    return new RequestRef(session, RequestId.of(id));
  }

  private SessionId session() {
    return SessionId.random(random);
  }

  private Event expired(SessionId session) {
    return new Event.ConnectionExpired(session);
  }

  // ---- append ----

  @Test
  void anAppendedEventIsFreshAndReadBackEqual() {
    Event event = expired(session());
    LoggedEvent logged = log.append(alice, event, T0);
    assertThat(logged.fresh()).isTrue();
    assertThat(logged.owner()).isEqualTo(alice);
    assertThat(logged.at()).isEqualTo(T0);
    assertThat(logged.event()).isEqualTo(event);
    assertThat(log.readAfter(alice, 0, 10)).containsExactly(logged.asStored());
  }

  @Test
  void everyEventTypeIsReadBackEqualInAppendOrder() {
    List<LoggedEvent> appended = new ArrayList<>();
    List<Event> events = oneOfEachType(session());
    for (int i = 0; i < events.size(); i++) {
      appended.add(log.append(alice, events.get(i), T0.plusSeconds(i).plusNanos(7_000)).asStored());
    }
    assertThat(log.readAfter(alice, 0, 100)).containsExactlyElementsOf(appended);
    assertThat(log.readAfter(alice, 0, 100))
        .extracting(LoggedEvent::event)
        .containsExactlyElementsOf(events);
  }

  @Test
  void anEventWhoseKeyIsLoggedWritesNothingAndReturnsTheStoredEntry() {
    SessionId session = session();
    RequestRef ref = ref(session, 4);
    Event completed = new Event.RequestCompleted(ref, RpcMethod.SIGN_DATA);
    LoggedEvent first = log.append(alice, completed, T0);
    LoggedEvent again = log.append(alice, completed, T0.plusSeconds(5));
    assertThat(again.fresh()).isFalse();
    assertThat(again).isEqualTo(first.asStored());
    // One final event per request: another outcome of the same request has the same key.
    LoggedEvent other =
        log.append(alice, new Event.RequestExpired(ref, RpcMethod.SIGN_DATA), T0.plusSeconds(9));
    assertThat(other).isEqualTo(first.asStored());
    assertThat(log.readAfter(alice, 0, 10)).containsExactly(first.asStored());
  }

  @Test
  void theSameKeyForAnotherOwnerIsAnotherEvent() {
    Event event = expired(session());
    LoggedEvent alices = log.append(alice, event, T0);
    LoggedEvent bobs = log.append(bob, event, T0);
    assertThat(bobs.fresh()).isTrue();
    assertThat(bobs.sequence()).isNotEqualTo(alices.sequence());
    assertThat(log.readAfter(alice, 0, 10)).containsExactly(alices.asStored());
    assertThat(log.readAfter(bob, 0, 10)).containsExactly(bobs.asStored());
  }

  // ---- sequences ----

  @Test
  void sequencesArePositiveUniqueAndIncreaseInAppendOrderAcrossOwners() {
    SessionOwner telegramAlice = new SessionOwner(SessionOwner.Channel.TELEGRAM, "alice");
    List<SessionOwner> owners = List.of(alice, bob, alice, telegramAlice, bob, alice);
    long previous = 0;
    for (SessionOwner owner : owners) {
      LoggedEvent logged = log.append(owner, expired(session()), T0);
      assertThat(logged.sequence()).isPositive().isGreaterThan(previous);
      previous = logged.sequence();
    }
  }

  @Test
  void sequencesKeepIncreasingAfterEverythingWasPurged() {
    long last = 0;
    for (int i = 0; i < 3; i++) {
      last = log.append(alice, expired(session()), T0).sequence();
    }
    clock.set(T0.plusSeconds(3600));
    assertThat(log.purgeBefore(T0.plusSeconds(1))).isEqualTo(3);
    LoggedEvent next = log.append(alice, expired(session()), T0.plusSeconds(3600));
    assertThat(next.sequence()).isGreaterThan(last);
    assertThat(log.readAfter(alice, 0, 10)).containsExactly(next.asStored());
  }

  // ---- reads ----

  @Test
  void readAfterReturnsTheOwnersEntriesAboveTheSequenceOldestFirstUpToTheLimit() {
    List<LoggedEvent> alices = new ArrayList<>();
    List<LoggedEvent> bobs = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      alices.add(log.append(alice, expired(session()), T0.plusSeconds(i)).asStored());
      bobs.add(log.append(bob, expired(session()), T0.plusSeconds(i)).asStored());
    }
    assertThat(log.readAfter(alice, 0, 100)).containsExactlyElementsOf(alices);
    assertThat(log.readAfter(bob, 0, 100)).containsExactlyElementsOf(bobs);
    // The limit counts the owner's entries only.
    assertThat(log.readAfter(alice, 0, 2)).containsExactly(alices.get(0), alices.get(1));
    assertThat(log.readAfter(alice, alices.get(1).sequence(), 2))
        .containsExactly(alices.get(2), alices.get(3));
    // Any sequence works as a cursor, another owner's too.
    assertThat(log.readAfter(alice, bobs.get(2).sequence(), 100))
        .containsExactly(alices.get(3), alices.get(4));
    assertThat(log.readAfter(alice, alices.get(4).sequence(), 100)).isEmpty();
    assertThat(log.readAfter(SessionOwner.http("carol"), 0, 100)).isEmpty();
  }

  @Test
  void ownersAreKeptApartByChannelAndCase() {
    SessionOwner telegramAlice = new SessionOwner(SessionOwner.Channel.TELEGRAM, "alice");
    SessionOwner upperAlice = SessionOwner.http("Alice");
    Event event = expired(session());
    LoggedEvent http = log.append(alice, event, T0);
    LoggedEvent telegram = log.append(telegramAlice, event, T0);
    LoggedEvent upper = log.append(upperAlice, event, T0);
    assertThat(List.of(http, telegram, upper)).allMatch(LoggedEvent::fresh);
    assertThat(log.readAfter(alice, 0, 10)).containsExactly(http.asStored());
    assertThat(log.readAfter(telegramAlice, 0, 10)).containsExactly(telegram.asStored());
    assertThat(log.readAfter(upperAlice, 0, 10)).containsExactly(upper.asStored());
  }

  // ---- retention ----

  @Test
  void purgingDeletesEntriesLoggedBeforeTheCutoffOnly() {
    Instant cutoff = T0.plusSeconds(100);
    log.append(alice, expired(session()), T0);
    log.append(bob, expired(session()), cutoff.minusNanos(1_000));
    LoggedEvent atCutoff = log.append(alice, expired(session()), cutoff).asStored();
    LoggedEvent later = log.append(bob, expired(session()), cutoff.plusSeconds(1)).asStored();
    clock.set(cutoff.plusSeconds(60));
    assertThat(log.purgeBefore(cutoff)).isEqualTo(2);
    assertThat(log.readAfter(alice, 0, 10)).containsExactly(atCutoff);
    assertThat(log.readAfter(bob, 0, 10)).containsExactly(later);
    assertThat(log.purgeBefore(cutoff)).isZero();
  }

  // ---- concurrency ----

  @Test
  void concurrentAppendsOfOneEventGiveOneEntry() throws Exception {
    Event event = new Event.RequestCompleted(ref(session(), 0), RpcMethod.SEND_TRANSACTION);
    ConcurrentLinkedQueue<LoggedEvent> results = new ConcurrentLinkedQueue<>();
    Race.run(16, racer -> results.add(log.append(alice, event, T0.plusSeconds(racer))));
    assertThat(results).filteredOn(LoggedEvent::fresh).hasSize(1);
    LoggedEvent stored = results.stream().filter(LoggedEvent::fresh).findFirst().orElseThrow();
    assertThat(results).allMatch(r -> r.asStored().equals(stored.asStored()));
    assertThat(log.readAfter(alice, 0, 100)).containsExactly(stored.asStored());
  }

  @Test
  void concurrentAppendsOfDifferentEventsGiveDistinctIncreasingSequences() throws Exception {
    int racers = 8;
    int perRacer = 25;
    List<List<LoggedEvent>> byRacer = new ArrayList<>();
    List<List<Event>> eventsByRacer = new ArrayList<>();
    for (int i = 0; i < racers; i++) {
      byRacer.add(new ArrayList<>());
      List<Event> events = new ArrayList<>();
      for (int j = 0; j < perRacer; j++) {
        events.add(expired(session()));
      }
      eventsByRacer.add(events);
    }
    Race.run(
        racers,
        racer -> {
          SessionOwner owner = racer % 2 == 0 ? alice : bob;
          for (Event event : eventsByRacer.get(racer)) {
            byRacer.get(racer).add(log.append(owner, event, T0));
          }
        });
    Set<Long> sequences = new HashSet<>();
    List<Event> alicesEvents = new ArrayList<>();
    for (int i = 0; i < racers; i++) {
      List<LoggedEvent> mine = byRacer.get(i);
      assertThat(mine).allMatch(LoggedEvent::fresh);
      assertThat(mine).extracting(LoggedEvent::sequence).isSorted().doesNotHaveDuplicates();
      mine.forEach(e -> sequences.add(e.sequence()));
      if (i % 2 == 0) {
        alicesEvents.addAll(eventsByRacer.get(i));
      }
    }
    assertThat(sequences).hasSize(racers * perRacer);
    List<LoggedEvent> read = log.readAfter(alice, 0, racers * perRacer);
    assertThat(read).extracting(LoggedEvent::sequence).isSorted().doesNotHaveDuplicates();
    assertThat(read)
        .extracting(LoggedEvent::event)
        .containsExactlyInAnyOrderElementsOf(alicesEvents);
  }
}
