package io.tcgateway.bootstrap.wiring;

import io.micronaut.scheduling.annotation.Scheduled;
import io.tcgateway.application.port.in.SweepExpiredResult;
import io.tcgateway.application.port.in.SweepExpiredUseCase;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs {@link SweepExpiredUseCase} every {@code gateway.sessions.sweep-interval} on Micronaut's
 * scheduler, off the request threads; a failing sweep is logged and tried again next time.
 */
@Singleton
class ExpirySweeper {
  private static final Logger LOG = LoggerFactory.getLogger(ExpirySweeper.class);

  private final SweepExpiredUseCase sweep;

  ExpirySweeper(SweepExpiredUseCase sweep) {
    this.sweep = sweep;
  }

  @Scheduled(
      fixedDelay = "${gateway.sessions.sweep-interval:5s}",
      initialDelay = "${gateway.sessions.sweep-interval:5s}")
  void sweep() {
    try {
      SweepExpiredResult result = sweep.sweep();
      if (result.expiredConnections() + result.expiredRequests() + result.purged() > 0) {
        LOG.debug(
            "sweep: {} offers and {} requests expired, {} records purged",
            result.expiredConnections(),
            result.expiredRequests(),
            result.purged());
      }
    } catch (RuntimeException e) {
      LOG.warn("sweep failed, trying again next time: {}", e.toString());
    }
  }
}
