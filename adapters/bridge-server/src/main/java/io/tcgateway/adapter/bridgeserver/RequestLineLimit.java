package io.tcgateway.adapter.bridgeserver;

import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import io.micronaut.http.server.netty.configuration.NettyHttpServerConfiguration;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Raises Netty's request-line limit ({@code micronaut.server.netty.max-initial-line-length},
 * default 4096) so that a {@code GET /bridge/events} listing {@code max-client-ids-per-stream} ids
 * fits: each id takes 64 hex characters and a separator, up to {@code %2C} when a client encodes
 * the comma. Below that limit Netty answers 413 before the bridge sees the request, so the default
 * would cap a stream at about 60 ids (the gateway's own bridge client asks for 100). A larger
 * configured value is kept.
 */
@Singleton
final class RequestLineLimit implements BeanCreatedEventListener<NettyHttpServerConfiguration> {
  /** An id and an encoded comma. */
  private static final int CHARS_PER_ID = 64 + 3;

  /** Method, path, the other parameters ({@code last_event_id}, {@code heartbeat}...), version. */
  private static final int OTHER_CHARS = 1024;

  private static final Logger LOG = LoggerFactory.getLogger(RequestLineLimit.class);

  private final BridgeServerProperties properties;

  RequestLineLimit(BridgeServerProperties properties) {
    this.properties = properties;
  }

  /** The request-line length a stream of {@code clientIds} ids needs. */
  static int requiredFor(int clientIds) {
    return Math.addExact(Math.multiplyExact(clientIds, CHARS_PER_ID), OTHER_CHARS);
  }

  @Override
  public NettyHttpServerConfiguration onCreated(
      BeanCreatedEvent<NettyHttpServerConfiguration> event) {
    NettyHttpServerConfiguration configuration = event.getBean();
    int required = requiredFor(properties.maxClientIdsPerStream());
    if (configuration.getMaxInitialLineLength() < required) {
      LOG.debug(
          "raising micronaut.server.netty.max-initial-line-length from {} to {} for {} client ids"
              + " per bridge stream",
          configuration.getMaxInitialLineLength(),
          required,
          properties.maxClientIdsPerStream());
      configuration.setMaxInitialLineLength(required);
    }
    return configuration;
  }
}
