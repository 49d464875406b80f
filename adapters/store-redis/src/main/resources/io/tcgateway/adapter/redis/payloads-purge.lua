-- Forgets one batch of payload ids whose expiry is before ARGV[2] (ProofPayloadStore.purgeExpired).
-- KEYS[1] used payloads by expiry (zset)   ARGV[1] key prefix   ARGV[2] now (epoch us, exclusive)
-- ARGV[3] batch size
-- Returns how many were forgotten (a batch smaller than ARGV[3] is the last).
local ids = redis.call('ZRANGEBYSCORE', KEYS[1], '-inf', '(' .. ARGV[2], 'LIMIT', 0, tonumber(ARGV[3]))
for _, id in ipairs(ids) do
  redis.call('DEL', ARGV[1] .. 'payload:' .. id)
  redis.call('ZREM', KEYS[1], id)
end
return #ids
