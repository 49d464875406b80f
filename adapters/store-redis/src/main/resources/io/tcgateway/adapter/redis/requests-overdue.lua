-- Documents of pending requests whose deadline score is at most ARGV[2], earliest first
-- (WalletRequestStore.findOverdue); members whose request is gone are dropped.
-- KEYS[1] pending requests by deadline (zset)   ARGV[1] key prefix   ARGV[2] max score   ARGV[3] limit
local limit = tonumber(ARGV[3])
local out, found = {}, 0
while found < limit do
  local refs = redis.call('ZRANGEBYSCORE', KEYS[1], '-inf', ARGV[2], 'LIMIT', found, limit - found)
  if #refs == 0 then
    break
  end
  local dropped = 0
  for _, ref in ipairs(refs) do
    local doc = redis.call('HGET', ARGV[1] .. 'request:' .. ref, 'doc')
    if doc then
      out[#out + 1] = doc
      found = found + 1
    else
      redis.call('ZREM', KEYS[1], ref)
      dropped = dropped + 1
    end
  end
  if dropped == 0 then
    break
  end
end
return out
