-- Inserts a request or replaces its stored version, keeping the queries' sets in step
-- (WalletRequestStore.insert / replace).
-- KEYS[1] request hash   KEYS[2] the session's pending requests (set)
-- KEYS[3] pending requests by deadline (zset)   KEYS[4] finished requests by change time (zset)
-- ARGV[1] request reference   ARGV[2] version   ARGV[3] expected stored version ('' for an insert)
--   ARGV[4] document   ARGV[5] '1' if pending   ARGV[6] deadline (epoch us)
--   ARGV[7] last change (epoch us)   ARGV[8] TTL in milliseconds of a finished request
-- Returns 1 when written, 0 when refused (reference taken, or not at the expected version).
if ARGV[3] == '' then
  if redis.call('EXISTS', KEYS[1]) == 1 then
    return 0
  end
elseif redis.call('HGET', KEYS[1], 'v') ~= ARGV[3] then
  return 0
end
local ref = ARGV[1]
redis.call('HSET', KEYS[1], 'v', ARGV[2], 'doc', ARGV[4])
if ARGV[5] == '1' then
  redis.call('SADD', KEYS[2], ref)
  redis.call('ZADD', KEYS[3], ARGV[6], ref)
  redis.call('ZREM', KEYS[4], ref)
  redis.call('PERSIST', KEYS[1])
else
  redis.call('SREM', KEYS[2], ref)
  redis.call('ZREM', KEYS[3], ref)
  redis.call('ZADD', KEYS[4], ARGV[7], ref)
  redis.call('PEXPIRE', KEYS[1], ARGV[8])
end
return 1
