package io.tcgateway.adapter.http;

import io.tcgateway.application.port.out.WalletNotifier;
import io.tcgateway.domain.session.SessionOwner;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link WalletNotifier} for the HTTP API: wakes the owner's open event streams, which then read
 * the owner's log after the last event they wrote — the event itself is not carried, so a
 * notification can neither be lost to a race nor delivered twice. Returns at once and never throws.
 * Only HTTP owners have streams; other owners' events are ignored here.
 */
@Singleton
public final class SseWalletNotifier implements WalletNotifier {
  private static final Logger LOG = LoggerFactory.getLogger(SseWalletNotifier.class);

  private final OwnerEventStreams streams;

  SseWalletNotifier(OwnerEventStreams streams) {
    this.streams = streams;
  }

  @Override
  public void notify(SessionOwner owner, Event event) {
    if (owner.channel() != SessionOwner.Channel.HTTP) {
      return;
    }
    try {
      streams.wake(owner);
    } catch (RuntimeException e) {
      LOG.warn("waking the event streams of {} failed; they catch up on the next poll", owner, e);
    }
  }
}
