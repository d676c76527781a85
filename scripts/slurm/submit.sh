#!/usr/bin/env bash
# Submits an experiment to SLURM as an array job of N shards plus a merge job that runs once every
# shard has succeeded, and prints both job ids.
#
#   scripts/slurm/submit.sh EXPERIMENT RESULTS N [sbatch options for the shards, e.g. --cpus-per-task=8 -p long]
#
# EXPERIMENT is a built-in name or a YAML file; RESULTS a folder on a file system every node sees.
# Builds the jar first (once, here, rather than in every task), then submits from the repository
# root. Each task's log is RESULTS/logs/shard-K.log; the merge job's RESULTS/logs/merge.log; the merged
# folder RESULTS/merged. If a shard fails, SLURM cancels the merge job (--kill-on-invalid-dep); rerun
# the shard alone with the command printed below, then submit the merge job by hand.
set -euo pipefail
if [[ $# -lt 3 ]]; then
  echo "usage: scripts/slurm/submit.sh EXPERIMENT RESULTS N [sbatch options...]" >&2
  exit 2
fi
experiment=$1
results=$2
shards=$3
shift 3
if ! [[ "$shards" =~ ^[1-9][0-9]*$ ]]; then
  echo "submit.sh: N must be a whole number >= 1, got '$shards'" >&2
  exit 2
fi
command -v sbatch >/dev/null || { echo "submit.sh: sbatch is not on the PATH (is this a SLURM login node?)" >&2; exit 2; }
# The jobs run from the repository root: make paths given relative to here absolute.
[[ -e "$experiment" ]] && experiment="$(cd "$(dirname "$experiment")" && pwd)/$(basename "$experiment")"
mkdir -p "$results/logs"
results="$(cd "$results" && pwd)"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$root"
./steepest list > /dev/null

array=$(sbatch --parsable --array="1-$shards" --output="$results/logs/shard-%a.log" "$@" \
  scripts/slurm/steepest-array.sbatch "$experiment" "$results" "$shards")
array=${array%%;*}
merge=$(sbatch --parsable --dependency="afterok:$array" --kill-on-invalid-dep=yes \
  --output="$results/logs/merge.log" scripts/slurm/steepest-merge.sbatch "$results" "$shards")
merge=${merge%%;*}
echo "array job $array: $shards shards into $results/shard-1 .. $results/shard-$shards"
echo "merge job $merge: after the array succeeds, into $results/merged"
echo "rerun shard K alone: (cd $root && sbatch --array=K --output=$results/logs/shard-%a.log $* scripts/slurm/steepest-array.sbatch $experiment $results $shards)"
