#!/usr/bin/env bash
# The SLURM path for real, on this machine: installs Debian's slurm-wlm and munge if missing, starts a
# single-node cluster (munged, slurmctld and slurmd run directly, no systemd; every file of theirs
# under one private state folder, with its own munge key, socket and ports), submits a built-in
# experiment with scripts/slurm/submit.sh (the documented way: an array job of 4 shards and the
# dependent merge job), waits for both, runs the same experiment locally, and compares the merged
# folder with the local one (scripts/SameResults.java: the same files, CSVs equal with the
# wall-time columns aside). Then it stops what it started, by process id.
#
# Needs root (the daemons, and apt-get when the packages are missing). Run by .ci/run with
# STEEPEST_REQUIRE_SLURM=1; without it, a non-root user gets a notice and exit status 0.
# Usage: scripts/slurm/cluster-test.sh [EXPERIMENT]   (default: quickstart; about a minute on 2 cores)
set -euo pipefail
experiment="${1:-quickstart}"
shards=4
deadline_seconds=240
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$root"

if [[ "$(id -u)" -ne 0 ]]; then
  if [[ -n "${STEEPEST_REQUIRE_SLURM:-}" ]]; then
    echo "slurm-test: must run as root (it starts slurmctld, slurmd and munged)" >&2
    exit 1
  fi
  echo "slurm-test: skipped (not root; set STEEPEST_REQUIRE_SLURM=1 to make this an error)" >&2
  exit 0
fi
if ! command -v slurmctld >/dev/null || ! command -v slurmd >/dev/null || ! command -v sbatch >/dev/null \
    || ! command -v munged >/dev/null || ! command -v mungekey >/dev/null; then
  echo "slurm-test: installing slurm-wlm and munge..." >&2
  # Another apt-get may hold the lock (a long install): wait for it rather than fail.
  apt-get -o DPkg::Lock::Timeout=900 update -q >&2
  DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=900 install -y -q --no-install-recommends \
    slurm-wlm munge >&2
fi

state="$(mktemp -d /tmp/steepest-slurm.XXXXXX)"
results="$root/target/slurm-test"
pids=()
jobs_submitted=()
stop() {
  local status=$?
  if ((${#jobs_submitted[@]})); then
    scancel "${jobs_submitted[@]}" 2>/dev/null || true
  fi
  for pid in "${pids[@]}"; do
    kill "$pid" 2>/dev/null || true
  done
  for pid in "${pids[@]}"; do
    wait "$pid" 2>/dev/null || true
  done
  if [[ $status -ne 0 ]]; then
    echo "slurm-test: FAILED; daemon logs follow" >&2
    tail -n 30 "$state"/*.log "$results"/logs/*.log >&2 2>/dev/null || true
  fi
  rm -rf "$state"
}
trap stop EXIT

# munged: its key (root's, 0600, in a folder only root can read) and a socket every user can reach.
chmod 755 "$state"
mkdir -m 700 "$state/munge"
mkdir -m 755 "$state/run"
mungekey --create --keyfile="$state/munge/munge.key"
munged --foreground --key-file="$state/munge/munge.key" --socket="$state/run/munge.socket" \
  --pid-file="$state/run/munged.pid" --log-file="$state/munged.log" --seed-file="$state/munge/seed" \
  >> "$state/munged.log" 2>&1 &
pids+=($!)

# slurm.conf: one node, this machine as slurmd describes it; no cgroups, no accounting.
host="$(hostname -s)"
node="$(slurmd -C | head -n 1)"
mkdir -p "$state/ctld" "$state/d"
cat > "$state/slurm.conf" <<CONF
ClusterName=steepest-test
SlurmctldHost=$host(127.0.0.1)
SlurmctldPort=16817
SlurmdPort=16818
SlurmUser=root
AuthType=auth/munge
AuthInfo=socket=$state/run/munge.socket
CredType=cred/munge
StateSaveLocation=$state/ctld
SlurmdSpoolDir=$state/d
SlurmctldPidFile=$state/run/slurmctld.pid
SlurmdPidFile=$state/run/slurmd.pid
SlurmctldLogFile=$state/slurmctld.log
SlurmdLogFile=$state/slurmd.log
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
JobAcctGatherType=jobacct_gather/none
AccountingStorageType=accounting_storage/none
SchedulerType=sched/backfill
SelectType=select/cons_tres
SelectTypeParameters=CR_CPU
MpiDefault=none
ReturnToService=2
$node NodeAddr=127.0.0.1 State=UNKNOWN
PartitionName=test Nodes=$host Default=YES MaxTime=INFINITE State=UP
CONF
export SLURM_CONF="$state/slurm.conf"
slurmctld -D -c -i -f "$SLURM_CONF" >> "$state/slurmctld.log" 2>&1 &
pids+=($!)
slurmd -D -f "$SLURM_CONF" >> "$state/slurmd.log" 2>&1 &
pids+=($!)

until [[ "$(sinfo -h -n "$host" -o %T 2>/dev/null)" == idle* ]]; do
  ((SECONDS < 60)) || { echo "slurm-test: the node did not come up: $(sinfo 2>&1)" >&2; exit 1; }
  sleep 1
done
echo "slurm-test: single-node cluster up ($host, $(sinfo -h -o %c) CPUs)"

rm -rf "$results"
submitted="$(scripts/slurm/submit.sh "$experiment" "$results" "$shards" --cpus-per-task=1)"
echo "$submitted"
array="$(sed -n 's/^array job \([0-9]*\):.*/\1/p' <<< "$submitted")"
merge="$(sed -n 's/^merge job \([0-9]*\):.*/\1/p' <<< "$submitted")"
[[ -n "$array" && -n "$merge" ]] || { echo "slurm-test: no job ids in submit.sh's output" >&2; exit 1; }
jobs_submitted=("$array" "$merge")

# The local run, while the cluster works.
./steepest run "$experiment" --threads 1 --out "$results/local" > "$results/local.log"

started=$SECONDS
while squeue -h -j "$array,$merge" 2>/dev/null | grep -q .; do
  ((SECONDS - started < deadline_seconds)) || { echo "slurm-test: jobs still queued after ${deadline_seconds}s:" >&2; squeue >&2; exit 1; }
  sleep 2
done
grep -h -E '^(running|cells:|merged) ' "$results"/logs/shard-*.log "$results/logs/merge.log" || true
state_of() { scontrol -o show job "$1" | tr ' ' '\n' | sed -n 's/^JobState=//p' | sort -u | tr '\n' ' '; }
[[ "$(state_of "$array")" == "COMPLETED " ]] || { echo "slurm-test: array job $array ended $(state_of "$array")" >&2; exit 1; }
[[ "$(state_of "$merge")" == "COMPLETED " ]] || { echo "slurm-test: merge job $merge ended $(state_of "$merge")" >&2; exit 1; }
jobs_submitted=()

java scripts/SameResults.java "$results/merged" "$results/local"
echo "slurm-test: ok: $experiment in $shards SLURM shards, merged, equals the local run"
