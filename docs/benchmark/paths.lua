-- One wrk script for every path of the benchmark; the path is chosen with the PATH_KIND variable.
--   accounts: GET /v1/accounts            list: GET a page of 20
--   invalid:  POST a body refused with 400 create: POST a new audience in one group
--   spread:   POST a new audience in one of many groups, each with its own key
-- The groups and keys are read from KEYS_FILE ("id key" per line); the first one is the main group.
-- DELAY_MS, if set, paces each connection: it waits that long after an answer before its next
-- request, so that the tail can be measured below saturation.

local kind = os.getenv("PATH_KIND")
local groups = {}
for line in io.lines(os.getenv("KEYS_FILE")) do
  local id, key = line:match("^(%x+) (%S+)$")
  if id then table.insert(groups, { id = id, key = key }) end
end
local counter = 0
local pause = tonumber(os.getenv("DELAY_MS") or "")
if pause then
  function delay() return pause end
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

local function body(name)
  return '{"name":"' .. name .. '","type":"on_demand"}'
end

function request()
  counter = counter + 1
  local main = groups[1]
  if kind == "accounts" then
    return wrk.format("GET", "/v1/accounts", { ["Authorization"] = "Bearer " .. main.key })
  elseif kind == "list" then
    return wrk.format("GET", "/v1/accounts/" .. main.id .. "/audiences?limit=20", { ["Authorization"] = "Bearer " .. main.key })
  elseif kind == "invalid" then
    return wrk.format("POST", "/v1/accounts/" .. main.id .. "/audiences",
      { ["Authorization"] = "Bearer " .. main.key, ["Content-Type"] = "application/json" }, '{"name":"","type":"x"}')
  elseif kind == "create" then
    return wrk.format("POST", "/v1/accounts/" .. main.id .. "/audiences",
      { ["Authorization"] = "Bearer " .. main.key, ["Content-Type"] = "application/json" }, body("b " .. prefix .. " " .. counter))
  elseif kind == "spread" then
    local g = groups[2 + (counter % (#groups - 1))]
    return wrk.format("POST", "/v1/accounts/" .. g.id .. "/audiences",
      { ["Authorization"] = "Bearer " .. g.key, ["Content-Type"] = "application/json" }, body("s " .. prefix .. " " .. counter))
  end
  return wrk.format("GET", "/ping")
end

function done(summary, latency, requests)
  local non2xx = summary.errors.status
  io.write(string.format("RESULT %.1f %.3f %.3f %d %d\n",
    summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    non2xx, summary.requests))
end
