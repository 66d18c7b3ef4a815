-- GET the incoming view of a random container, as its owner.
-- tokens.lua (written by bench-rest.sh) defines TOKENS[p] for user p, owner of containers c(10p)..c(10p+9).
dofile(os.getenv("BENCH_TOKENS"))

request = function()
  local c = math.random(0, #TOKENS * 10 - 1)
  return wrk.format("GET", "/api/v1/containers/c" .. c .. "/storage/incoming", {
    ["Authorization"] = "Bearer " .. TOKENS[math.floor(c / 10) + 1]
  })
end
