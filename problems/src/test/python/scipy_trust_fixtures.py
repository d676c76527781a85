"""Runs scipy.optimize's trust-region Newton methods, trust-ncg, trust-krylov and trust-exact, on every
Moré–Garbow–Hillstrom problem (the catalog's default sizes) from its standard start and writes what
each run ended with, the fixture that ScipyTrustRegionComparisonTest compares steepest's trust-ncg and
trust-exact with.

Settings: scipy's defaults (initial_trust_radius = 1, max_trust_radius = 1000, eta = 0.15) but for
gtol = 1e-8 on the gradient's 2-norm (scipy stops when |grad f|_2 < gtol) and maxiter = 10000;
trust-ncg and trust-krylov (GLTR, inexact = True) get mgh.py's exact Hessian-vector product (hessp),
trust-exact the dense Hessian built from it (hess).

Columns (the layout of scipy-mgh-runs.csv): spec; method; success; status; message; nit; nfev; njev;
nhev; f; |grad f|_inf; |grad f|_2; x. nfev, njev and nhev are scipy's counters; nhev counts
Hessian-vector products for trust-ncg and trust-krylov and dense Hessians for trust-exact (which
evaluates one at every trial point). f and the gradient are recomputed with mgh.py at the returned x.

Run by hand with Debian's scipy, never by CI:
  cd problems/src/test/python && /usr/bin/python3 scipy_trust_fixtures.py
Output: problems/src/test/resources/steepest/problems/mgh/scipy-trust-runs.csv
"""
from scipy.optimize import minimize

import scipy_runs

OPTIONS = dict(gtol=1e-8, maxiter=10000)
METHODS = ("trust-ncg", "trust-krylov", "trust-exact")


def run(p, method):
    second = dict(hess=p.hess) if method == "trust-exact" else dict(hessp=p.hessp)
    result = scipy_runs.quietly(minimize, p.f, p.x0, jac=p.grad, method=method, options=OPTIONS, **second)
    return scipy_runs.columns(p, method, result, result.nit, result.nfev, result.njev, result.nhev)


def main():
    scipy_runs.write(__file__, "scipy-trust-runs.csv", METHODS, run,
                     f"minimize(f, x0, jac, hessp | hess, method, options={OPTIONS}) with the methods {METHODS} on "
                     "the MGH problems at the catalog's default sizes.")


if __name__ == "__main__":
    main()
