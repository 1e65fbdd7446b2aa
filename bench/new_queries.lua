-- wrk script (bench/load.py): requests that are each a new query, for a service that keeps answers.
-- Arguments: the path of a GET /query?query=… request, and a number; request k asks that query with
-- " LIMIT n+k" appended. One wrk thread: every n once.
local path, n = "", 0

function init(args)
  path = args[1]
  n = tonumber(args[2])
end

function request()
  n = n + 1
  return wrk.format("GET", path .. "%20LIMIT%20" .. n)
end
