#!/usr/bin/python3
"""scipy's p-values for the significance tests of steepest.harness.stats.

Run by hand with Debian's python3-scipy (1.10), never by CI:

    /usr/bin/python3 harness/src/test/python/stats_fixture.py

Writes harness/src/test/resources/fixtures/stats/scipy-tests.json with, for every case, its inputs
and what scipy.stats 1.10 answers under the conventions steepest states (README-i12, issue 12):

- signed_rank: scipy.stats.wilcoxon(a, b, zero_method='wilcox', correction=False,
  alternative=..., method=M) with M = 'exact' if there are at most 25 pairs, no zero difference and
  no tie among the |a - b|, else 'approx'. Runs that never reached a target carry +inf: a pair where
  both are +inf is a zero difference, a pair where one is +inf a difference of infinite magnitude
  (larger than any finite one, tied with the other infinite ones). scipy cannot subtract infinities,
  so this script applies that convention itself: it passes the differences d, with +-BIG for the
  infinite ones, to wilcoxon(d) (which is wilcoxon(a, b) with d = a - b).
- rank_sum: scipy.stats.mannwhitneyu(a, b, use_continuity=False, alternative=...,
  method='asymptotic'); +inf values are ranked as scipy ranks them (last, tied).
- friedman: scipy.stats.friedmanchisquare over the columns (optimizers) of a problems x optimizers
  matrix.
- studentized_range: scipy.stats.studentized_range.ppf(1 - alpha, k, inf) / sqrt(2), Nemenyi's
  q_alpha (Demsar 2006, Table 5).

Inputs are drawn from numpy's seeded generator and written out, so the Java test reads the very
numbers scipy saw.
"""
import json
import math
import os

import numpy as np
import scipy
from scipy import stats

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "resources", "fixtures", "stats", "scipy-tests.json")
EXACT_LIMIT = 25
BIG = 1e300

rng = np.random.RandomState(20240612)


def differences(a, b):
    """a - b with the convention for +inf (never reached): equal values differ by 0."""
    d = []
    for x, y in zip(a, b):
        if x == y:
            d.append(0.0)
        elif math.isinf(x):
            d.append(BIG)
        elif math.isinf(y):
            d.append(-BIG)
        else:
            d.append(x - y)
    return np.array(d)


def signed_rank(name, a, b, alternative="two-sided"):
    d = differences(a, b)
    magnitudes = np.abs(d)
    exact = len(d) <= EXACT_LIMIT and not np.any(d == 0) and len(np.unique(magnitudes)) == len(d)
    method = "exact" if exact else "approx"
    result = stats.wilcoxon(d, zero_method="wilcox", correction=False, alternative=alternative, method=method)
    return {"name": name, "a": list(map(float, a)), "b": list(map(float, b)), "alternative": alternative,
            "method": method, "statistic": float(result.statistic), "p_value": float(result.pvalue)}


def rank_sum(name, a, b, alternative="two-sided"):
    result = stats.mannwhitneyu(a, b, use_continuity=False, alternative=alternative, method="asymptotic")
    return {"name": name, "a": list(map(float, a)), "b": list(map(float, b)), "alternative": alternative,
            "statistic": float(result.statistic), "p_value": float(result.pvalue)}


def friedman(name, scores):
    columns = [scores[:, j] for j in range(scores.shape[1])]
    result = stats.friedmanchisquare(*columns)
    return {"name": name, "scores": [list(map(float, row)) for row in scores],
            "statistic": float(result.statistic), "p_value": float(result.pvalue)}


def lognormal(n, scale=1.0):
    return np.exp(rng.normal(0.0, scale, n)) * 1000.0


