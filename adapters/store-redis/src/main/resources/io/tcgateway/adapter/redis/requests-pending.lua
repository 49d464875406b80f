-- The documents of a session's pending requests (WalletRequestStore.findPending); members whose
-- request is gone are dropped from the set.
-- KEYS[1] the session's pending requests (set)   ARGV[1] key prefix
local out = {}
for _, ref in ipairs(redis.call('SMEMBERS', KEYS[1])) do
  local doc = redis.call('HGET', ARGV[1] .. 'request:' .. ref, 'doc')
  if doc then
    out[#out + 1] = doc
  else
    redis.call('SREM', KEYS[1], ref)
  end
end
return out
