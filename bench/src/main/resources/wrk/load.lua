-- Requests for wrk (https://github.com/wg/wrk), one kind per wrk process:
--   wrk ... -s load.lua URL -- series TOKEN COMPANIES METRICS   GET /api/v1/series/{subject}/{metric}, at random
--   wrk ... -s load.lua URL -- theses TOKEN ID,ID,...           GET /api/v1/theses/{id}, at random
--   wrk ... -s load.lua URL -- signups RUN                      POST /api/v1/subscribers, a new address each time,
--                                                               from 250 clients per thread (X-Forwarded-For, as an
--                                                               ingress controller sends it)
-- At the end it prints one JSON line: requests, errors (non-2xx and socket errors), rps, p50 and p99 in ms, and
-- what the errors were ("why": each status of 400 and above, and each kind of socket error, with its count).

local threads = {}
local counter = 0

function setup(thread)
  counter = counter + 1
  thread:set("number", counter)
  table.insert(threads, thread)
end

local kind, token, companies, metrics, ids, run
local sent = 0
failures = {}

function init(args)
  kind = args[1]
  math.randomseed(42 + number)
  if kind == "series" then
    token, companies, metrics = args[2], tonumber(args[3]), tonumber(args[4])
  elseif kind == "theses" then
    token, ids = args[2], {}
    for id in string.gmatch(args[3], "[^,]+") do table.insert(ids, id) end
  elseif kind == "signups" then
    run = args[2]
  else
    error("unknown kind " .. tostring(kind))
  end
end

function request()
  if kind == "series" then
    local path = string.format("/api/v1/series/C%04d/M%d", math.random(0, companies - 1), math.random(1, metrics))
    return wrk.format("GET", path, { ["Authorization"] = "Bearer " .. token })
  elseif kind == "theses" then
    return wrk.format("GET", "/api/v1/theses/" .. ids[math.random(1, #ids)], { ["Authorization"] = "Bearer " .. token })
  end
  sent = sent + 1
  local body = string.format('{"email": "load-%s-%d-%d@bench.example.com"}', run, number, sent)
  local client = string.format("10.0.%d.%d", number, sent % 250 + 1)
  return wrk.format("POST", "/api/v1/subscribers", { ["Content-Type"] = "application/json",
    ["X-Forwarded-For"] = client }, body)
end

function response(status, headers, body)
  if status >= 400 then
    failures[status] = (failures[status] or 0) + 1
  end
end

-- Each thread's statuses and the socket errors, e.g. {"HTTP 429": 3, "timeout": 2}, as a JSON object.
local function why(e)
  local counts = {}
  for _, thread in ipairs(threads) do
    for status, n in pairs(thread:get("failures")) do
      counts["HTTP " .. status] = (counts["HTTP " .. status] or 0) + n
    end
  end
  for _, socket in ipairs({ "connect", "read", "write", "timeout" }) do
    if e[socket] > 0 then counts[socket] = e[socket] end
  end
  local parts = {}
  for name, n in pairs(counts) do table.insert(parts, string.format('"%s": %d', name, n)) end
  table.sort(parts)
  return "{" .. table.concat(parts, ", ") .. "}"
end

function done(summary, latency, requests)
  local e = summary.errors
  local seconds = summary.duration / 1e6
  io.write(string.format('{"requests": %d, "errors": %d, "rps": %.1f, "p50": %.2f, "p99": %.2f, "why": %s}\n',
    summary.requests, e.status + e.connect + e.read + e.write + e.timeout, summary.requests / seconds,
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, why(e)))
end
