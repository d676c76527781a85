"""Extracts the committed subset of COCO's own regression data for its C bbob suite, the fixture that
BbobCocoRegressionTest checks steepest's bbob functions against.

Input: code-experiments/test/regression-test/data/regression_test_2data_for_suite_bbob.py of
numbbo/coco (also served as data/regression_test_2data_for_suite_bbob.py of numbbo/regression-tests),
a Python dict literal {(problem_index, x): (f(x), [])} written by COCO's create_suite_data.py for
suite "bbob" opened with "year: 0000": dimensions 2, 3, 5, 10, 20, 40, functions 1-24, instances
1-5 and 51-60, two points per problem, problem_index = dimension index * 360 + function index * 15
+ instance index (coco_suite_encode_problem_index). The file is not committed; pass its path.

Subset: for every (function, dimension) pair, five of the fifteen instances, (f_idx + 2 d_idx + 3k)
mod 15 for k = 0..4, so that every function meets every instance across its six dimensions and
every dimension meets every instance; of the problem's two points, the first (sorted by x) where
f_idx + d_idx + k is even, the second otherwise. 24 * 6 * 5 = 720 points.

Output columns (';'-separated): function; dimension; instance; problem_index; f as COCO computed it;
x (space-separated). Floats are Python's repr, which round-trips the double exactly.

Second output, the optima that COCO's values determine (columns function; instance; dimension;
f_opt; x_opt, space-separated), solved from the full data, not the subset:
  f5, the linear slope: f(x) = f_opt + sum_i 5 m_i - s_i m_i z_i with m_i = 10^(i/(n-1)),
    s_i = sign(x_opt,i), x_opt,i = 5 s_i, z_i = x_i inside the face s_i x_i < 5 and 5 s_i beyond it; of
    the 2^n sign patterns exactly one matches the difference of the problem's two values, and then
    f_opt follows (n <= 10).
  f1, the sphere f(x) = |x - a|^2 + f_opt, shares a prefix of a and f_opt across dimensions (COCO draws
    x_opt,i independently of n); the two points in 2-D and the two in 3-D give four equations for a1,
    a2, a3, f_opt: for every a3 on COCO's grid 8k/10^4 - 4 the differences give (a1, a2) linearly and
    the remaining equation its residual; the one root on the grid is reported.

Run by hand, never by CI:
  cd problems/src/test/python && /usr/bin/python3 coco_bbob_fixture.py PATH/regression_test_2data_for_suite_bbob.py
Output: problems/src/test/resources/steepest/problems/bbob/coco-bbob-regression.csv and
        problems/src/test/resources/steepest/problems/bbob/coco-bbob-derived-optima.csv
"""
import ast
import itertools
import os
import sys

import numpy as np

DIMENSIONS = [2, 3, 5, 10, 20, 40]
INSTANCES = list(range(1, 6)) + list(range(51, 61))
FUNCTIONS = 24
PER_PAIR = 5
RESOURCES = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "resources", "steepest", "problems",
                         "bbob")
OUTPUT = os.path.join(RESOURCES, "coco-bbob-regression.csv")
OPTIMA = os.path.join(RESOURCES, "coco-bbob-derived-optima.csv")


def decode(problem_index):
    """(function, dimension, instance) of a problem index of suite bbob, year 0000."""
    d_idx, rest = divmod(problem_index, FUNCTIONS * len(INSTANCES))
    f_idx, i_idx = divmod(rest, len(INSTANCES))
    return f_idx + 1, DIMENSIONS[d_idx], INSTANCES[i_idx]


