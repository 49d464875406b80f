-- Follows an index to its session in one round trip.
-- KEYS[1] index (owner, client id or wallet client id)   ARGV[1] key prefix
-- Returns { id, document, sealed key }, or nil when the index or the session is missing.
local id = redis.call('GET', KEYS[1])
if not id then
  return nil
end
local stored = redis.call('HMGET', ARGV[1] .. 'session:' .. id, 'doc', 'key')
if not stored[1] then
  return nil
end
return { id, stored[1], stored[2] }
