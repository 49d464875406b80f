-- Marks a proof payload used, once (ProofPayloadStore.consume): SET NX with its expiry, and the
-- id in the expiry set for the purge.
-- KEYS[1] the payload's key   KEYS[2] used payloads by expiry (zset)
-- ARGV[1] payload id   ARGV[2] expiry (epoch us)   ARGV[3] TTL in milliseconds
-- Returns 1 the first time, 0 ever after.
if redis.call('SET', KEYS[1], ARGV[2], 'NX', 'PX', ARGV[3]) then
  redis.call('ZADD', KEYS[2], ARGV[2], ARGV[1])
  return 1
end
return 0
