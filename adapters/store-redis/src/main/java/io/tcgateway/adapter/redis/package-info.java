/**
 * Redis implementations of the store ports (Lettuce, through Micronaut's {@code redis.uri}), active
 * when {@code gateway.store.type} is {@code redis}; with any other value no bean of this package
 * exists and nothing connects to Redis. Settings: {@link
 * io.tcgateway.adapter.redis.RedisStoreProperties} ({@code gateway.store.redis.*}).
 *
 * <p>Key layout (every key starts with {@code gateway.store.redis.key-prefix}, default {@code
 * tcg:}; µs = epoch microseconds; details and the reasoning in {@code
 * docs/adr/0009-redis-store-layout.md}):
 *
 * <pre>
 * session:&lt;id&gt;                hash  doc, key (sealed secret key, base64), v, owner, client, wallet
 * session-owner:&lt;channel:user&gt; string  session id          } TTL of the session while pending,
 * session-client:&lt;hex&gt;         string  session id          } failed or expired; none when connected
 * session-wallet:&lt;hex&gt;         string  session id (connected sessions only, no TTL)
 * sessions-pending              zset  session id by offer expiry (µs)
 * sessions-ended                zset  failed/expired session id by last change (µs)
 * sessions-listening            zset  pending/connected session ids, score 0 (id order)
 * request:&lt;session&gt;-&lt;n&gt;        hash  doc, v (TTL = retention once finished)
 * requests-pending:&lt;session&gt;    set   refs of the session's pending requests
 * requests-deadline             zset  pending refs by deadline (µs)
 * requests-finished             zset  finished refs by finish time (µs)
 * event-seq                     string the last sequence (INCR)
 * event:&lt;seq&gt;                  hash  owner, key, at, doc (TTL = retention after at)
 * events:&lt;channel:user&gt;        zset  the owner's sequences
 * event-keys:&lt;channel:user&gt;    hash  event key -&gt; sequence
 * events-time                   zset  every sequence by time (µs)
 * payload:&lt;id&gt;                 string expiry (µs), SET NX, TTL to the payload's expiry
 * payloads-expiry               zset  used payload ids by expiry (µs)
 * cursors:&lt;bridge url&gt;         hash  client id -&gt; event id
 * secret:&lt;name&gt;                string sealed secret, base64
 * </pre>
 *
 * <p>Every write that touches more than one key is one Lua script ({@code *.lua} beside these
 * classes, run with {@code EVALSHA}, falling back to {@code EVAL}); a few scripts derive key names
 * from the prefix, so the layout needs a single Redis (or a primary with replicas), not Redis
 * Cluster. Nothing scans the keyspace ({@code KEYS}/{@code SCAN}): lookups go through the indexes
 * and the time-ordered sets ({@code ZRANGEBYSCORE ... LIMIT}). Redis failures leave as {@link
 * io.tcgateway.application.error.StoreUnavailableException}.
 */
@Configuration
@Requires(property = "gateway.store.type", value = "redis")
package io.tcgateway.adapter.redis;

import io.micronaut.context.annotation.Configuration;
import io.micronaut.context.annotation.Requires;
