package io.tcgateway.bootstrap.wiring;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.exceptions.ConfigurationException;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fails the start when {@code gateway.store.type} names no store (each store adapter activates
 * itself on its own value, so a typo would otherwise leave the ports without implementation and
 * fail later, less clearly), refuses {@code jdbc} without its data source (application.yml keeps it
 * off unless the {@code jdbc} environment turns it on), and reminds that the memory store keeps
 * nothing across restarts.
 */
@Context
final class StoreSelectionCheck {
  /** The store types the adapters answer to. */
  static final List<String> STORE_TYPES = List.of("memory", "jdbc", "redis");

  private static final Logger LOG = LoggerFactory.getLogger(StoreSelectionCheck.class);

  StoreSelectionCheck(
      @Value("${gateway.store.type:memory}") String storeType,
      @Value("${datasources.default.enabled:true}") boolean dataSourceEnabled) {
    if (!STORE_TYPES.contains(storeType)) {
      throw new ConfigurationException(
          "gateway.store.type is '"
              + storeType
              + "'; allowed values: "
              + String.join(", ", STORE_TYPES));
    }
    if ("jdbc".equals(storeType) && !dataSourceEnabled) {
      throw new ConfigurationException(
          "gateway.store.type is 'jdbc' but the PostgreSQL data source is off: run with"
              + " MICRONAUT_ENVIRONMENTS=jdbc (application-jdbc.yml), or set"
              + " DATASOURCES_DEFAULT_ENABLED=true, FLYWAY_DATASOURCES_DEFAULT_ENABLED=true and"
              + " DATASOURCES_DEFAULT_URL yourself");
    }
    if ("memory".equals(storeType)) {
      LOG.info("gateway.store.type=memory: sessions live in this process and are lost on restart");
    }
  }
}
