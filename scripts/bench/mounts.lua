-- GET the mount configuration of a random container, as its owner.
dofile(os.getenv("BENCH_TOKENS"))

request = function()
  local c = math.random(0, #TOKENS * 10 - 1)
  return wrk.format("GET", "/api/v1/containers/c" .. c .. "/storage/mounts", {
    ["Authorization"] = "Bearer " .. TOKENS[math.floor(c / 10) + 1]
  })
end
