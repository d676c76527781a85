#!/usr/bin/env bash
# Grids at scale (issue 16): a grid of 100 000 cheap cells (ten 2-D problems x ten first-order
# optimizers x 1000 random starts, 100 iterations each) run three ways with the runner's heap capped,
# and checked against each other:
#
#   1. straight:  one run on one thread, timed (wall and CPU) and GC-logged: the peak heap, the live
#                 heap after each collection (flat if nothing is kept per cell), and the harness's
#                 overhead per cell = (time of the run - the optimizers' own time, the sum of the
#                 time_s column) / cells;
#   2. killed:    a run on two threads killed with SIGKILL once a third of the cells are written, then
#                 resumed; the folder must equal the straight one (scripts/SameResults.java:
#                 the same files, CSVs equal with the wall-time columns aside);
#   3. sharded:   8 shards (--shard k/8), then `merge`, timed and GC-logged; must equal the straight one.
#
# Usage: scripts/grid-at-scale.sh [OUT]   (default target/grid-at-scale; 3.4 GB in 800 000 small files)
# Environment: SEEDS (starts per problem and optimizer, default 1000: 100 000 cells), HEAP (default
# 512m), THREADS (of the killed run and the shards, default 2), JAR (a built steepest.jar with its lib/
# beside it, instead of building this checkout's). Exit status 0 when every check passes.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
out="${1:-target/grid-at-scale}"
seeds="${SEEDS:-1000}"
heap="${HEAP:-512m}"
threads="${THREADS:-2}"
cells=$((100 * seeds))
shards=8

if [[ -n "${JAR:-}" ]]; then
  jar="$(cd "$(dirname "$JAR")" && pwd)/$(basename "$JAR")"
else
  ./steepest list > /dev/null
  jar="$root/harness/target/steepest.jar"
fi
rm -rf "$out"
mkdir -p "$out"
out="$(cd "$out" && pwd)"
cat > "$out/grid.yaml" <<EOF
name: grid-at-scale
description: >-
  $cells cheap cells for the runner's scale test: ten 2-D problems, ten first-order optimizers,
  $seeds random starts each, 100 iterations per cell.
seed: 0
seeds: $seeds
problems: [sphere:d=2, quadratic:d=2, quadratic-rotated:d=2, rosenbrock:d=2, beale, booth, himmelblau,
           six-hump-camel, rastrigin:d=2, styblinski-tang:d=2]
optimizers:
  - {name: gd, params: {lr: [1e-4, 1e-3, 1e-2]}}
  - {name: sgd, params: {lr: [1e-3, 1e-2], momentum: 0.9}}
  - {name: adam, params: {lr: [1e-3, 1e-2, 1e-1]}}
  - lbfgs
  - ncg
budget: {iterations: 100}
start: {uniform: [-2, 2]}
record: {per_decade: 10}
EOF

# steepest NAME ARGS...: the CLI with the capped heap, a GC log NAME.gc and times in NAME.time.
steepest() {
  local name=$1
  shift
  /usr/bin/time -f "%e %U %S" -o "$out/$name.time" \
    java -Xmx"$heap" -Xlog:gc:file="$out/$name.gc" -jar "$jar" "$@" > "$out/$name.log" 2>&1
}

# heap NAME: "peak P MiB, live after GC at most L MiB (first quarter Q1, last quarter Q4)" from a GC log.
heap() {
  awk '/Pause/ && /->/ {
         match($0, /[0-9]+M->[0-9]+M/); split(substr($0, RSTART, RLENGTH), m, /M->|M/);
         before[n] = m[1] + 0; after[n] = m[2] + 0; n++ }
       END { if (n == 0) { print "no collection"; exit }
             for (i = 0; i < n; i++) { if (before[i] > peak) peak = before[i]; if (after[i] > live) live = after[i] }
             q = int(n / 4); if (q < 1) q = 1
             for (i = 0; i < q; i++) if (after[i] > first) first = after[i]
             for (i = n - q; i < n; i++) if (after[i] > last) last = after[i]
             printf "peak %d MiB, live after GC at most %d MiB (first quarter of the run %d, last quarter %d; %d collections)",
                    peak, live, first, last, n }' "$out/$1.gc"
}

