-- wrk script for bench/load.sh: POSTs a mix of what conversations send (Launch, topic questions asked by intent
-- and by slot, Yes and No), taken from the request fixtures, and prints one RESULT line at the end.
local names = { "launch-full-context", "topic-slot-match", "intent-NaloxoneIntent", "intent-OverdoseIntent",
                "amazon-YesIntent", "amazon-NoIntent" }
local bodies = {}
local next_body = 0

local function load(dir)
  for _, name in ipairs(names) do
    local file = assert(io.open(dir .. "/" .. name .. ".json", "rb"))
    bodies[#bodies + 1] = file:read("*a")
    file:close()
  end
end

load(os.getenv("REQUESTS") or "src/test/resources/requests")

function setup(thread)
  thread:set("id", thread.id or 0)
end

function init(args)
  -- threads start at different points of the mix
  next_body = (tonumber(id) or 0) % #bodies
end

function request()
  next_body = next_body % #bodies + 1
  return wrk.format("POST", "/", { ["Content-Type"] = "application/json" }, bodies[next_body])
end

function done(summary, latency, requests)
  local e = summary.errors
  local errors = e.connect + e.read + e.write + e.status + e.timeout
  io.write(string.format(
    "RESULT requests=%d rps=%.0f p50_ms=%.2f p99_ms=%.2f max_ms=%.2f errors=%d (connect=%d read=%d write=%d status=%d timeout=%d)\n",
    summary.requests, summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000,
    latency:percentile(99) / 1000, latency.max / 1000, errors, e.connect, e.read, e.write, e.status, e.timeout))
end
