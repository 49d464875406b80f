-- Deletes one batch of failed or expired sessions last changed before ARGV[2], with the indexes
-- that still name them (SessionStore.purgeEndedBefore).
-- KEYS[1] ended sessions (zset)   KEYS[2] listening sessions (zset)   ARGV[1] key prefix
-- ARGV[2] cutoff (epoch us, exclusive)
-- ARGV[3] batch size
-- Returns how many were deleted (a batch smaller than ARGV[3] is the last).
local prefix = ARGV[1]
local ids = redis.call('ZRANGEBYSCORE', KEYS[1], '-inf', '(' .. ARGV[2], 'LIMIT', 0, tonumber(ARGV[3]))
local kinds = { 'session-owner:', 'session-client:', 'session-wallet:' }
for _, id in ipairs(ids) do
  local session = prefix .. 'session:' .. id
  local stored = redis.call('HMGET', session, 'owner', 'client', 'wallet')
  for i = 1, 3 do
    if stored[i] then
      local index = prefix .. kinds[i] .. stored[i]
      if redis.call('GET', index) == id then
        redis.call('DEL', index)
      end
    end
  end
  redis.call('DEL', session)
  redis.call('ZREM', KEYS[1], id)
  redis.call('ZREM', KEYS[2], id)
end
return #ids
