-- Pending or connected sessions with an id above ARGV[2], in id order (SessionStore.findListening);
-- members whose session is gone (its TTL ran out) are dropped from the set on the way.
-- KEYS[1] listening sessions (zset, all scores 0: ordered by id)   ARGV[1] key prefix
-- ARGV[2] the id to start after ('' for the first)   ARGV[3] limit
-- Returns a flat list: id, document, sealed key, ...
local limit = tonumber(ARGV[3])
local out, found = {}, 0
local from = ARGV[2] == '' and '-' or '(' .. ARGV[2]
while found < limit do
  local ids = redis.call('ZRANGEBYLEX', KEYS[1], from, '+', 'LIMIT', 0, limit - found)
  if #ids == 0 then
    break
  end
  for _, id in ipairs(ids) do
    local stored = redis.call('HMGET', ARGV[1] .. 'session:' .. id, 'doc', 'key')
    if stored[1] then
      out[#out + 1] = id
      out[#out + 1] = stored[1]
      out[#out + 1] = stored[2]
      found = found + 1
    else
      redis.call('ZREM', KEYS[1], id)
    end
    from = '(' .. id
  end
end
return out
