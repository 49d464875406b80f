-- Moves the cursors of client ids on one bridge to an event id, never backwards where both ids
-- are decimal int64 (BridgeCursorStore.advance). Compared as text of digits, not as Lua numbers:
-- doubles lose int64 precision above 2^53.
-- KEYS[1] the bridge's cursors (hash: client id -> event id)
-- ARGV[1] event id   ARGV[2..] client ids
-- Returns how many cursors were written.

-- An int64 in decimal as (negative, digits without leading zeros), or nil if it is not one
-- (BridgeEventId.isNumeric: an optional '-', 1 to 19 digits, within the int64 range).
local function int64(text)
  local negative, digits = false, text
  if string.sub(text, 1, 1) == '-' then
    negative, digits = true, string.sub(text, 2)
  end
  if #digits == 0 or #digits > 19 or not string.find(digits, '^%d+$') then
    return nil
  end
  digits = string.gsub(digits, '^0+', '')
  if digits == '' then
    return false, '0'
  end
  local limit = negative and '9223372036854775808' or '9223372036854775807'
  if #digits == 19 and digits > limit then
    return nil
  end
  return negative, digits
end

-- Whether decimal a is greater than decimal b.
local function greater(aNegative, a, bNegative, b)
  if aNegative ~= bNegative then
    return bNegative
  end
  local order = 0
  if #a ~= #b then
    order = #a > #b and 1 or -1
  elseif a ~= b then
    order = a > b and 1 or -1
  end
  if aNegative then
    return order < 0
  end
  return order > 0
end

local offered = ARGV[1]
local offeredNegative, offeredDigits = int64(offered)
local written = 0
for i = 2, #ARGV do
  local keep = false
  if offeredDigits then
    local stored = redis.call('HGET', KEYS[1], ARGV[i])
    if stored then
      local storedNegative, storedDigits = int64(stored)
      keep = storedDigits ~= nil and greater(storedNegative, storedDigits, offeredNegative, offeredDigits)
    end
  end
  if not keep then
    redis.call('HSET', KEYS[1], ARGV[i], offered)
    written = written + 1
  end
end
return written
