-- GET a global list (the URL's path: /api/v1/storage/incoming or /api/v1/storage/shares), first page,
-- as a random one of the benchmark users (each owns the ten containers of one project).
dofile(os.getenv("BENCH_TOKENS"))

request = function()
  return wrk.format("GET", wrk.path, {
    ["Authorization"] = "Bearer " .. TOKENS[math.random(1, #TOKENS)]
  })
end
