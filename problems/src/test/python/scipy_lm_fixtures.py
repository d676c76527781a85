"""Runs scipy.optimize.least_squares(method='lm') (MINPACK's lmder) on every Moré–Garbow–Hillstrom
problem (the catalog's default sizes) from its standard start and writes what each run ended with,
the fixture that ScipyLeastSquaresComparisonTest compares steepest's levenberg-marquardt with.

Two settings of the variable scaling D, each the counterpart of one of ours:
  x_scale=1     scipy's default: D = I (MINPACK mode 2 with diag = 1)  <->  levenberg-marquardt:x_scale=1
  x_scale=jac   MINPACK's mode 1: D from the Jacobian's column norms   <->  levenberg-marquardt (default)
Both: ftol = xtol = gtol = 1e-8 (scipy's defaults), factor = 100, the exact Jacobian of mgh.py, and
max_nfev = 10000 instead of scipy's 100·n, so that runs end by a convergence test, not the budget.

Columns (the layout of scipy-mgh-runs.csv): spec; method; success; status; message; nit; nfev; njev;
nhev; f; |grad f|_inf; |grad f|_2; x. The method is "lm x_scale=1" or "lm x_scale=jac"; nfev and njev
are MINPACK's counters of residual and Jacobian evaluations, nit = njev (lmder evaluates J once per
outer iteration), nhev = 0; f = sum r_i^2 (the MGH convention, twice scipy's cost) and the gradient
2 J^T r are recomputed with mgh.py at the returned x.

Run by hand with Debian's scipy, never by CI:
  cd problems/src/test/python && /usr/bin/python3 scipy_lm_fixtures.py
Output: problems/src/test/resources/steepest/problems/mgh/scipy-lm-runs.csv
"""
from scipy.optimize import least_squares

import scipy_runs

SETTINGS = {
    "lm x_scale=1": dict(x_scale=1.0),
    "lm x_scale=jac": dict(x_scale="jac"),
}
COMMON = dict(method="lm", ftol=1e-8, xtol=1e-8, gtol=1e-8, max_nfev=10000)


def run(p, setting):
    result = scipy_runs.quietly(least_squares, p.r, p.x0, jac=p.jac, **COMMON, **SETTINGS[setting])
    return scipy_runs.columns(p, setting, result, result.njev, result.nfev, result.njev, 0)


def main():
    scipy_runs.write(__file__, "scipy-lm-runs.csv", SETTINGS, run,
                     f"least_squares(r, x0, jac, {COMMON}) with the settings {SETTINGS} on the MGH problems at the "
                     "catalog's default sizes.")


if __name__ == "__main__":
    main()
