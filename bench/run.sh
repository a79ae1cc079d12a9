#!/usr/bin/env bash
# The whole benchmark suite in one run: builds the project, runs every JMH benchmark of the suite
# (each beside its baseline), the cold-start figures with and without an AppCDS archive, the heap
# per resource, and writes JSON results and a markdown summary with ratios to bench/target/results/.
# Usage: bench/run.sh [quick] [extra Maven arguments...]
#   quick   shorter iterations and fewer fresh JVMs (about 4-5 minutes instead of about 10)
# MAVEN_OPTS and the extra arguments go to Maven, e.g. bench/run.sh quick -Dmaven.repo.local=/tmp/m2
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
mode=full
if [ "${1:-}" = quick ]; then mode=quick; shift; fi

mvn -B -q -DskipTests package "$@"

jar="$root/bench/target/benchmarks.jar"
out="$root/bench/target/results"
rm -rf "$out"
mkdir -p "$out"

if [ "$mode" = quick ]; then
  iterations=(-wi 2 -w 1s -i 3 -r 1s)
  forks=5
else
  iterations=()
  forks=20
fi

{
  echo "date: $(date -u +%Y-%m-%dT%H:%M:%SZ)"
  echo "mode: $mode"
  echo "nproc: $(nproc)"
  echo "cpu: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')"
  echo "memory: $(grep MemTotal /proc/meminfo | awk '{printf "%.1f GiB", $2/1048576}')"
  java -version 2>&1 | sed 's/^/java: /'
  echo "commit: $(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo unknown)"
} >"$out/machine.txt"
cat "$out/machine.txt"

# Steady state: in-process calls on each store, list depth, the workflow, the SDK client against the
# bare service, the JUnit extension per test, and a warm build-to-first-call.
java -jar "$jar" 'ServiceBenchmark|ListDepthBenchmark|WorkflowBenchmark|CallBenchmark|ExtensionBenchmark|StartupBenchmark.warm' \
  "${iterations[@]}" -rf json -rff "$out/jmh-steady.json" | tee "$out/jmh-steady.txt"

# Cold start: one build-to-first-call in each of $forks fresh JVMs, beside a first map put.
java -jar "$jar" 'StartupBenchmark.(baseline_cold|cold)' -f "$forks" -rf json -rff "$out/jmh-cold.json" | tee "$out/jmh-cold.txt"

# The same with an AppCDS archive of the classes a start loads, written by one probe run.
archive="$root/bench/target/startup.jsa"
rm -f "$archive"
java -XX:ArchiveClassesAtExit="$archive" -cp "$jar" io.personalizefake.bench.StartupProbe >/dev/null 2>"$out/appcds-dump.log"
java -jar "$jar" 'StartupBenchmark.(baseline_cold|cold)' -f "$forks" -jvmArgsAppend "-XX:SharedArchiveFile=$archive" \
  -rf json -rff "$out/jmh-cold-appcds.json" | tee "$out/jmh-cold-appcds.txt"

# Where a cold start goes: the probe's split in fresh JVMs, and the classes it loads, by package.
for _ in $(seq "$forks"); do
  java -cp "$jar" io.personalizefake.bench.StartupProbe >>"$out/startup-default.json"
  java -XX:SharedArchiveFile="$archive" -cp "$jar" io.personalizefake.bench.StartupProbe >>"$out/startup-appcds.json"
done
java -Xlog:class+load=info:file="$out/class-load.log" -cp "$jar" io.personalizefake.bench.StartupProbe >/dev/null
# classes loaded after the probe's main class, grouped by their first three package names
awk '/io.personalizefake.bench.StartupProbe /{on=1; next} on && / source: /{split($2, p, "."); n=p[1]; for (i=2; i<=3 && i<length(p); i++) n=n "." p[i]; c[n]++; t++} END {for (k in c) printf "%6d %s\n", c[k], k; printf "%6d total\n", t}' \
  "$out/class-load.log" | sort -rn >"$out/classes-by-package.txt"
head -25 "$out/classes-by-package.txt"

# Heap bytes per stored dataset group in the memory store.
java -Xms2g -Xmx2g -cp "$jar" io.personalizefake.bench.HeapPerResource "$out/heap.json" 100000 "$([ "$mode" = quick ] && echo 1 || echo 3)"

java -cp "$jar" io.personalizefake.bench.Report "$out" >/dev/null
echo
cat "$out/summary.md"
echo "results in $out"
