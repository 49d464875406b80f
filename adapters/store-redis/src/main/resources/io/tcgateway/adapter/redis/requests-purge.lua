-- Deletes one batch of finished requests last changed before ARGV[2] (WalletRequestStore.purgeFinishedBefore).
-- KEYS[1] finished requests by change time (zset)   ARGV[1] key prefix
-- ARGV[2] cutoff (epoch us, exclusive)   ARGV[3] batch size
-- Returns how many were deleted (a batch smaller than ARGV[3] is the last).
local refs = redis.call('ZRANGEBYSCORE', KEYS[1], '-inf', '(' .. ARGV[2], 'LIMIT', 0, tonumber(ARGV[3]))
for _, ref in ipairs(refs) do
  redis.call('DEL', ARGV[1] .. 'request:' .. ref)
  redis.call('ZREM', KEYS[1], ref)
end
return #refs
