-- Pending offers whose expiry score is at most ARGV[2], oldest first (SessionStore.findExpiredPending).
-- Members whose session is gone (its TTL ran out) are dropped from the set on the way.
-- KEYS[1] pending offers (zset)   ARGV[1] key prefix   ARGV[2] max score (epoch us)   ARGV[3] limit
-- Returns a flat list: id, document, sealed key, id, document, sealed key, ...
local limit = tonumber(ARGV[3])
local out, found = {}, 0
while found < limit do
  local ids = redis.call('ZRANGEBYSCORE', KEYS[1], '-inf', ARGV[2], 'LIMIT', found, limit - found)
  if #ids == 0 then
    break
  end
  local dropped = 0
  for _, id in ipairs(ids) do
    local stored = redis.call('HMGET', ARGV[1] .. 'session:' .. id, 'doc', 'key')
    if stored[1] then
      out[#out + 1] = id
      out[#out + 1] = stored[1]
      out[#out + 1] = stored[2]
      found = found + 1
    else
      redis.call('ZREM', KEYS[1], id)
      dropped = dropped + 1
    end
  end
  if dropped == 0 then
    break
  end
end
return out
