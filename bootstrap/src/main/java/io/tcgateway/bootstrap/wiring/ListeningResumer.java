package io.tcgateway.bootstrap.wiring;

import io.micronaut.context.BeanProvider;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import io.tcgateway.application.port.in.ResumeListeningResult;
import io.tcgateway.application.port.in.ResumeListeningUseCase;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * At start, listens again for every stored pending or connected session (a restart after a crash
 * loses no wallet answer the bridges still hold). Runs on its own thread and resolves the use case
 * there, so the server starts even while the store is down (health then says so); it retries with
 * backoff until the store answers.
 */
@Singleton
class ListeningResumer {
  private static final Logger LOG = LoggerFactory.getLogger(ListeningResumer.class);
  private static final Duration FIRST_RETRY = Duration.ofSeconds(1);
  private static final Duration MAX_RETRY = Duration.ofSeconds(30);

  private final BeanProvider<ResumeListeningUseCase> resume;
  private volatile Thread worker;

  ListeningResumer(BeanProvider<ResumeListeningUseCase> resume) {
    this.resume = resume;
  }

  @EventListener
  void onStartup(StartupEvent event) {
    worker = Thread.ofVirtual().name("resume-listening").start(this::resumeUntilDone);
  }

  @PreDestroy
  void stop() {
    Thread current = worker;
    if (current != null) {
      current.interrupt();
    }
  }

  private void resumeUntilDone() {
    Duration wait = FIRST_RETRY;
    while (!Thread.currentThread().isInterrupted()) {
      try {
        ResumeListeningResult result = resume.get().resumeListening();
        if (result.sessions() > 0) {
          LOG.info(
              "listening again for {} stored sessions ({} bridge subscriptions)",
              result.sessions(),
              result.subscriptions());
        }
        return;
      } catch (RuntimeException e) {
        LOG.warn("stored sessions not resumed yet ({}); retrying in {}", e.toString(), wait);
      }
      try {
        Thread.sleep(wait);
      } catch (InterruptedException e) {
        return;
      }
      wait = wait.multipliedBy(2).compareTo(MAX_RETRY) > 0 ? MAX_RETRY : wait.multipliedBy(2);
    }
  }
}
