-- Appends an event to its owner's log unless the owner's log holds its key (OwnerEventLog.append).
-- KEYS[1] the owner's event keys (hash: event key -> sequence)   KEYS[2] the owner's entries (zset)
-- KEYS[3] the sequence counter   KEYS[4] every entry by time (zset: sequence by epoch us)
-- ARGV[1] key prefix   ARGV[2] event key   ARGV[3] owner   ARGV[4] time (ISO-8601)
--   ARGV[5] time (epoch us)   ARGV[6] document   ARGV[7] TTL of the entry in milliseconds
-- Returns { 1 if written else 0, sequence, stored time, stored document }.
local prefix = ARGV[1]
local seq = redis.call('HGET', KEYS[1], ARGV[2])
if seq then
  local stored = redis.call('HMGET', prefix .. 'event:' .. seq, 'at', 'doc')
  if stored[1] then
    return { 0, seq, stored[1], stored[2] }
  end
  redis.call('ZREM', KEYS[2], seq)
end
seq = tostring(redis.call('INCR', KEYS[3]))
local entry = prefix .. 'event:' .. seq
local ttl = tonumber(ARGV[7])
redis.call('HSET', entry, 'owner', ARGV[3], 'key', ARGV[2], 'at', ARGV[4], 'doc', ARGV[6])
redis.call('PEXPIRE', entry, ttl)
redis.call('HSET', KEYS[1], ARGV[2], seq)
redis.call('ZADD', KEYS[2], seq, seq)
redis.call('ZADD', KEYS[4], ARGV[5], seq)
-- The owner's key and entry sets live at least as long as their newest entry.
for i = 1, 2 do
  if redis.call('PTTL', KEYS[i]) < ttl then
    redis.call('PEXPIRE', KEYS[i], ttl)
  end
end
return { 1, seq, ARGV[4], ARGV[6] }
