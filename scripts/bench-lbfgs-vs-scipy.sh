#!/usr/bin/env bash
# steepest's lbfgs against scipy's L-BFGS-B on MGH extended Rosenbrock (n = 1e4 and 1e5) from the
# standard start (-1.2, 1, -1.2, 1, ...), both with m = 10 pairs, in one table:
#   scipy: minimize(fg, x0, jac=True, method="L-BFGS-B", options gtol=1e-6 (on the projected
#          gradient's inf-norm, here |g|_inf), ftol=0, maxcor=10, maxls=20), fg a fused numpy
#          value+gradient; timed in Python with time.perf_counter, REPEATS solves after 2 warm-up
#          solves, before and again after the JMH run (the machine's load drifts), median of all;
#   ours:  LbfgsSolveBenchmark (harness, JMH): a whole solve per operation through Driver.run to
#          |g|_2 <= 1e-6 (stricter than scipy's rule), AverageTime, median of the measurement
#          iterations; -prof gc for allocation: (alloc(solve) - alloc(firstIteration)) / (iterations - 1)
#          bytes per further iteration.
# Evaluations: scipy's nfev (= njev, L-BFGS-B evaluates f and g together) against our gradient
# evaluations (one combined value+gradient call counts one of each).
#
# Usage: scripts/bench-lbfgs-vs-scipy.sh [REPEATS] [JMH options...]   (defaults: 15, JMH's annotations)
# Needs Debian's /usr/bin/python3 with numpy and scipy; builds the jar through ./steepest.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
repeats="${1:-15}"
shift || true
out="$here/harness/target/bench-lbfgs-vs-scipy"
mkdir -p "$out"

echo "machine: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//'), $(nproc) cores"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"

scipy_timing() {
/usr/bin/python3 - "$repeats" <<'PYTHON'
import json
import sys
import time

import numpy as np
import scipy
from scipy.optimize import minimize


def value_and_gradient(x):
    a = x[0::2]
    t = x[1::2] - a * a
    u = 1 - a
    g = np.empty_like(x)
    g[0::2] = -400 * a * t - 2 * u
    g[1::2] = 200 * t
    return float(100 * (t @ t) + u @ u), g


repeats = int(sys.argv[1])
options = dict(gtol=1e-6, ftol=0.0, maxcor=10, maxls=20, maxiter=100000, maxfun=100000)
rows = {}
for n in (10000, 100000):
    x0 = np.tile([-1.2, 1.0], n // 2)
    times = []
    for k in range(repeats + 2):
        start = time.perf_counter()
        result = minimize(value_and_gradient, x0, jac=True, method="L-BFGS-B", options=options)
        if k >= 2:
            times.append(1e3 * (time.perf_counter() - start))
    rows[n] = dict(ms=times, nfev=int(result.nfev), njev=int(result.njev), nit=int(result.nit),
                   success=bool(result.success), message=str(result.message),
                   grad_inf=float(np.abs(result.jac).max()), scipy=scipy.__version__)
json.dump(rows, sys.stdout)
PYTHON
}

scipy_timing > "$out/scipy-before.json"
"$here/steepest" bench -prof gc -rf json -rff "$out/jmh.json" "$@" 'LbfgsSolveBenchmark' > "$out/jmh.log"
scipy_timing > "$out/scipy-after.json"

echo "load average after:  $(cut -d' ' -f1-3 /proc/loadavg)"
/usr/bin/python3 - "$out/scipy-before.json" "$out/scipy-after.json" "$out/jmh.json" <<'PYTHON'
import json
import statistics
import sys

scipy_rows = {int(n): row for n, row in json.load(open(sys.argv[1])).items()}
for n, row in json.load(open(sys.argv[2])).items():
    scipy_rows[int(n)]["ms"] = statistics.median(scipy_rows[int(n)]["ms"] + row["ms"])
ours = {}
for result in json.load(open(sys.argv[3])):
    n = int(result["params"]["n"])
    name = result["benchmark"].rsplit(".", 1)[1]
    scores = [score for fork in result["primaryMetric"]["rawData"] for score in fork]
    entry = ours.setdefault(n, {})
    entry[name] = dict(ms=statistics.median(scores), alloc=result["secondaryMetrics"]["gc.alloc.rate.norm"]["score"])
    counters = result["secondaryMetrics"]
    if "solves" in counters:
        for counter in ("gradientEvaluations", "iterations"):
            entry[counter] = counters[counter]["score"] / counters["solves"]["score"]

print()
print(f"scipy {scipy_rows[10000]['scipy']} L-BFGS-B against steepest lbfgs, MGH extended Rosenbrock, m = 10, "
      "medians (scipy over its repeats, ours over the JMH measurement iterations)")
print()
print("| n | scipy L-BFGS-B (ms) | steepest lbfgs (ms) | speed-up | scipy evaluations (nfev, nit) "
      "| ours (gradients, iterations) | evaluations ours / scipy | ours: bytes per run | bytes per further iteration |")
print("|---|---|---|---|---|---|---|---|---|")
for n in sorted(scipy_rows):
    s = scipy_rows[n]
    o = ours[n]
    solve, first = o["solve"], o["firstIteration"]
    per_iteration = (solve["alloc"] - first["alloc"]) / (o["iterations"] - 1)
    print(f"| {n} | {s['ms']:.1f} | {solve['ms']:.1f} | {s['ms'] / solve['ms']:.1f}x | {s['nfev']} ({s['nit']}) "
          f"| {o['gradientEvaluations']:.0f} ({o['iterations']:.0f}) | {o['gradientEvaluations'] / s['nfev']:.2f} "
          f"| {first['alloc']:.0f} | {per_iteration:.1f} |")
print()
print("Bytes per run: the L-BFGS memory (2(m + 1) n doubles) and the work vectors. Bytes per further iteration:")
print("a few bytes of JMH's own background: neither lbfgs's iterations nor the driver's tolerance checks allocate")
print("(LineSearchMethodTest.allocatesNothingPerIterationOnLargeProblems, DriverTest).")
PYTHON
