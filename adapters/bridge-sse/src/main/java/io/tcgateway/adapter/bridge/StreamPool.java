package io.tcgateway.adapter.bridge;

import io.tcgateway.application.error.StoreUnavailableException;
import io.tcgateway.application.port.out.BridgeUnavailableException;
import io.tcgateway.domain.bridge.BridgeEventId;
import io.tcgateway.domain.crypto.SessionPublicKey;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The SSE streams to one bridge and which client ids each carries. Subscription changes are
 * collected for {@code reshapeDelay} and then applied together ("reshape"), serialised on one
 * thread:
 *
 * <ul>
 *   <li>New client ids (no stored cursor) fill the fullest shared stream that has room, else a new
 *       stream; a stream whose membership changes is stopped and reopened with the new list.
 *   <li>Client ids that come back with a stored cursor first get a catch-up stream from that
 *       cursor; when it has caught up it is stopped and its ids are merged into a shared stream. If
 *       no shared stream has room they form a new shared stream from their cursor directly.
 *   <li>A reopened stream resumes from the <em>earliest</em> watermark of the streams it replaces,
 *       so no member can miss an event in the gap (the bridge keeps messages until their TTL); the
 *       events some members see twice are deduplicated by the application.
 * </ul>
 */
final class StreamPool implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(StreamPool.class);

  /** {@code ,} plus 64 hex characters per client id. */
  private static final int URL_CHARS_PER_ID = 65;

  /**
   * Room for {@code ?client_id=}, {@code &last_event_id=...} and {@code &enable_queue_done_event}.
   */
  private static final int URL_FIXED_CHARS = 200;

  private final StreamContext context;
  private final ScheduledExecutorService scheduler;
  private final ExecutorService reshaper;
  private final ScheduledFuture<?> livenessCheck;
  private final int capacity;
  private final Object lock = new Object();

  // Guarded by lock.
  private final Map<SessionPublicKey, EventStream> assigned = new HashMap<>();
  private final List<EventStream> shared = new ArrayList<>();
  private final Set<EventStream> catchUps = new HashSet<>();
  private final Map<SessionPublicKey, CompletableFuture<Void>> waiting = new HashMap<>();

  /** Client ids waiting to be placed; the value says whether they resume (see WalletBridge). */
  private final Map<SessionPublicKey, Boolean> pendingJoins = new LinkedHashMap<>();

  private final Set<SessionPublicKey> pendingLeaves = new HashSet<>();

  /** Leaving ids whose stored cursor goes too, once their stream is stopped. Guarded by lock. */
  private final Set<SessionPublicKey> pendingForgets = new HashSet<>();

  private final List<EventStream> caughtUp = new ArrayList<>();
  private final Set<SessionPublicKey> leftDuringCatchUp = new HashSet<>();
  private final Set<SessionPublicKey> leavesInFlight = new HashSet<>();
  private boolean reshapeScheduled;
  private boolean closed;

  StreamPool(StreamContext context, ScheduledExecutorService scheduler) {
    this.context = context;
    this.scheduler = scheduler;
    this.reshaper =
        Executors.newSingleThreadExecutor(Thread.ofVirtual().name("bridge-reshape").factory());
    int byUrl =
        (context.settings().maxUrlLength()
                - context.bridge().eventsEndpoint().length()
                - URL_FIXED_CHARS)
            / URL_CHARS_PER_ID;
    this.capacity = Math.max(1, Math.min(context.settings().maxClientIdsPerStream(), byUrl));
    this.livenessCheck =
        scheduler.scheduleWithFixedDelay(this::checkLiveness, 100, 100, TimeUnit.MILLISECONDS);
  }

  /** Client ids one stream of this pool carries at most. */
  int capacity() {
    return capacity;
  }

  CompletionStage<Void> subscribe(SessionPublicKey clientId, boolean resuming) {
    synchronized (lock) {
      if (closed) {
        return CompletableFuture.failedFuture(
            new BridgeUnavailableException("bridge client is closed", null));
      }
      pendingLeaves.remove(clientId);
      pendingForgets.remove(clientId);
      leftDuringCatchUp.remove(clientId);
      if (leavesInFlight.contains(clientId)) {
        // A reshape is taking it off its stream right now: join again once that is done.
        CompletableFuture<Void> rejoin =
            waiting.computeIfAbsent(clientId, id -> new CompletableFuture<>());
        pendingJoins.put(clientId, true);
        scheduleReshape();
        return rejoin.copy();
      }
      CompletableFuture<Void> future = waiting.get(clientId);
      if (future != null) {
        return future.copy();
      }
      EventStream current = assigned.get(clientId);
      if (current != null && current.opened().isDone() && !current.isStopping()) {
        return CompletableFuture.completedFuture(null);
      }
      future = new CompletableFuture<>();
      waiting.put(clientId, future);
      if (current == null) {
        pendingJoins.merge(clientId, resuming, Boolean::logicalOr);
        scheduleReshape();
      }
      return future.copy();
    }
  }

  void unsubscribe(SessionPublicKey clientId) {
    synchronized (lock) {
      if (pendingJoins.remove(clientId) != null) {
        CompletableFuture<Void> future = waiting.remove(clientId);
        if (future != null) {
          future.cancel(false);
        }
        return;
      }
      CompletableFuture<Void> future = waiting.remove(clientId);
      if (future != null) {
        future.cancel(false);
      }
      if (assigned.containsKey(clientId)) {
        pendingLeaves.add(clientId);
        scheduleReshape();
      }
    }
  }

  /**
   * Stops listening for {@code clientId} for good and forgets its stored cursor — after the stream
   * that carried it has stopped, since a stopping stream writes its last watermark for all its
   * members.
   */
  void release(SessionPublicKey clientId) {
    synchronized (lock) {
      unsubscribe(clientId);
      if (pendingLeaves.contains(clientId)) {
        pendingForgets.add(clientId);
        return;
      }
    }
    forget(clientId);
  }

  private void forget(SessionPublicKey clientId) {
    try {
      context.cursors().remove(context.bridge(), clientId);
    } catch (StoreUnavailableException e) {
      LOG.warn("cursor of a released client id not removed: {}", e.getMessage());
    }
  }

  /** Client ids per stream, shared streams first (for telemetry and tests). */
  List<Integer> shape() {
    synchronized (lock) {
      List<Integer> sizes = new ArrayList<>();
      shared.forEach(s -> sizes.add(s.members().size()));
      catchUps.forEach(s -> sizes.add(s.members().size()));
      return sizes;
    }
  }

  /** The streams now running (for tests). */
  List<EventStream> streams() {
    synchronized (lock) {
      List<EventStream> all = new ArrayList<>(shared);
      all.addAll(catchUps);
      return all;
    }
  }

  @Override
  public void close() {
    List<EventStream> all;
    synchronized (lock) {
      closed = true;
      all = new ArrayList<>(shared);
      all.addAll(catchUps);
      shared.clear();
      catchUps.clear();
      assigned.clear();
      waiting.values().forEach(f -> f.cancel(false));
      waiting.clear();
    }
    livenessCheck.cancel(false);
    reshaper.shutdown();
    all.forEach(EventStream::stop);
  }

  private void scheduleReshape() {
    if (!reshapeScheduled && !closed) {
      reshapeScheduled = true;
      scheduler.schedule(
          () -> reshaper.execute(this::reshapeSafely),
          context.settings().reshapeDelay().toMillis(),
          TimeUnit.MILLISECONDS);
    }
  }

  private void checkLiveness() {
    long now = System.nanoTime();
    for (EventStream stream : streams()) {
      stream.checkLiveness(now);
    }
  }

  private void reshapeSafely() {
    try {
      reshape();
    } catch (RuntimeException e) {
      LOG.error("reshaping the streams of bridge {} failed; retrying", context.bridge(), e);
      synchronized (lock) {
        scheduleReshape();
      }
    }
  }

  private void reshape() {
    try {
      reshapeOnce();
    } finally {
      synchronized (lock) {
        leavesInFlight.clear();
      }
    }
  }

  private void reshapeOnce() {
    Map<SessionPublicKey, Boolean> joins;
    Set<SessionPublicKey> leaves;
    Set<SessionPublicKey> forgets;
    List<EventStream> merges;
    synchronized (lock) {
      reshapeScheduled = false;
      if (closed) {
        return;
      }
      joins = new LinkedHashMap<>(pendingJoins);
      leaves = new HashSet<>(pendingLeaves);
      forgets = new HashSet<>(pendingForgets);
      pendingForgets.clear();
      leavesInFlight.addAll(leaves);
      merges = new ArrayList<>(caughtUp);
      pendingJoins.clear();
      pendingLeaves.clear();
      caughtUp.clear();
    }
    Map<SessionPublicKey, Optional<BridgeEventId>> returning = new LinkedHashMap<>();
    List<SessionPublicKey> fresh = new ArrayList<>();
    for (Map.Entry<SessionPublicKey, Boolean> join : joins.entrySet()) {
      SessionPublicKey id = join.getKey();
      Optional<BridgeEventId> cursor;
      try {
        cursor = context.cursors().find(context.bridge(), id);
      } catch (StoreUnavailableException e) {
        synchronized (lock) {
          pendingJoins.merge(id, join.getValue(), Boolean::logicalOr);
          scheduleReshape();
        }
        continue;
      }
      if (cursor.isPresent() || join.getValue()) {
        // Resuming without a stored cursor: everything the bridge still holds for it.
        returning.put(id, cursor);
      } else {
        fresh.add(id);
      }
    }

    // Plan the new membership of the shared streams.
    Map<EventStream, Set<SessionPublicKey>> rebuilt = new LinkedHashMap<>();
    Map<EventStream, List<Optional<BridgeEventId>>> extraSources = new HashMap<>();
    List<EventStream> sharedNow;
    synchronized (lock) {
      sharedNow = new ArrayList<>(shared);
    }
    for (SessionPublicKey id : leaves) {
      EventStream stream;
      synchronized (lock) {
        stream = assigned.get(id);
      }
      if (stream != null && stream.kind() == EventStream.Kind.SHARED) {
        rebuilt.computeIfAbsent(stream, s -> new LinkedHashSet<>(s.members())).remove(id);
      } else if (stream != null) {
        synchronized (lock) {
          leftDuringCatchUp.add(id);
        }
      }
    }

    // Returning ids: catch up first if they will join an existing stream.
    int roomInShared =
        sharedNow.stream().mapToInt(s -> capacity - membership(s, rebuilt).size()).sum();
    List<List<SessionPublicKey>> newStreams = new ArrayList<>();
    List<Optional<BridgeEventId>> newStreamCursors = new ArrayList<>();
    if (!returning.isEmpty()) {
      List<SessionPublicKey> ids = new ArrayList<>(returning.keySet());
      if (roomInShared >= ids.size()) {
        for (List<SessionPublicKey> chunk : chunks(ids)) {
          startCatchUp(chunk, earliest(chunk.stream().map(returning::get).toList()));
        }
      } else {
        for (List<SessionPublicKey> chunk : chunks(ids)) {
          newStreams.add(chunk);
          newStreamCursors.add(earliest(chunk.stream().map(returning::get).toList()));
        }
      }
    }

    // Ids to place in shared streams: fresh ones and caught-up ones (minus those that left).
    List<Placement> placements = new ArrayList<>();
    fresh.forEach(id -> placements.add(new Placement(id, Optional.empty(), false)));
    for (EventStream catchUp : merges) {
      catchUp.stop();
      synchronized (lock) {
        catchUps.remove(catchUp);
      }
      for (SessionPublicKey id : catchUp.members()) {
        boolean left;
        synchronized (lock) {
          left = leftDuringCatchUp.remove(id) || leaves.contains(id);
          if (left) {
            assigned.remove(id, catchUp);
          }
        }
        if (!left) {
          placements.add(new Placement(id, catchUp.watermark(), true));
        }
      }
    }
    List<EventStream> byFullness = new ArrayList<>(sharedNow);
    byFullness.sort(
        Comparator.comparingInt((EventStream s) -> membership(s, rebuilt).size()).reversed());
    int next = 0;
    for (EventStream stream : byFullness) {
      Set<SessionPublicKey> members = membership(stream, rebuilt);
      while (next < placements.size() && members.size() < capacity) {
        Placement placement = placements.get(next++);
        members = rebuilt.computeIfAbsent(stream, s -> new LinkedHashSet<>(s.members()));
        members.add(placement.id());
        if (placement.fromCatchUp()) {
          extraSources.computeIfAbsent(stream, s -> new ArrayList<>()).add(placement.cursor());
        }
      }
    }
    List<Placement> rest = placements.subList(next, placements.size());
    for (int from = 0; from < rest.size(); from += capacity) {
      List<Placement> chunk = rest.subList(from, Math.min(rest.size(), from + capacity));
      newStreams.add(chunk.stream().map(Placement::id).toList());
      List<Optional<BridgeEventId>> sources =
          chunk.stream().filter(Placement::fromCatchUp).map(Placement::cursor).toList();
      newStreamCursors.add(sources.isEmpty() ? Optional.empty() : earliest(sources));
    }

    // Apply: replace each rebuilt stream, start the new ones.
    for (Map.Entry<EventStream, Set<SessionPublicKey>> entry : rebuilt.entrySet()) {
      EventStream old = entry.getKey();
      old.stop();
      List<Optional<BridgeEventId>> sources = new ArrayList<>();
      if (!old.sawEverythingWithoutEvents()) {
        sources.add(old.watermark());
      }
      sources.addAll(extraSources.getOrDefault(old, List.of()));
      Set<SessionPublicKey> members = entry.getValue();
      synchronized (lock) {
        shared.remove(old);
        for (SessionPublicKey id : old.members()) {
          assigned.remove(id, old);
        }
      }
      if (!members.isEmpty()) {
        startShared(List.copyOf(members), earliest(sources));
      }
    }
    for (int i = 0; i < newStreams.size(); i++) {
      startShared(newStreams.get(i), newStreamCursors.get(i));
    }
    forgets.forEach(this::forget); // their streams have stopped and written their last cursors
    context.telemetry().streamsReshaped(context.bridge(), shape());
  }

  private Set<SessionPublicKey> membership(
      EventStream stream, Map<EventStream, Set<SessionPublicKey>> rebuilt) {
    Set<SessionPublicKey> planned = rebuilt.get(stream);
    return planned != null ? planned : stream.members();
  }

  private List<List<SessionPublicKey>> chunks(List<SessionPublicKey> ids) {
    List<List<SessionPublicKey>> chunks = new ArrayList<>();
    for (int from = 0; from < ids.size(); from += capacity) {
      chunks.add(List.copyOf(ids.subList(from, Math.min(ids.size(), from + capacity))));
    }
    return chunks;
  }

  private void startShared(List<SessionPublicKey> members, Optional<BridgeEventId> cursor) {
    EventStream stream = new EventStream(context, members, cursor, EventStream.Kind.SHARED);
    synchronized (lock) {
      if (closed) {
        return;
      }
      shared.add(stream);
      members.forEach(id -> assigned.put(id, stream));
    }
    watchOpen(stream);
    stream.start();
  }

  private void startCatchUp(List<SessionPublicKey> members, Optional<BridgeEventId> cursor) {
    EventStream stream = new EventStream(context, members, cursor, EventStream.Kind.CATCH_UP);
    synchronized (lock) {
      if (closed) {
        return;
      }
      catchUps.add(stream);
      members.forEach(id -> assigned.put(id, stream));
    }
    watchOpen(stream);
    stream
        .caughtUp()
        .thenRun(
            () -> {
              synchronized (lock) {
                if (catchUps.contains(stream) && !stream.isStopping()) {
                  caughtUp.add(stream);
                  scheduleReshape();
                }
              }
            });
    stream.start();
  }

  /** Completes the subscribers waiting for the stream's members when it opens (or first fails). */
  private void watchOpen(EventStream stream) {
    stream
        .opened()
        .whenComplete(
            (ignored, failure) -> {
              if (failure != null && stream.isStopping()) {
                return; // replaced by a reshape; the next stream completes them
              }
              synchronized (lock) {
                for (SessionPublicKey id : stream.members()) {
                  if (assigned.get(id) != stream) {
                    continue;
                  }
                  CompletableFuture<Void> future = waiting.remove(id);
                  if (future == null) {
                    continue;
                  }
                  if (failure == null) {
                    future.complete(null);
                  } else {
                    future.completeExceptionally(failure);
                  }
                }
              }
            });
  }

  /**
   * The cursor a stream must start from so that none of the sources misses anything: the earliest
   * of them; none at all (full replay of what the bridge still holds) if any source has no cursor
   * or if the ids cannot be ordered.
   */
  static Optional<BridgeEventId> earliest(List<Optional<BridgeEventId>> sources) {
    BridgeEventId earliest = null;
    for (Optional<BridgeEventId> source : sources) {
      if (source.isEmpty() || !source.get().isNumeric()) {
        return Optional.empty();
      }
      BridgeEventId id = source.get();
      if (earliest == null || earliest.isAfter(id)) {
        earliest = id;
      }
    }
    return Optional.ofNullable(earliest);
  }

  private record Placement(
      SessionPublicKey id, Optional<BridgeEventId> cursor, boolean fromCatchUp) {}
}
