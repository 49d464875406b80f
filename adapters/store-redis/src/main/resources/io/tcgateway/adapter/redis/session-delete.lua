-- Deletes a session and the indexes that still name it (SessionStore.delete).
-- KEYS[1] session hash   KEYS[2] pending offers (zset)   KEYS[3] ended sessions (zset)
-- KEYS[4] listening sessions (zset)
-- ARGV[1] key prefix   ARGV[2] session id
-- Returns 1 when the session existed, 0 otherwise.
local prefix, id = ARGV[1], ARGV[2]
redis.call('ZREM', KEYS[2], id)
redis.call('ZREM', KEYS[3], id)
redis.call('ZREM', KEYS[4], id)
local stored = redis.call('HMGET', KEYS[1], 'owner', 'client', 'wallet')
if not stored[1] then
  return 0
end
local kinds = { 'session-owner:', 'session-client:', 'session-wallet:' }
for i = 1, 3 do
  if stored[i] then
    local index = prefix .. kinds[i] .. stored[i]
    if redis.call('GET', index) == id then
      redis.call('DEL', index)
    end
  end
end
redis.call('DEL', KEYS[1])
return 1
