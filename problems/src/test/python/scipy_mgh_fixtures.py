"""Runs scipy.optimize's BFGS, L-BFGS-B, CG and Newton-CG on every Moré–Garbow–Hillstrom problem
(the catalog's default sizes) from its standard start and writes what each run ended with, the
fixture that ScipyMghComparisonTest compares steepest's bfgs, lbfgs, ncg and newton-cg with.

Settings (each method's closest option to "stop at gradient tolerance 1e-8", REFERENCES.md):
  BFGS        gtol = 1e-8 on ‖g‖∞ (norm = inf, scipy's default), H0 = I
  L-BFGS-B    gtol = 1e-8 on the projected gradient's ∞-norm (no bounds: ‖g‖∞), ftol = 0 so that
              the relative-reduction test never stops it, maxcor = 10, maxls = 20
  CG          gtol = 1e-8 on ‖g‖∞ (Polak–Ribière+, strong Wolfe c2 = 0.4)
  Newton-CG   xtol = 1e-8 (it stops when Σ|x_{k+1} − x_k| <= n·xtol; it has no gradient test), with
              the exact Hessian-vector product of mgh.py (hessp)
All methods: maxiter = 10000 (L-BFGS-B also maxfun = 10^6, so the iteration budget binds first).

Columns: spec; method; success; status; message; nit; nfev; njev; nhev; f; ‖∇f‖∞; ‖∇f‖₂; x.
nfev, njev and nhev are scipy's own counters of function, gradient and Hessian-vector evaluations;
f and the gradient norms are recomputed with mgh.py at the returned x (not scipy's cached values).

Run by hand with Debian's scipy, never by CI:
  cd problems/src/test/python && /usr/bin/python3 scipy_mgh_fixtures.py
Output: problems/src/test/resources/steepest/problems/mgh/scipy-mgh-runs.csv
"""
import numpy as np
from scipy.optimize import minimize

import scipy_runs

GTOL = 1e-8
MAXITER = 10000
METHODS = {
    "BFGS": dict(gtol=GTOL, norm=np.inf, maxiter=MAXITER),
    "L-BFGS-B": dict(gtol=GTOL, ftol=0.0, maxcor=10, maxls=20, maxiter=MAXITER, maxfun=1000000),
    "CG": dict(gtol=GTOL, norm=np.inf, maxiter=MAXITER),
    "Newton-CG": dict(xtol=GTOL, maxiter=MAXITER),
}


def run(p, method):
    hessp = p.hessp if method == "Newton-CG" else None
    result = scipy_runs.quietly(minimize, p.f, p.x0, jac=p.grad, hessp=hessp, method=method,
                                options=METHODS[method])
    return scipy_runs.columns(p, method, result, result.nit, result.nfev, result.njev, result.get("nhev", 0))


def main():
    scipy_runs.write(__file__, "scipy-mgh-runs.csv", METHODS, run,
                     "minimize(f, x0, jac, [hessp]) on the MGH problems at the catalog's default sizes. "
                     f"Settings: {METHODS}.")


if __name__ == "__main__":
    main()
