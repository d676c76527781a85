"""Computes the minimizers and minimum values that steepest.problems.mgh states, to full double
precision: a scipy least-squares solve from the standard start (or from a published approximation),
then Newton's method with the gradient and Hessian evaluated in extended precision (numpy longdouble,
64-bit significand) and the step solved in double, which converges to the extended-precision
stationary point; the result is rounded to double and f is evaluated there in extended precision.
Run by hand: /usr/bin/python3 mgh_optima.py. Prints the values the Java classes hard-code.
"""
import numpy as np
from scipy.optimize import least_squares

import mgh

LD = np.longdouble


def refine(p, x, iterations=30):
    x = np.asarray(x, dtype=LD)
    for _ in range(iterations):
        g = p.grad(x)
        h = p.hess(x)
        # least squares: the Hessian is singular at the Biggs EXP6 local minimum (two merged terms)
        step = np.linalg.lstsq(h.astype(float), g.astype(float), rcond=1e-13)[0]
        x = x - step.astype(LD)
        if np.abs(step).max() <= 1e-19 * max(1.0, float(np.abs(x).max())):
            break
    return x


def solve(p, start=None, newton_only=False):
    x0 = p.x0 if start is None else np.asarray(start, dtype=float)
    if not newton_only:
        x0 = least_squares(p.r, x0, jac=p.jac, method="lm", xtol=1e-15, ftol=1e-15, gtol=1e-15,
                           max_nfev=100000).x
    x = refine(p, x0)
    xd = x.astype(float)
    return xd, p.f(xd.astype(LD)), float(np.abs(p.grad(xd.astype(LD))).max())


def show(label, p, start=None, newton_only=False, sort=False):
    x, f, g = solve(p, start, newton_only)
    if sort:
        x = np.sort(x)
    print(f"{label}: f* = {float(f)!r}  |grad|inf at rounded x* = {g:.2e}")
    print("    x* = {" + ", ".join(repr(float(v)) for v in x) + "}")
    return x, f


if __name__ == "__main__":
    show("freudenstein-roth local", mgh.freudenstein_roth())
    show("powell-badly-scaled", mgh.powell_badly_scaled(), [1.098e-5, 9.106])
    show("jennrich-sampson m=10", mgh.jennrich_sampson(10), [0.2578, 0.2578])
    show("bard", mgh.bard())
    show("gaussian", mgh.gaussian())
    show("meyer", mgh.meyer(), [0.0056, 6181.3, 345.2])
    show("kowalik-osborne", mgh.kowalik_osborne())
    show("brown-dennis m=20", mgh.brown_dennis(20))
    show("osborne-1", mgh.osborne_1())
    # the local minimum has x1 = x5 and x3 = x6 (two terms merge); start Newton next to it
    show("biggs-exp6 local m=13", mgh.biggs_exp6(13), [1.7114, 17.6832, 1.1631, 5.1866, 1.7114, 1.1632],
         newton_only=True)
    show("osborne-2", mgh.osborne_2())
    for n in (6, 9, 12):
        show(f"watson n={n}", mgh.watson(n))
    for n in (4, 10):
        show(f"penalty-1 n={n}", mgh.penalty_1(n))
        show(f"penalty-2 n={n}", mgh.penalty_2(n))
    show("trigonometric local n=10", mgh.trigonometric(10))
    for n in range(1, 11):
        show(f"chebyquad n=m={n}", mgh.chebyquad(n), sort=True)
