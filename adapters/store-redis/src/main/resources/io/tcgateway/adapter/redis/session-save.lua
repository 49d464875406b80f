-- Saves a session and its routing indexes in one step (SessionStore.save).
-- KEYS[1] session hash   KEYS[2] owner index   KEYS[3] client id index
-- KEYS[4] wallet client id index (unused when ARGV[9] is empty)   KEYS[5] pending offers (zset)
-- KEYS[6] ended sessions (zset: failed or expired, by last change)
-- KEYS[7] listening sessions (zset: pending or connected, all scores 0, read in id order)
-- ARGV[1] key prefix   ARGV[2] session id   ARGV[3] version   ARGV[4] expected stored version
--   ('' for an insert)   ARGV[5] document   ARGV[6] sealed secret key (inserts only)
--   ARGV[7] owner   ARGV[8] client id   ARGV[9] wallet client id ('' unless connected)
--   ARGV[10] offer expiry in epoch microseconds ('' unless pending)
--   ARGV[11] TTL in milliseconds ('0': no TTL)
--   ARGV[12] last change in epoch microseconds if failed or expired, else ''
-- Returns 1 when written, 0 when refused (stale version, taken id / owner / client id / wallet
-- client id).
local prefix, id = ARGV[1], ARGV[2]

-- Whether an index names a live session other than this one.
local function taken(index)
  local other = redis.call('GET', index)
  return other and other ~= id and redis.call('EXISTS', prefix .. 'session:' .. other) == 1
end

-- A wallet client id belongs to one connected session at a time.
if ARGV[9] ~= '' and taken(KEYS[4]) then
  return 0
end

if ARGV[4] == '' then
  if redis.call('EXISTS', KEYS[1]) == 1 or taken(KEYS[2]) or taken(KEYS[3]) then
    return 0
  end
  redis.call('HSET', KEYS[1], 'key', ARGV[6], 'owner', ARGV[7], 'client', ARGV[8])
else
  local stored = redis.call('HMGET', KEYS[1], 'v', 'owner', 'client', 'wallet')
  if stored[1] ~= ARGV[4] or stored[2] ~= ARGV[7] or stored[3] ~= ARGV[8] then
    return 0
  end
  if stored[4] and stored[4] ~= ARGV[9] then
    local old = prefix .. 'session-wallet:' .. stored[4]
    if redis.call('GET', old) == id then
      redis.call('DEL', old)
    end
  end
end

redis.call('HSET', KEYS[1], 'v', ARGV[3], 'doc', ARGV[5])
redis.call('SET', KEYS[2], id)
redis.call('SET', KEYS[3], id)
if ARGV[9] ~= '' then
  redis.call('HSET', KEYS[1], 'wallet', ARGV[9])
  redis.call('SET', KEYS[4], id)
else
  redis.call('HDEL', KEYS[1], 'wallet')
end
if ARGV[10] ~= '' then
  redis.call('ZADD', KEYS[5], ARGV[10], id)
else
  redis.call('ZREM', KEYS[5], id)
end
if ARGV[12] ~= '' then
  redis.call('ZADD', KEYS[6], ARGV[12], id)
  redis.call('ZREM', KEYS[7], id)
else
  redis.call('ZREM', KEYS[6], id)
  redis.call('ZADD', KEYS[7], 0, id)
end
local ttl = tonumber(ARGV[11])
for i = 1, 3 do
  if ttl > 0 then
    redis.call('PEXPIRE', KEYS[i], ttl)
  else
    redis.call('PERSIST', KEYS[i])
  end
end
return 1
