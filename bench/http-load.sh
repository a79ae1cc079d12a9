#!/usr/bin/env bash
# HTTP load on the standalone server with wrk (Debian package wrk): requests/s and latency
# percentiles of DescribeDatasetGroup and CreateDatasetGroup over keep-alive connections from 1
# and 4 client threads, next to a bare Netty HTTP server built like the fake's (same codec, event
# loops and socket options, answering {} to everything), measured in the same run as the baseline;
# the bare JDK HTTP server the fake used before is measured too. Each figure follows a warm-up run.
# Usage: bench/http-load.sh [seconds per run, default 10]   (after: mvn -B -q package -DskipTests)
#        SERVER_ARGS="--data-dir /tmp/d" bench/http-load.sh    (the same with the MapDB store)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
seconds="${1:-10}"
command -v wrk >/dev/null || { echo "needs wrk (apt-get install wrk)"; exit 1; }
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }
fake_port=$(free_port)
bare_port=$(free_port)
jdk_port=$(free_port)
# SERVER_ARGS chooses the server's storage (default: memory, to measure the protocol and the server)
java -jar "$root/server/target/personalize-fake-server.jar" --port "$fake_port" --quota datasetGroups=100000000 \
  ${SERVER_ARGS:---in-memory} >/dev/null &
fake_pid=$!
java -cp "$root/bench/target/benchmarks.jar" io.personalizefake.bench.BareHttpServer "$bare_port" --netty >/dev/null &
bare_pid=$!
java -cp "$root/bench/target/benchmarks.jar" io.personalizefake.bench.BareHttpServer "$jdk_port" --jdk >/dev/null &
jdk_pid=$!
work=$(mktemp -d)
trap 'kill $fake_pid $bare_pid $jdk_pid 2>/dev/null || true; rm -rf "$work"' EXIT
sleep 2

cat >"$work/describe.lua" <<'LUA'
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/x-amz-json-1.1"
wrk.headers["X-Amz-Target"] = "AmazonPersonalize.DescribeDatasetGroup"
wrk.body = '{"datasetGroupArn":"arn:aws:personalize:us-east-1:123456789012:dataset-group/load"}'
LUA
cat >"$work/create.lua" <<'LUA'
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/x-amz-json-1.1"
wrk.headers["X-Amz-Target"] = "AmazonPersonalize.CreateDatasetGroup"
-- names stay unique across threads and across the warm-up and measured runs
local n = 0
local thread_id = 0
math.randomseed(os.time())
local run_id = math.random(1, 1000000000)
function setup(thread) thread_id = thread_id + 1; thread:set("tid", run_id .. "-" .. thread_id) end
request = function()
  n = n + 1
  return wrk.format(nil, nil, nil, '{"name":"load-' .. tid .. '-' .. n .. '"}')
end
LUA
curl -s -XPOST "http://127.0.0.1:$fake_port/" -H 'X-Amz-Target: AmazonPersonalize.CreateDatasetGroup' \
  -H 'Content-Type: application/x-amz-json-1.1' -d '{"name":"load"}' >/dev/null

micros() { # wrk's "95.12us", "1.20ms" or "1.01s" in microseconds
  awk -v v="$1" 'BEGIN { n = v + 0; if (v ~ /us$/) f = 1; else if (v ~ /ms$/) f = 1000; else if (v ~ /s$/) f = 1000000; else f = 1; printf "%.1f", n * f }'
}
base_p50=1
base_rps=1
run() { # run NAME PORT SCRIPT THREADS
  local out
  # warm-up, then the measured run
  wrk -t"$4" -c"$4" -d"$(( seconds / 3 + 1 ))"s -s "$3" "http://127.0.0.1:$2/" >/dev/null
  out=$(wrk -t"$4" -c"$4" -d"${seconds}"s --latency -s "$3" "http://127.0.0.1:$2/")
  local rps p50 p90 p99 non2xx
  rps=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
  p50=$(micros "$(awk '$1=="50%" {print $2}' <<<"$out")")
  p90=$(micros "$(awk '$1=="90%" {print $2}' <<<"$out")")
  p99=$(micros "$(awk '$1=="99%" {print $2}' <<<"$out")")
  non2xx=$(awk '/Non-2xx/ {print $5}' <<<"$out")
  if [[ "$1" == baseline* ]]; then base_p50=$p50; base_rps=$rps; fi
  echo "| $1 | $4 | $rps | $p50 | $p90 | $p99 | ${non2xx:-0} |" \
    "$(awk -v a="$p50" -v b="$base_p50" 'BEGIN { printf "%.2f", a / b }') |" \
    "$(awk -v a="$rps" -v b="$base_rps" 'BEGIN { printf "%.2f", a / b }') |"
}
echo "| operation | client threads (1 connection each) | requests/s | p50 us | p90 us | p99 us | non-2xx | p50 / baseline p50 | requests/s / baseline |"
echo "| --- | --- | --- | --- | --- | --- | --- | --- | --- |"
for t in 1 4; do
  run "baseline: bare Netty server" "$bare_port" "$work/describe.lua" "$t"
  run "bare JDK HttpServer (the fake's server before)" "$jdk_port" "$work/describe.lua" "$t"
  run "DescribeDatasetGroup" "$fake_port" "$work/describe.lua" "$t"
  run "CreateDatasetGroup" "$fake_port" "$work/create.lua" "$t"
done
