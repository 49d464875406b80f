-- Deletes one batch of entries logged before ARGV[2], with their owner's key and set members
-- (OwnerEventLog.purgeBefore).
-- KEYS[1] every entry by time (zset)   ARGV[1] key prefix   ARGV[2] cutoff (epoch us, exclusive)
-- ARGV[3] batch size
-- Returns how many were deleted (a batch smaller than ARGV[3] is the last).
local prefix = ARGV[1]
local seqs = redis.call('ZRANGEBYSCORE', KEYS[1], '-inf', '(' .. ARGV[2], 'LIMIT', 0, tonumber(ARGV[3]))
for _, seq in ipairs(seqs) do
  local entry = prefix .. 'event:' .. seq
  local stored = redis.call('HMGET', entry, 'owner', 'key')
  if stored[1] then
    redis.call('DEL', entry)
    redis.call('ZREM', prefix .. 'events:' .. stored[1], seq)
    local keys = prefix .. 'event-keys:' .. stored[1]
    if redis.call('HGET', keys, stored[2]) == seq then
      redis.call('HDEL', keys, stored[2])
    end
  end
  redis.call('ZREM', KEYS[1], seq)
end
return #seqs