# Sum of the time_s column of a summary: the optimizers' own time.
optimizer_seconds() {
  java "$root/scripts/SumColumn.java" "$1" time_s
}

same() {
  java "$root/scripts/SameResults.java" "$1" "$2" > "$out/same-$(basename "$2").log" 2>&1 \
    || { echo "grid-at-scale: $2 differs from $1:" >&2; head -20 "$out/same-$(basename "$2").log" >&2; exit 1; }
}

echo "grid-at-scale: $cells cells, heap $heap, load average $(cut -d' ' -f1-3 /proc/loadavg)"

# 1. Straight, one thread.
steepest straight run "$out/grid.yaml" --threads 1 --out "$out/straight"
read -r wall user sys < "$out/straight.time"
[[ $(($(wc -l < "$out/straight/summary.csv") - 1)) -eq $cells ]] || { echo "grid-at-scale: summary is incomplete" >&2; exit 1; }
own=$(optimizer_seconds "$out/straight/summary.csv")
awk -v w="$wall" -v u="$user" -v s="$sys" -v o="$own" -v n="$cells" 'BEGIN {
  printf "straight (1 thread): wall %.1f s, CPU %.1f s (user %.1f, sys %.1f), optimizers %.1f s\n", w, u + s, u, s, o
  printf "  harness overhead per cell: %.3f ms wall, %.3f ms CPU\n", (w - o) / n * 1000, (u + s - o) / n * 1000 }'
echo "  heap: $(heap straight)"

# 2. Killed with SIGKILL a third of the way, then resumed.
java -Xmx"$heap" -jar "$jar" run "$out/grid.yaml" --threads "$threads" --out "$out/killed" > "$out/killed-first.log" 2>&1 &
pid=$!
while kill -0 "$pid" 2>/dev/null; do
  done_cells=0
  [[ -d "$out/killed/cells" ]] && done_cells=$( (find "$out/killed/cells" -name '*.csv' 2>/dev/null || true) | wc -l)
  if [[ $done_cells -ge $((cells / 3)) ]]; then
    kill -KILL "$pid"
    break
  fi
  sleep 0.2
done
wait "$pid" 2>/dev/null && { echo "grid-at-scale: the run ended before it was killed" >&2; exit 1; }
kept=$(find "$out/killed/cells" -name '*.csv' | wc -l)
steepest resumed run "$out/grid.yaml" --threads "$threads" --out "$out/killed"
grep -q "$((cells - kept)) run, $kept kept" "$out/resumed.log" \
  || { echo "grid-at-scale: the resume did not keep the $kept cells written before the kill" >&2; tail -5 "$out/resumed.log" >&2; exit 1; }
same "$out/straight" "$out/killed"
read -r wall user sys < "$out/resumed.time"
echo "killed at $kept cells (SIGKILL), resumed: $((cells - kept)) cells in ${wall} s wall; equals the straight run"
echo "  heap of the resume: $(heap resumed)"

# 3. Eight shards, merged.
folders=()
for ((k = 1; k <= shards; k++)); do
  java -Xmx"$heap" -jar "$jar" run "$out/grid.yaml" --shard "$k/$shards" --threads "$threads" \
    --out "$out/shard-$k" > "$out/shard-$k.log" 2>&1
  folders+=("$out/shard-$k")
done
steepest merge merge "${folders[@]}" --out "$out/merged"
same "$out/straight" "$out/merged"
read -r wall user sys < "$out/merge.time"
echo "merged from $shards shards: wall ${wall} s, CPU $(awk -v u="$user" -v s="$sys" 'BEGIN { print u + s }') s; equals the straight run"
echo "  heap of the merge: $(heap merge)"
echo "grid-at-scale: all checks passed (load average now $(cut -d' ' -f1-3 /proc/loadavg))"