def main(path):
    with open(path) as handle:
        data = ast.literal_eval(handle.read())
    points = {}
    for (index, x), (value, constraints) in data.items():
        assert constraints == [], "bbob has no constraints"
        function, dimension, instance = decode(index)
        assert len(x) == dimension, (index, len(x))
        points.setdefault(index, []).append((tuple(x), value))
    assert len(points) == FUNCTIONS * len(DIMENSIONS) * len(INSTANCES), len(points)
    rows = []
    for d_idx, dimension in enumerate(DIMENSIONS):
        for f_idx in range(FUNCTIONS):
            for k in range(PER_PAIR):
                i_idx = (f_idx + 2 * d_idx + 3 * k) % len(INSTANCES)
                index = d_idx * FUNCTIONS * len(INSTANCES) + f_idx * len(INSTANCES) + i_idx
                pair = sorted(points[index])
                x, value = pair[(f_idx + d_idx + k) % 2]
                rows.append((f_idx + 1, dimension, INSTANCES[i_idx], index, value, x))
    covered = {(r[0], r[2]) for r in rows}
    assert {r[0] for r in rows} == set(range(1, FUNCTIONS + 1))
    assert {r[1] for r in rows} == set(DIMENSIONS)
    assert {r[2] for r in rows} == set(INSTANCES)
    assert len(covered) == FUNCTIONS * len(INSTANCES), "every function meets every instance"
    with open(OUTPUT, "w") as out:
        out.write("# COCO's regression data for suite bbob (year 0000), subset written by coco_bbob_fixture.py\n")
        out.write("# function;dimension;instance;problem_index;f;x\n")
        for function, dimension, instance, index, value, x in rows:
            out.write("%d;%d;%d;%d;%r;%s\n" % (function, dimension, instance, index, value,
                                                 " ".join(repr(v) for v in x)))
    print("wrote %d points to %s" % (len(rows), os.path.normpath(OUTPUT)))
    optima = linear_slope_optima(points) + sphere_optima(points)
    with open(OPTIMA, "w") as out:
        out.write("# optima solved from COCO's regression data for suite bbob by coco_bbob_fixture.py\n")
        out.write("# function;instance;dimension;f_opt;x_opt\n")
        for function, instance, dimension, fopt, xopt in optima:
            out.write("%d;%d;%d;%r;%s\n" % (function, instance, dimension, fopt, " ".join(repr(v) for v in xopt)))
    print("wrote %d optima to %s" % (len(optima), os.path.normpath(OPTIMA)))


def problem_points(points, function, dimension, instance):
    index = DIMENSIONS.index(dimension) * FUNCTIONS * len(INSTANCES) + (function - 1) * len(INSTANCES) \
        + INSTANCES.index(instance)
    return [(np.array(x), value) for x, value in sorted(points[index])]


def linear_slope_optima(points):
    rows = []
    for instance in INSTANCES:
        for dimension in [2, 3, 5, 10]:
            (p, fp), (q, fq) = problem_points(points, 5, dimension, instance)
            m = 10.0 ** (np.arange(dimension) / (dimension - 1.0))

            def slope(x, signs):
                # beyond the face x_i = 5 s_i the function is flat
                return np.sum(5 * m - signs * m * np.where(signs * x < 5, x, 5 * signs))

            matches = []
            for signs in itertools.product([-1.0, 1.0], repeat=dimension):
                signs = np.array(signs)
                if abs((fp - fq) - (slope(p, signs) - slope(q, signs))) < 1e-9 * (1 + abs(fp) + abs(fq)):
                    matches.append(signs)
            assert len(matches) == 1, (dimension, instance, len(matches))
            signs = matches[0]
            fopt = fp - slope(p, signs)
            assert abs(fq - (fopt + slope(q, signs))) < 1e-9 * (1 + abs(fq))
            rows.append((5, instance, dimension, float(fopt), [5.0 * v for v in signs]))
    return rows


def sphere_optima(points):
    grid = 8 * np.arange(10000) / 1e4 - 4
    rows = []
    for instance in INSTANCES:
        (p, fp), (q, fq) = problem_points(points, 1, 2, instance)
        (r, fr), (t, ft) = problem_points(points, 1, 3, instance)
        # |x - a|^2 + c: differences within a dimension are linear in a; f(r) - f(p) adds (r3 - a3)^2.
        rows_a = np.array([2 * (q - p), 2 * (r[:2] - p)])
        residuals = []
        solutions = []
        for a3 in grid:
            rhs = np.array([fp - fq + q @ q - p @ p,
                            fp - fr + r[:2] @ r[:2] - p @ p + (r[2] - a3) ** 2])
            a12 = np.linalg.solve(rows_a, rhs)
            a = np.array([a12[0], a12[1], a3])
            residuals.append(abs((ft - fr) - (np.sum((t - a) ** 2) - np.sum((r - a) ** 2))))
            solutions.append(a)
        best = int(np.argmin(residuals))
        a = solutions[best]
        assert residuals[best] < 1e-8, residuals[best]
        assert sorted(residuals)[1] > 1e-7, ("a unique root on the grid", sorted(residuals)[:3])
        on_grid = [grid[np.argmin(np.abs(grid - v))] for v in a]
        assert np.max(np.abs(np.array(on_grid) - a)) < 1e-8, (a, on_grid)
        fopt = fp - np.sum((p - np.array(on_grid[:2])) ** 2)
        rows.append((1, instance, 3, float(fopt), [float(v) for v in on_grid]))
    return rows


if __name__ == "__main__":
    main(sys.argv[1])
