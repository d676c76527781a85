#!/usr/bin/env bash
# Fault test of results folders (issue 17), run by .ci/run after the build:
#  1. a run killed with SIGKILL at random moments (KILLS times, default 5), each resumed, must end
#     with the files of an uninterrupted run (wall-time columns aside);
#  2. two processes racing into one new folder (RACES times each, default 10), with the same
#     experiment and with two different ones: exactly one writes (exit 0), the other is refused
#     (exit 2, one line), and the folder holds exactly the winner's results, never a mix.
# Usage: scripts/fault-test.sh   (STEEPEST=command overrides the launcher; KILLS, RACES the counts)
set -euo pipefail
cd "$(dirname "$0")/.."
read -r -a steepest <<< "${STEEPEST:-./steepest}"
kills=${KILLS:-5}
races=${RACES:-10}
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# 18 cells of a few tenths of a second each: long enough to be killed in the middle, and for two
# processes started together to overlap (their JVMs start in about a second).
cat > "$work/a.yaml" <<'EOF'
name: fault
seeds: 2
problems: ["quadratic:d=10000,cond=100", "quadratic:d=10000,cond=1000", "logreg:dataset=breast_cancer"]
optimizers: [gd:lr=1e-3, gd:lr=2e-3, "sgd:lr=1e-3,momentum=0.9"]
budget: {iterations: 4000}
stop: {gtol: 1e-300}
record: {per_decade: 10}
EOF
sed 's/iterations: 4000/iterations: 4001/' "$work/a.yaml" > "$work/b.yaml"

same() {
  java scripts/SameResults.java "$1" "$2"
}

started=$SECONDS
"${steepest[@]}" run "$work/a.yaml" --out "$work/ref-a" --threads 2 > /dev/null 2>&1
"${steepest[@]}" run "$work/b.yaml" --out "$work/ref-b" --threads 2 > /dev/null 2>&1
cells=$(find "$work/ref-a/cells" -name '*.csv' | wc -l)
echo "fault test: two reference runs of $cells cells took $((SECONDS - started))s"

count() {
  if [[ -d "$1/cells" ]]; then find "$1/cells" -name '*.csv' | wc -l; else echo 0; fi
}

# 1. Killed at random moments and resumed: once a random number of cells is done (0 included: before
#    or while the manifest is written), after a further random delay of up to 0.3 s (inside a cell).
for k in $(seq 1 "$kills"); do
  out="$work/killed-$k"
  target=$((RANDOM % (cells - 1)))
  "${steepest[@]}" run "$work/a.yaml" --out "$out" --threads 2 > "$work/killed-$k.log" 2>&1 &
  pid=$!
  while kill -0 "$pid" 2>/dev/null && (( $(count "$out") < target )); do
    sleep 0.05
  done
  sleep "$(printf '0.%03d' $((RANDOM % 300)))"
  kill -KILL "$pid" 2>/dev/null || { echo "fault test: kill $k came too late (the run had ended)"; exit 1; }
  wait "$pid" 2>/dev/null || true
  done_before=$(count "$out")
  "${steepest[@]}" run "$work/a.yaml" --out "$out" --threads 2 > "$work/resumed-$k.log" 2>&1 \
    || { echo "fault test: resume $k failed:"; cat "$work/resumed-$k.log"; exit 1; }
  same "$work/ref-a" "$out" || { echo "fault test: kill $k ($done_before cells done) resumed differs"; exit 1; }
  echo "fault test: killed after $done_before of $cells cells, resumed: $(grep '^cells:' "$work/resumed-$k.log" | cut -d, -f1-2)"
done

# 2. Two processes racing into one new folder.
race() {  # race NAME SPEC1 SPEC2
  local name=$1 i
  for i in $(seq 1 "$races"); do
    local out="$work/race-$name-$i"
    "${steepest[@]}" run "$2" --out "$out" --threads 2 > "$out.1.log" 2>&1 & local p1=$!
    "${steepest[@]}" run "$3" --out "$out" --threads 2 > "$out.2.log" 2>&1 & local p2=$!
    local s1=0 s2=0
    wait "$p1" || s1=$?
    wait "$p2" || s2=$?
    local winner loser
    if [[ $s1 == 0 && $s2 == 2 ]]; then winner=1; loser=2
    elif [[ $s1 == 2 && $s2 == 0 ]]; then winner=2; loser=1
    else
      echo "fault test: race $name $i: exit statuses $s1 and $s2, not one 0 and one 2"
      cat "$out.1.log" "$out.2.log"; exit 1
    fi
    local refusal; refusal="$(grep '^steepest: ' "$out.$loser.log")"
    [[ $(grep -c '^steepest: ' "$out.$loser.log") == 1 ]] \
      || { echo "fault test: race $name $i: the refusal is not one line"; cat "$out.$loser.log"; exit 1; }
    case "$refusal" in
      *"is in use by pid "*", started "*|*"holds experiment 'fault' with spec hash"*) ;;
      *) echo "fault test: race $name $i: unexpected refusal: $refusal"; exit 1 ;;
    esac
    # The folder holds the winner's experiment, whole and alone.
    local spec; spec=$([[ $winner == 1 ]] && echo "$2" || echo "$3")
    local reference; reference=$([[ $spec == "$work/a.yaml" ]] && echo "$work/ref-a" || echo "$work/ref-b")
    same "$reference" "$out" || { echo "fault test: race $name $i: the folder is not the winner's run"; exit 1; }
    echo "fault test: race $name $i: process $winner wrote, process $loser was refused (${refusal:10:60}...)"
  done
}
race same "$work/a.yaml" "$work/a.yaml"
race different "$work/a.yaml" "$work/b.yaml"
echo "fault test: $kills kills resumed and $((2 * races)) races, all consistent ($((SECONDS - started))s)"
