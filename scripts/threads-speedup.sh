#!/usr/bin/env bash
# Wall time of an experiment on 1 and on 2 threads, alternating, in one script run (issue 16: the
# `second-order` and `dimension` experiments, target >= 1.8x). For each round and thread count it
# prints the runner's time (the manifest's run, from its start to summary.csv written: what the thread
# budget and the schedule act on), the whole command's (JVM start, the run, the report) and the load
# average; then the medians and their ratios. Each run goes into a fresh folder, so nothing is resumed.
#
# Usage: scripts/threads-speedup.sh EXPERIMENT [ROUNDS]   (default 3 rounds)
# Environment: JAR (a built steepest.jar with its lib/ beside it, instead of building this checkout's),
# OUT (the folder for the runs, default target/threads-speedup).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
if [[ $# -lt 1 ]]; then
  echo "usage: scripts/threads-speedup.sh EXPERIMENT [ROUNDS]" >&2
  exit 2
fi
experiment=$1
rounds=${2:-3}
if [[ -n "${JAR:-}" ]]; then
  jar="$JAR"
else
  ./steepest list > /dev/null
  jar="$root/harness/target/steepest.jar"
fi
out="${OUT:-target/threads-speedup}"
rm -rf "$out"
mkdir -p "$out"

# The last run of a manifest, from its start to its end, in seconds.
runner_seconds() {
  local started finished
  started=$(sed -n '/"runs"/,/]/s/.*"started" : "\([^"]*\)".*/\1/p' "$1" | tail -1)
  finished=$(sed -n '/"runs"/,/]/s/.*"finished" : "\([^"]*\)".*/\1/p' "$1" | tail -1)
  awk -v a="$(date -d "$started" +%s.%N)" -v b="$(date -d "$finished" +%s.%N)" 'BEGIN { printf "%.2f", b - a }'
}

median() {
  sort -g | awk '{ v[NR] = $1 } END { printf "%.2f", NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

for ((r = 1; r <= rounds; r++)); do
  order=(1 2)
  ((r % 2 == 0)) && order=(2 1)
  for t in "${order[@]}"; do
    folder="$out/r$r-t$t"
    /usr/bin/time -f "%e" -o "$folder.time" java -jar "$jar" run "$experiment" --threads "$t" --out "$folder" \
      > "$folder.log" 2>&1 || { echo "threads-speedup: the run failed, see $folder.log" >&2; exit 1; }
    runner=$(runner_seconds "$folder/manifest.json")
    echo "$runner" >> "$out/runner-t$t"
    cat "$folder.time" >> "$out/command-t$t"
    echo "round $r, $t thread(s): runner $runner s, whole command $(cat "$folder.time") s, load average $(cut -d' ' -f1-3 /proc/loadavg)"
  done
done
r1=$(median < "$out/runner-t1")
r2=$(median < "$out/runner-t2")
c1=$(median < "$out/command-t1")
c2=$(median < "$out/command-t2")
awk -v e="$experiment" -v r1="$r1" -v r2="$r2" -v c1="$c1" -v c2="$c2" 'BEGIN {
  printf "%s, medians: runner %.2f s (1 thread) / %.2f s (2 threads) = %.2fx; whole command %.2f / %.2f s = %.2fx\n",
         e, r1, r2, r1 / r2, c1, c2, c1 / c2 }'
