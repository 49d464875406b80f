package io.tcgateway.adapter.redis;

import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisException;
import io.lettuce.core.RedisNoScriptException;
import io.lettuce.core.RedisURI;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.TimeoutOptions;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import io.tcgateway.application.error.StoreUnavailableException;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * The one Lettuce connection the Redis stores share (Lettuce multiplexes it; it is thread-safe),
 * opened on first use rather than when the beans are made: creating the stores connects nothing,
 * and a connect that failed is tried again by a later call.
 *
 * <p>Every Redis failure — refused or lost connection, timeout, an error reply — leaves as {@link
 * StoreUnavailableException} with the Lettuce exception as cause; nothing from {@code io.lettuce}
 * crosses into the application. While the connection is down, commands fail at once ({@code
 * REJECT_COMMANDS}) instead of queueing until they time out; Lettuce reconnects in the background.
 * After a failed connect, calls fail fast for {@link #RETRY_CONNECT_AFTER} before the next attempt.
 */
public final class RedisConnector implements AutoCloseable {
  /** How long after a failed connect attempt calls fail without trying again. */
  static final Duration RETRY_CONNECT_AFTER = Duration.ofSeconds(1);

  private final RedisClient client;
  private final boolean ownsClient;
  private final Object lock = new Object();
  private volatile StatefulRedisConnection<String, String> connection;
  private long failedAtNanos;
  private RuntimeException lastFailure;
  private boolean closed;

  /**
   * Uses {@code client} (Micronaut's, configured by {@code redis.*}), setting its timeouts and its
   * behaviour while disconnected; {@link #close} closes the connection, not the client.
   *
   * @param timeout for connecting and for each command
   */
  public RedisConnector(RedisClient client, Duration timeout) {
    this(client, timeout, false);
  }

  private RedisConnector(RedisClient client, Duration timeout, boolean ownsClient) {
    this.client = Objects.requireNonNull(client, "client");
    Objects.requireNonNull(timeout, "timeout");
    if (timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("the Redis timeout must be positive, was " + timeout);
    }
    ClientOptions options = client.getOptions();
    client.setOptions(
        options
            .mutate()
            .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
            .timeoutOptions(TimeoutOptions.enabled(timeout))
            .socketOptions(options.getSocketOptions().mutate().connectTimeout(timeout).build())
            .build());
    this.ownsClient = ownsClient;
  }

  /** A connector with a client of its own for {@code uri}, shut down by {@link #close}. */
  public static RedisConnector create(RedisURI uri, Duration timeout) {
    return new RedisConnector(RedisClient.create(uri), timeout, true);
  }

  /**
   * Runs {@code command} on the connection.
   *
   * @param operation what is being done, for the exception's message
   * @throws StoreUnavailableException if Redis cannot be reached or the command fails
   */
  <T> T call(String operation, Function<RedisCommands<String, String>, T> command) {
    RedisCommands<String, String> commands = connection(operation).sync();
    try {
      return command.apply(commands);
    } catch (RedisException e) {
      throw unavailable(operation, e);
    }
  }

  /**
   * Runs {@code script} with {@code EVALSHA}, or {@code EVAL} if Redis does not know it (yet).
   *
   * @throws StoreUnavailableException if Redis cannot be reached or the script fails
   */
  <T> T run(RedisScript script, ScriptOutputType type, List<String> keys, List<String> args) {
    String[] keyArray = keys.toArray(String[]::new);
    String[] argArray = args.toArray(String[]::new);
    return call(
        script.name(),
        commands -> {
          try {
            return commands.evalsha(script.sha(), type, keyArray, argArray);
          } catch (RedisNoScriptException notLoaded) {
            return commands.eval(script.source(), type, keyArray, argArray);
          }
        });
  }

  private StatefulRedisConnection<String, String> connection(String operation) {
    StatefulRedisConnection<String, String> open = connection;
    if (open != null) {
      return open;
    }
    synchronized (lock) {
      if (closed) {
        throw new StoreUnavailableException("Redis: the connector is closed", null);
      }
      if (connection != null) {
        return connection;
      }
      if (lastFailure != null
          && System.nanoTime() - failedAtNanos < RETRY_CONNECT_AFTER.toNanos()) {
        throw new StoreUnavailableException(
            "Redis: " + operation + " failed: not connected (" + lastFailure.getMessage() + ")",
            lastFailure);
      }
      try {
        connection = client.connect();
        lastFailure = null;
        return connection;
      } catch (RedisException e) {
        failedAtNanos = System.nanoTime();
        lastFailure = e;
        throw unavailable(operation, e);
      }
    }
  }

  private static StoreUnavailableException unavailable(String operation, RedisException e) {
    return new StoreUnavailableException("Redis: " + operation + " failed: " + e.getMessage(), e);
  }

  /** Closes the connection (and the client, if this connector made it). */
  @Override
  public void close() {
    synchronized (lock) {
      closed = true;
      if (connection != null) {
        connection.close();
        connection = null;
      }
    }
    if (ownsClient) {
      client.shutdown();
    }
  }
}
