-- The soak's steady stream (docs/benchmark/soak.sh): creates in one account group, every other one
-- with an Idempotency-Key of its own (as a client that sends one per intended creation), names
-- never repeated. The group and key are read from KEYS_FILE ("id key", first line).
local group, key
for line in io.lines(os.getenv("KEYS_FILE")) do
  group, key = line:match("^(%x+) (%S+)$")
  if group then break end
end
local counter = 0
-- With PACE_MS, each connection waits that long before each request: a steady rate, not a flood.
local pace = tonumber(os.getenv("PACE_MS") or "")
if pace then
  function delay()
    return pace
  end
end
local thread_id = 0

function setup(thread)
  thread_id = thread_id + 1
  thread:set("tid", thread_id)
end

function init(args)
  math.randomseed(os.time() + (tid or 0) * 7919)
  prefix = tostring(tid or 0) .. "-" .. tostring(math.random(1000000000))
end

function request()
  counter = counter + 1
  local name = "soak " .. prefix .. " " .. counter
  local headers = { ["Authorization"] = "Bearer " .. key, ["Content-Type"] = "application/json" }
  if counter % 2 == 0 then
    headers["Idempotency-Key"] = "soak-" .. prefix .. "-" .. counter
  end
  return wrk.format("POST", "/v1/accounts/" .. group .. "/audiences", headers,
    '{"name":"' .. name .. '","type":"on_demand","description":"A steady stream of creates, half of them keyed"}')
end

function done(summary, latency, requests)
  io.write(string.format("RESULT %.1f %.3f %.3f %d %d\n",
    summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    summary.errors.status, summary.requests))
end
