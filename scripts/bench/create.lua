-- POST a new share from a random container to its neighbour in the same project, as their owner.
-- Every request shares a path never used before, so each one is a real insert (no 409s).
dofile(os.getenv("BENCH_TOKENS"))

local threads = 0
setup = function(thread)
  threads = threads + 1
  thread:set("thread_id", threads)
end

local RUN = os.getenv("BENCH_RUN")
local counter = 0
request = function()
  counter = counter + 1
  local c = math.random(0, #TOKENS * 10 - 1)
  local target = c - c % 10 + (c + 1) % 10
  local body = '{"source_path":"/data/bench/' .. RUN .. '/' .. thread_id .. '/' .. counter ..
      '","target_container_id":"c' .. target .. '","mode":"readonly"}'
  return wrk.format("POST", "/api/v1/containers/c" .. c .. "/storage/shares", {
    ["Authorization"] = "Bearer " .. TOKENS[math.floor(c / 10) + 1],
    ["Content-Type"] = "application/json"
  }, body)
end