def main():
    cases = {"scipy": scipy.__version__, "signed_rank": [], "rank_sum": [], "friedman": [], "studentized_range": []}
    w = cases["signed_rank"]
    for n in (1, 2, 5, 8, 13, 20, 25):
        a = lognormal(n)
        w.append(signed_rank("exact n=%d" % n, a, a * np.exp(rng.normal(0.3, 0.5, n))))
    for n in (6, 25):
        a = lognormal(n)
        b = a * np.exp(rng.normal(-0.4, 0.4, n))
        w.append(signed_rank("exact n=%d greater" % n, a, b, "greater"))
        w.append(signed_rank("exact n=%d less" % n, a, b, "less"))
    # Differences 1..4 with signs making r_plus = 5 = n(n+1)/4: the centre of the distribution.
    w.append(signed_rank("exact centre", [11, 12, 13, 14], [10, 14, 16, 10]))
    w.append(signed_rank("exact all positive n=10", np.arange(10.0) + 1.5, np.zeros(10)))
    for n in (26, 40, 120):
        a = lognormal(n)
        w.append(signed_rank("approx n=%d" % n, a, a * np.exp(rng.normal(0.1, 0.5, n))))
    a = lognormal(60)
    w.append(signed_rank("approx n=60 greater", a * np.exp(rng.normal(0.05, 0.3, 60)), a, "greater"))
    w.append(signed_rank("approx n=60 less", a * np.exp(rng.normal(0.05, 0.3, 60)), a, "less"))
    tied = np.round(rng.normal(10, 3, 14))
    w.append(signed_rank("ties n=14", tied, np.round(rng.normal(11, 3, 14))))
    base = np.round(lognormal(18))
    other = base.copy()
    other[::3] += np.round(rng.normal(50, 20, 6))
    w.append(signed_rank("zeros n=18", base, other))
    w.append(signed_rank("zeros n=18 greater", other, base, "greater"))
    small = np.round(rng.normal(5, 2, 9))
    w.append(signed_rank("ties and zeros n=9", small, np.where(np.arange(9) % 4 == 0, small, small + np.round(rng.normal(1, 2, 9)))))
    inf = math.inf
    w.append(signed_rank("unreached", [120, 340, inf, inf, 90, inf, 400, 210, 150, inf],
                         [100, 360, 500, inf, 95, 700, inf, 180, 130, 650]))
    w.append(signed_rank("unreached greater", [inf, inf, 300, inf, 250, inf, 410, inf, 380, 390, inf, 220],
                         [200, 310, 280, inf, 260, 330, 400, 350, 370, 300, 240, 210], "greater"))
    w.append(signed_rank("large z", np.arange(1.0, 301.0) * 2, np.arange(1.0, 301.0)))

    r = cases["rank_sum"]
    r.append(rank_sum("continuous 8 vs 12", lognormal(8), lognormal(12) * 1.6))
    r.append(rank_sum("continuous 30 vs 25 greater", lognormal(30) * 1.3, lognormal(25), "greater"))
    r.append(rank_sum("continuous 30 vs 25 less", lognormal(30) * 1.3, lognormal(25), "less"))
    r.append(rank_sum("ties 15 vs 15", np.round(rng.normal(10, 3, 15)), np.round(rng.normal(12, 3, 15))))
    r.append(rank_sum("unreached", [120, 340, inf, inf, 90, inf, 400], [100, 360, 500, inf, 95, 700, inf, 180, 130]))
    r.append(rank_sum("one each", [1.0], [2.0]))
    r.append(rank_sum("separated 40 vs 40", np.arange(40.0), np.arange(40.0) + 1000))

    f = cases["friedman"]
    f.append(friedman("continuous 12 x 4", lognormal(48).reshape(12, 4) * np.array([1, 1.5, 2, 1.2])))
    f.append(friedman("ties 10 x 5", np.round(rng.normal(5, 2, 50)).reshape(10, 5)))
    f.append(friedman("unreached 8 x 3", np.array([[10, 20, inf], [15, 12, inf], [inf, 30, inf], [40, 41, 42],
                                                   [5, 9, 7], [11, inf, 13], [8, 8, 9], [20, 25, 30]], dtype=float)))
    f.append(friedman("strong 30 x 6", lognormal(180).reshape(30, 6) * np.array([1, 2, 4, 8, 16, 32])))

    for k in range(2, 13):
        for alpha in (0.05, 0.10):
            q = stats.studentized_range.ppf(1 - alpha, k, np.inf) / math.sqrt(2)
            cases["studentized_range"].append({"k": k, "alpha": alpha, "q": float(q)})

    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w") as out:
        json.dump(cases, out, indent=1)
        out.write("\n")


if __name__ == "__main__":
    main()
