package io.tcgateway.bootstrap.health;

import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.HealthIndicator;
import io.micronaut.management.health.indicator.HealthResult;
import io.micronaut.management.health.indicator.annotation.Liveness;
import io.tcgateway.application.port.out.SessionStore;
import io.tcgateway.domain.session.SessionId;
import jakarta.inject.Singleton;
import java.util.LinkedHashMap;
import java.util.Map;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * {@code store}: UP when the session store answers a lookup (of an id no session has), DOWN with
 * the error otherwise. Works the same for every store type.
 */
@Singleton
@Liveness
final class StoreHealthIndicator implements HealthIndicator {
  private static final SessionId PROBE = new SessionId("0".repeat(32));

  private final SessionStore sessions;
  private final String storeType;

  StoreHealthIndicator(
      SessionStore sessions,
      @io.micronaut.context.annotation.Value("${gateway.store.type:memory}") String storeType) {
    this.sessions = sessions;
    this.storeType = storeType;
  }

  @Override
  public Publisher<HealthResult> getResult() {
    return Mono.fromCallable(this::probe).subscribeOn(Schedulers.boundedElastic());
  }

  private HealthResult probe() {
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("type", storeType);
    long started = System.nanoTime();
    try {
      sessions.findById(PROBE);
      details.put("latencyMs", (System.nanoTime() - started) / 1_000_000);
      return HealthResult.builder("store", HealthStatus.UP).details(details).build();
    } catch (RuntimeException e) {
      details.put("error", e.getMessage());
      return HealthResult.builder("store", HealthStatus.DOWN).details(details).build();
    }
  }
}
