import { LuaScript } from './lua-script.ts';

/*
 * The Redis queue's data, under a prefix P:
 *   P job:<id>  hash   id, kind, taskId, trackId?, runAt, createdAt, member, state, attempt,
 *                      leaseOwner?, leaseExpiresAt?, lastError?
 *   P waiting   zset   member -> runAt (due when runAt <= now)
 *   P active    zset   member -> leaseExpiresAt (an expired member counts as waiting)
 *   P done, P dead     sets of job ids
 *   P seq       counter giving each job its enqueue number
 * A member is "<enqueue number, 16 digits>:<id>", so members with an equal score sort oldest
 * first. Times are always passed in by the caller (the injected clock), never read from Redis.
 */

/** Lua prelude: the job id inside a member. */
const ID_OF = 'local function idOf(member) return string.sub(member, 18) end\n';

/** KEYS job, waiting, seq; ARGV id, kind, taskId, trackId ('' for none), runAt, createdAt. Returns 1 when added. */
export const enqueueScript = new LuaScript(`
if redis.call('EXISTS', KEYS[1]) == 1 then return 0 end
local member = string.format('%016d:%s', redis.call('INCR', KEYS[3]), ARGV[1])
redis.call('HSET', KEYS[1], 'id', ARGV[1], 'kind', ARGV[2], 'taskId', ARGV[3], 'runAt', ARGV[5],
  'createdAt', ARGV[6], 'member', member, 'state', 'waiting', 'attempt', 0)
if ARGV[4] ~= '' then redis.call('HSET', KEYS[1], 'trackId', ARGV[4]) end
redis.call('ZADD', KEYS[2], ARGV[5], member)
return 1
`);

/**
 * KEYS waiting, active; ARGV now, leaseExpiresAt, workerId, job key prefix. Takes the due job with
 * the lowest (runAt, member), counting expired leases as due, and returns its hash (or nil).
 */
export const leaseScript = new LuaScript(`${ID_OF}
local best, bestRunAt, from = nil, nil, nil
local due = redis.call('ZRANGEBYSCORE', KEYS[1], '-inf', ARGV[1], 'WITHSCORES', 'LIMIT', 0, 1)
if due[1] then best, bestRunAt, from = due[1], tonumber(due[2]), KEYS[1] end
for _, member in ipairs(redis.call('ZRANGEBYSCORE', KEYS[2], '-inf', ARGV[1])) do
  local runAt = tonumber(redis.call('HGET', ARGV[4] .. idOf(member), 'runAt'))
  if best == nil or runAt < bestRunAt or (runAt == bestRunAt and member < best) then
    best, bestRunAt, from = member, runAt, KEYS[2]
  end
end
if best == nil then return nil end
local key = ARGV[4] .. idOf(best)
redis.call('ZREM', from, best)
redis.call('ZADD', KEYS[2], ARGV[2], best)
redis.call('HINCRBY', key, 'attempt', 1)
redis.call('HSET', key, 'state', 'active', 'leaseOwner', ARGV[3], 'leaseExpiresAt', ARGV[2])
return redis.call('HGETALL', key)
`);

/** KEYS job, active; ARGV workerId, leaseExpiresAt. Returns 1 when the worker still held the lease. */
export const extendScript = new LuaScript(`
if redis.call('HGET', KEYS[1], 'state') ~= 'active' or redis.call('HGET', KEYS[1], 'leaseOwner') ~= ARGV[1] then
  return 0
end
redis.call('HSET', KEYS[1], 'leaseExpiresAt', ARGV[2])
redis.call('ZADD', KEYS[2], ARGV[2], redis.call('HGET', KEYS[1], 'member'))
return 1
`);

/** KEYS job, active, done; ARGV workerId, id. A no-op unless the worker holds the job. */
export const completeScript = new LuaScript(`
if redis.call('HGET', KEYS[1], 'leaseOwner') ~= ARGV[1] then return 0 end
redis.call('ZREM', KEYS[2], redis.call('HGET', KEYS[1], 'member'))
redis.call('HSET', KEYS[1], 'state', 'done')
redis.call('HDEL', KEYS[1], 'leaseOwner', 'leaseExpiresAt')
redis.call('SADD', KEYS[3], ARGV[2])
return 1
`);

/**
 * KEYS job, active, waiting, dead; ARGV workerId, id, message, retryable ('1'/'0'), maxAttempts,
 * backoffMs, jitter fraction in [0, 1), now. Retries after backoffMs * 2^(attempt-1) plus up to 20 %
 * jitter, or marks the job dead. Returns 'retrying', 'dead', or 'lost' when the worker no longer holds the lease.
 */
export const failScript = new LuaScript(`
if redis.call('HGET', KEYS[1], 'state') ~= 'active' or redis.call('HGET', KEYS[1], 'leaseOwner') ~= ARGV[1] then return 'lost' end
local attempt = tonumber(redis.call('HGET', KEYS[1], 'attempt'))
local member = redis.call('HGET', KEYS[1], 'member')
redis.call('ZREM', KEYS[2], member)
redis.call('HDEL', KEYS[1], 'leaseOwner', 'leaseExpiresAt')
redis.call('HSET', KEYS[1], 'lastError', ARGV[3])
if ARGV[4] ~= '1' or attempt >= tonumber(ARGV[5]) then
  redis.call('HSET', KEYS[1], 'state', 'dead')
  redis.call('SADD', KEYS[4], ARGV[2])
  return 'dead'
end
local base = tonumber(ARGV[6]) * 2 ^ (attempt - 1)
local jitter = math.floor(tonumber(ARGV[7]) * math.max(1, math.floor(base * 0.2)))
local runAt = string.format('%d', tonumber(ARGV[8]) + base + jitter)
redis.call('HSET', KEYS[1], 'state', 'waiting', 'runAt', runAt)
redis.call('ZADD', KEYS[3], runAt, member)
return 'retrying'
`);

/** KEYS job, active, waiting; ARGV workerId, now. Puts a held job back as due now, uncounting the attempt. */
export const releaseScript = new LuaScript(`
if redis.call('HGET', KEYS[1], 'state') ~= 'active' or redis.call('HGET', KEYS[1], 'leaseOwner') ~= ARGV[1] then
  return 0
end
local member = redis.call('HGET', KEYS[1], 'member')
local attempt = math.max(0, tonumber(redis.call('HGET', KEYS[1], 'attempt')) - 1)
redis.call('ZREM', KEYS[2], member)
redis.call('HDEL', KEYS[1], 'leaseOwner', 'leaseExpiresAt')
redis.call('HSET', KEYS[1], 'state', 'waiting', 'runAt', ARGV[2], 'attempt', attempt)
redis.call('ZADD', KEYS[3], ARGV[2], member)
return 1
`);

/** KEYS waiting, active, done, dead; ARGV now. Returns {waiting, active, done, dead} from one snapshot. */
export const countsScript = new LuaScript(`
local expired = redis.call('ZCOUNT', KEYS[2], '-inf', ARGV[1])
return {
  redis.call('ZCARD', KEYS[1]) + expired,
  redis.call('ZCARD', KEYS[2]) - expired,
  redis.call('SCARD', KEYS[3]),
  redis.call('SCARD', KEYS[4]),
}
`);
