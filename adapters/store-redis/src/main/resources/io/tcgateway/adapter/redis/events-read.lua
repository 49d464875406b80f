-- The owner's entries with a sequence above ARGV[2], oldest first (OwnerEventLog.readAfter);
-- members whose entry is gone (its TTL ran out) are dropped on the way.
-- KEYS[1] the owner's entries (zset)   ARGV[1] key prefix   ARGV[2] after sequence   ARGV[3] limit
-- Returns a flat list: sequence, time (ISO-8601), document, ...
local limit = tonumber(ARGV[3])
local out, found, after = {}, 0, ARGV[2]
while found < limit do
  local seqs = redis.call('ZRANGEBYSCORE', KEYS[1], '(' .. after, '+inf', 'LIMIT', 0, limit - found)
  if #seqs == 0 then
    break
  end
  for _, seq in ipairs(seqs) do
    local stored = redis.call('HMGET', ARGV[1] .. 'event:' .. seq, 'at', 'doc')
    if stored[1] then
      out[#out + 1] = seq
      out[#out + 1] = stored[1]
      out[#out + 1] = stored[2]
      found = found + 1
    else
      redis.call('ZREM', KEYS[1], seq)
    end
    after = seq
  end
end
return out
