package io.tcgateway.bootstrap.wiring;

import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import io.tcgateway.application.port.in.ResumeListeningResult;
import io.tcgateway.application.port.in.ResumeListeningUseCase;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * At start, listens again for every stored pending or connected session (a restart after a crash
 * loses no wallet answer the bridges still hold). Runs on its own thread, so the server does not
 * wait for thousands of sessions to be paged through.
 */
@Singleton
class ListeningResumer {
  private static final Logger LOG = LoggerFactory.getLogger(ListeningResumer.class);

  private final ResumeListeningUseCase resume;

  ListeningResumer(ResumeListeningUseCase resume) {
    this.resume = resume;
  }

  @EventListener
  void onStartup(StartupEvent event) {
    Thread.ofVirtual().name("resume-listening").start(this::resume);
  }

  private void resume() {
    try {
      ResumeListeningResult result = resume.resumeListening();
      if (result.sessions() > 0) {
        LOG.info(
            "listening again for {} stored sessions ({} bridge subscriptions)",
            result.sessions(),
            result.subscriptions());
      }
    } catch (RuntimeException e) {
      LOG.error("could not resume the stored sessions; they will be heard after the next start", e);
    }
  }
}
