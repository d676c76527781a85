"""An independent numpy implementation of the 35 Moré–Garbow–Hillstrom test problems.

J. J. Moré, B. S. Garbow and K. E. Hillstrom, "Testing unconstrained optimization software",
ACM Transactions on Mathematical Software 7(1), 17-41, 1981. Problem numbers and names follow the
paper's section 3; the data tables are the paper's (the same as MINPACK's test drivers).

Written separately from the Java classes in steepest.problems.mgh, in another style (vectorized over
the residuals, 1-based formulas as printed), so that the two check each other. Every problem is a
sum of squares f(x) = sum_i r_i(x)^2 with

    f(x), grad(x) = 2 J^T r, hessp(x, v) = 2 (J^T (J v) + sum_i r_i Hess(r_i) v),

where the Jacobian J is written by hand here and the second-order term is the complex-step
derivative of J along v (exact to rounding, so no second derivative is written by hand):
sum_i r_i Hess(r_i) v = Im(J(x + i h v))^T r / h with h = 1e-30. `check_jacobian` compares J with
the complex-step derivative of the residuals.

Usable from scipy:  p = mgh.problem("mgh-wood"); scipy.optimize.minimize(p.f, p.x0, jac=p.grad,
hessp=p.hessp, method="Newton-CG"). Every function works in float64, longdouble and complex.

Run by hand only (never by CI): /usr/bin/python3 mgh_fixtures.py writes the fixture the Java tests
compare with.
"""

import numpy as np

PI = np.pi


class LeastSquares:
    """One MGH problem: name, n, m, the standard start x0, residuals r(x) and Jacobian J(x)."""

    def __init__(self, name, n, m, x0, residuals, jacobian):
        self.name = name
        self.n = n
        self.m = m
        self._x0 = np.asarray(x0, dtype=float)
        self._residuals = residuals
        self._jacobian = jacobian

    @property
    def x0(self):
        return self._x0.copy()

    def start(self, factor=1.0):
        """factor * x0; when x0 = 0 and factor != 1 every component is factor (MINPACK's initpt)."""
        if factor != 1 and not np.any(self._x0):
            return np.full(self.n, float(factor))
        return factor * self._x0

    def r(self, x):
        return self._residuals(np.asarray(x))

    def jac(self, x):
        return self._jacobian(np.asarray(x))

    def f(self, x):
        r = self.r(x)
        return (r * r).sum()

    def grad(self, x):
        return 2 * self.jac(x).T @ self.r(x)

    def hessp(self, x, v, h=1e-30):
        x = np.asarray(x)
        v = np.asarray(v)
        jacobian = self.jac(x)
        r = self.r(x)
        complex_type = np.clongdouble if x.dtype == np.longdouble else complex
        dj = self.jac(x.astype(complex_type) + 1j * h * v).imag / h
        return 2 * (jacobian.T @ (jacobian @ v) + dj.T @ r)

    def hess(self, x):
        return np.column_stack([self.hessp(x, e) for e in np.eye(self.n, dtype=np.asarray(x).dtype)])


def check_jacobian(p, x, h=1e-30):
    """Largest |J - J_cs| / max|J| against the complex-step Jacobian of the residuals."""
    x = np.asarray(x, dtype=float)
    jacobian = p.jac(x)
    cs = np.column_stack([p.r(x + 1j * h * e).imag / h for e in np.eye(p.n)])
    scale = max(np.abs(jacobian).max(), np.abs(cs).max(), 1e-300)
    return np.abs(jacobian - cs).max() / scale


def _i(m):
    return np.arange(1, m + 1, dtype=float)


def _real(z):
    return z.real if np.iscomplexobj(z) else z


# --- the 35 problems -------------------------------------------------------------------------

def rosenbrock():  # 1
    def r(x):
        return np.array([10 * (x[1] - x[0] ** 2), 1 - x[0]])

    def j(x):
        z = 0 * x[0]
        return np.array([[-20 * x[0], 10 + z], [-1 + z, z]])
    return LeastSquares("mgh-rosenbrock", 2, 2, [-1.2, 1], r, j)


def freudenstein_roth():  # 2
    def r(x):
        return np.array([-13 + x[0] + ((5 - x[1]) * x[1] - 2) * x[1],
                         -29 + x[0] + ((x[1] + 1) * x[1] - 14) * x[1]])

    def j(x):
        one = 1 + 0 * x[0]
        return np.array([[one, 10 * x[1] - 3 * x[1] ** 2 - 2], [one, 3 * x[1] ** 2 + 2 * x[1] - 14]])
    return LeastSquares("mgh-freudenstein-roth", 2, 2, [0.5, -2], r, j)


def powell_badly_scaled():  # 3
    def r(x):
        return np.array([1e4 * x[0] * x[1] - 1, np.exp(-x[0]) + np.exp(-x[1]) - 1.0001])

    def j(x):
        return np.array([[1e4 * x[1], 1e4 * x[0]], [-np.exp(-x[0]), -np.exp(-x[1])]])
    return LeastSquares("mgh-powell-badly-scaled", 2, 2, [0, 1], r, j)


def brown_badly_scaled():  # 4
    def r(x):
        return np.array([x[0] - 1e6, x[1] - 2e-6, x[0] * x[1] - 2])

    def j(x):
        z = 0 * x[0]
        return np.array([[1 + z, z], [z, 1 + z], [x[1], x[0]]])
    return LeastSquares("mgh-brown-badly-scaled", 2, 3, [1, 1], r, j)


def beale():  # 5
    y = np.array([1.5, 2.25, 2.625])
    k = _i(3)

    def r(x):
        return y - x[0] * (1 - x[1] ** k)

    def j(x):
        return np.column_stack([-(1 - x[1] ** k), x[0] * k * x[1] ** (k - 1)])
    return LeastSquares("mgh-beale", 2, 3, [1, 1], r, j)


def jennrich_sampson(m=10):  # 6
    i = _i(m)

    def r(x):
        return 2 + 2 * i - (np.exp(i * x[0]) + np.exp(i * x[1]))

    def j(x):
        return np.column_stack([-i * np.exp(i * x[0]), -i * np.exp(i * x[1])])
    return LeastSquares("mgh-jennrich-sampson", 2, m, [0.3, 0.4], r, j)


def helical_valley():  # 7
    def theta(x):
        t = np.arctan(x[1] / x[0]) / (2 * PI)
        return t + 0.5 if _real(x[0]) < 0 else t

    def r(x):
        return np.array([10 * (x[2] - 10 * theta(x)), 10 * (np.sqrt(x[0] ** 2 + x[1] ** 2) - 1), x[2]])

    def j(x):
        s = x[0] ** 2 + x[1] ** 2
        rho = np.sqrt(s)
        z = 0 * x[0]
        return np.array([[100 * x[1] / (2 * PI * s), -100 * x[0] / (2 * PI * s), 10 + z],
                         [10 * x[0] / rho, 10 * x[1] / rho, z],
                         [z, z, 1 + z]])
    return LeastSquares("mgh-helical-valley", 3, 3, [-1, 0, 0], r, j)


def bard():  # 8
    y = np.array([0.14, 0.18, 0.22, 0.25, 0.29, 0.32, 0.35, 0.39, 0.37, 0.58, 0.73, 0.96, 1.34, 2.10, 4.39])
    u = _i(15)
    v = 16 - u
    w = np.minimum(u, v)

    def r(x):
        return y - (x[0] + u / (v * x[1] + w * x[2]))

    def j(x):
        d = v * x[1] + w * x[2]
        return np.column_stack([-1 + 0 * d, u * v / d ** 2, u * w / d ** 2])
    return LeastSquares("mgh-bard", 3, 15, [1, 1, 1], r, j)


def gaussian():  # 9
    y = np.array([0.0009, 0.0044, 0.0175, 0.0540, 0.1295, 0.2420, 0.3521, 0.3989,
                  0.3521, 0.2420, 0.1295, 0.0540, 0.0175, 0.0044, 0.0009])
    t = (8 - _i(15)) / 2

    def r(x):
        return x[0] * np.exp(-x[1] * (t - x[2]) ** 2 / 2) - y

    def j(x):
        d = t - x[2]
        e = np.exp(-x[1] * d ** 2 / 2)
        return np.column_stack([e, -x[0] * e * d ** 2 / 2, x[0] * e * x[1] * d])
    return LeastSquares("mgh-gaussian", 3, 15, [0.4, 1, 0], r, j)


def meyer():  # 10
    y = np.array([34780, 28610, 23650, 19630, 16370, 13720, 11540, 9744,
                  8261, 7030, 6005, 5147, 4427, 3820, 3307, 2872], dtype=float)
    t = 45 + 5 * _i(16)

    def r(x):
        return x[0] * np.exp(x[1] / (t + x[2])) - y

    def j(x):
        q = t + x[2]
        e = np.exp(x[1] / q)
        return np.column_stack([e, x[0] * e / q, -x[0] * e * x[1] / q ** 2])
    return LeastSquares("mgh-meyer", 3, 16, [0.02, 4000, 250], r, j)


def gulf(m=99):  # 11
    t = _i(m) / 100

    def data(x):
        # y in the precision of x, so an extended evaluation sees the exact data
        real = np.longdouble if _real(x).dtype == np.longdouble else float
        return 25 + (-50 * np.log(t.astype(real))) ** (real(2) / 3)

    def r(x):
        a = data(x) - x[1]
        absa = a * np.sign(_real(a))
        return np.exp(-absa ** x[2] / x[0]) - t

    def j(x):
        a = data(x) - x[1]
        sign = np.sign(_real(a))
        absa = a * sign
        p = absa ** x[2]
        e = np.exp(-p / x[0])
        return np.column_stack([e * p / x[0] ** 2,
                                e * x[2] * absa ** (x[2] - 1) * sign / x[0],
                                -e * p * np.log(absa) / x[0]])
    return LeastSquares("mgh-gulf", 3, m, [5, 2.5, 0.15], r, j)


def box_3d(m=10):  # 12
    t = _i(m) / 10

    def r(x):
        return np.exp(-t * x[0]) - np.exp(-t * x[1]) - x[2] * (np.exp(-t) - np.exp(-10 * t))

    def j(x):
        return np.column_stack([-t * np.exp(-t * x[0]), t * np.exp(-t * x[1]),
                                -(np.exp(-t) - np.exp(-10 * t)) + 0 * x[0]])
    return LeastSquares("mgh-box-3d", 3, m, [0, 10, 20], r, j)


def _powell_blocks(x):
    b = x.reshape(-1, 4)
    return b[:, 0], b[:, 1], b[:, 2], b[:, 3]


def extended_powell(n=12, name="mgh-extended-powell"):  # 22 (13 is n = 4)
    if n % 4:
        raise ValueError("n must be a multiple of 4")

    def r(x):
        a, b, c, d = _powell_blocks(x)
        return np.column_stack([a + 10 * b, np.sqrt(5) * (c - d), (b - 2 * c) ** 2,
                                np.sqrt(10) * (a - d) ** 2]).reshape(-1)

    def j(x):
        a, b, c, d = _powell_blocks(x)
        jac = np.zeros((n, n), dtype=x.dtype)
        for k in range(n // 4):
            o = 4 * k
            jac[o, o], jac[o, o + 1] = 1, 10
            jac[o + 1, o + 2], jac[o + 1, o + 3] = np.sqrt(5), -np.sqrt(5)
            jac[o + 2, o + 1], jac[o + 2, o + 2] = 2 * (b[k] - 2 * c[k]), -4 * (b[k] - 2 * c[k])
            jac[o + 3, o], jac[o + 3, o + 3] = 2 * np.sqrt(10) * (a[k] - d[k]), -2 * np.sqrt(10) * (a[k] - d[k])
        return jac
    return LeastSquares(name, n, n, np.tile([3, -1, 0, 1], n // 4), r, j)


def powell_singular():  # 13
    return extended_powell(4, "mgh-powell-singular")


def wood():  # 14
    s90, s10 = np.sqrt(90), np.sqrt(10)

    def r(x):
        return np.array([10 * (x[1] - x[0] ** 2), 1 - x[0], s90 * (x[3] - x[2] ** 2), 1 - x[2],
                         s10 * (x[1] + x[3] - 2), (x[1] - x[3]) / s10])

    def j(x):
        z = 0 * x[0]
        return np.array([[-20 * x[0], 10 + z, z, z], [-1 + z, z, z, z], [z, z, -2 * s90 * x[2], s90 + z],
                         [z, z, -1 + z, z], [z, s10 + z, z, s10 + z], [z, 1 / s10 + z, z, -1 / s10 + z]])
    return LeastSquares("mgh-wood", 4, 6, [-3, -1, -3, -1], r, j)


def kowalik_osborne():  # 15
    y = np.array([0.1957, 0.1947, 0.1735, 0.1600, 0.0844, 0.0627, 0.0456, 0.0342, 0.0323, 0.0235, 0.0246])
    u = np.array([4, 2, 1, 0.5, 0.25, 0.167, 0.125, 0.1, 0.0833, 0.0714, 0.0625])

    def r(x):
        return y - x[0] * (u ** 2 + u * x[1]) / (u ** 2 + u * x[2] + x[3])

    def j(x):
        num = u ** 2 + u * x[1]
        den = u ** 2 + u * x[2] + x[3]
        return np.column_stack([-num / den, -x[0] * u / den, x[0] * num * u / den ** 2, x[0] * num / den ** 2])
    return LeastSquares("mgh-kowalik-osborne", 4, 11, [0.25, 0.39, 0.415, 0.39], r, j)


def brown_dennis(m=20):  # 16
    t = _i(m) / 5

    def r(x):
        return (x[0] + t * x[1] - np.exp(t)) ** 2 + (x[2] + x[3] * np.sin(t) - np.cos(t)) ** 2

    def j(x):
        a = x[0] + t * x[1] - np.exp(t)
        b = x[2] + x[3] * np.sin(t) - np.cos(t)
        return np.column_stack([2 * a, 2 * a * t, 2 * b, 2 * b * np.sin(t)])
    return LeastSquares("mgh-brown-dennis", 4, m, [25, 5, -5, -1], r, j)


def osborne_1():  # 17
    y = np.array([0.844, 0.908, 0.932, 0.936, 0.925, 0.908, 0.881, 0.850, 0.818, 0.784, 0.751, 0.718,
                  0.685, 0.658, 0.628, 0.603, 0.580, 0.558, 0.538, 0.522, 0.506, 0.490, 0.478, 0.467,
                  0.457, 0.448, 0.438, 0.431, 0.424, 0.420, 0.414, 0.411, 0.406])
    t = 10 * (_i(33) - 1)

    def r(x):
        return y - (x[0] + x[1] * np.exp(-t * x[3]) + x[2] * np.exp(-t * x[4]))

    def j(x):
        e3 = np.exp(-t * x[3])
        e4 = np.exp(-t * x[4])
        return np.column_stack([-1 + 0 * e3, -e3, -e4, x[1] * t * e3, x[2] * t * e4])
    return LeastSquares("mgh-osborne-1", 5, 33, [0.5, 1.5, -1, 0.01, 0.02], r, j)


def biggs_exp6(m=13):  # 18
    t = _i(m) / 10
    y = np.exp(-t) - 5 * np.exp(-10 * t) + 3 * np.exp(-4 * t)

    def r(x):
        return x[2] * np.exp(-t * x[0]) - x[3] * np.exp(-t * x[1]) + x[5] * np.exp(-t * x[4]) - y

    def j(x):
        a, b, c = np.exp(-t * x[0]), np.exp(-t * x[1]), np.exp(-t * x[4])
        return np.column_stack([-t * x[2] * a, t * x[3] * b, a, -b, -t * x[5] * c, c])
    return LeastSquares("mgh-biggs-exp6", 6, m, [1, 2, 1, 1, 1, 1], r, j)


def osborne_2():  # 19
    y = np.array([1.366, 1.191, 1.112, 1.013, 0.991, 0.885, 0.831, 0.847, 0.786, 0.725, 0.746, 0.679,
                  0.608, 0.655, 0.616, 0.606, 0.602, 0.626, 0.651, 0.724, 0.649, 0.649, 0.694, 0.644,
                  0.624, 0.661, 0.612, 0.558, 0.533, 0.495, 0.500, 0.423, 0.395, 0.375, 0.372, 0.391,
                  0.396, 0.405, 0.428, 0.429, 0.523, 0.562, 0.607, 0.653, 0.672, 0.708, 0.633, 0.668,
                  0.645, 0.632, 0.591, 0.559, 0.597, 0.625, 0.739, 0.710, 0.729, 0.720, 0.636, 0.581,
                  0.428, 0.292, 0.162, 0.098, 0.054])
    t = (_i(65) - 1) / 10

    def r(x):
        return y - (x[0] * np.exp(-t * x[4]) + x[1] * np.exp(-(t - x[8]) ** 2 * x[5])
                    + x[2] * np.exp(-(t - x[9]) ** 2 * x[6]) + x[3] * np.exp(-(t - x[10]) ** 2 * x[7]))

    def j(x):
        jac = np.zeros((65, 11), dtype=x.dtype)
        a = np.exp(-t * x[4])
        jac[:, 0] = -a
        jac[:, 4] = t * x[0] * a
        for k in range(3):
            amp, width, centre = 1 + k, 5 + k, 8 + k
            d = t - x[centre]
            q = np.exp(-d ** 2 * x[width])
            jac[:, amp] = -q
            jac[:, width] = x[amp] * d ** 2 * q
            jac[:, centre] = -2 * x[amp] * x[width] * d * q
        return jac
    return LeastSquares("mgh-osborne-2", 11, 65, [1.3, 0.65, 0.65, 0.7, 0.6, 3, 5, 7, 2, 4.5, 5.5], r, j)


def watson(n=6):  # 20
    t = _i(29) / 29
    powers = np.arange(n, dtype=float)

    def r(x):
        tp = t[:, None] ** powers[None, :]                      # t^(j-1), j = 1..n
        s1 = (tp[:, :-1] * powers[None, 1:] * x[None, 1:]).sum(axis=1)   # sum_{j>=2} (j-1) x_j t^(j-2)
        s2 = (tp * x[None, :]).sum(axis=1)
        return np.concatenate([s1 - s2 ** 2 - 1, [x[0], x[1] - x[0] ** 2 - 1]])

    def j(x):
        tp = t[:, None] ** powers[None, :]
        s2 = (tp * x[None, :]).sum(axis=1)
        jac = np.zeros((31, n), dtype=x.dtype)
        jac[:29, 1:] = powers[None, 1:] * tp[:, :-1]
        jac[:29, :] -= 2 * s2[:, None] * tp
        jac[29, 0] = 1
        jac[30, 0], jac[30, 1] = -2 * x[0], 1
        return jac
    return LeastSquares("mgh-watson", n, 31, np.zeros(n), r, j)


def extended_rosenbrock(n=10):  # 21
    if n % 2:
        raise ValueError("n must be even")

    def r(x):
        odd, even = x[0::2], x[1::2]
        return np.column_stack([10 * (even - odd ** 2), 1 - odd]).reshape(-1)

    def j(x):
        jac = np.zeros((n, n), dtype=x.dtype)
        k = np.arange(0, n, 2)
        jac[k, k] = -20 * x[k]
        jac[k, k + 1] = 10
        jac[k + 1, k] = -1
        return jac
    return LeastSquares("mgh-extended-rosenbrock", n, n, np.tile([-1.2, 1], n // 2), r, j)


def penalty_1(n=10):  # 23
    a = np.sqrt(1e-5)

    def r(x):
        return np.concatenate([a * (x - 1), [(x * x).sum() - 0.25]])

    def j(x):
        return np.vstack([a * np.eye(n, dtype=x.dtype), 2 * x[None, :]])
    return LeastSquares("mgh-penalty-1", n, n + 1, _i(n), r, j)


def penalty_2(n=10):  # 24
    a = np.sqrt(1e-5)
    i = _i(n)
    y = np.exp(i / 10) + np.exp((i - 1) / 10)
    weights = n - i + 1

    def r(x):
        e = np.exp(x / 10)
        return np.concatenate([[x[0] - 0.2], a * (e[1:] + e[:-1] - y[1:]), a * (e[1:] - np.exp(-0.1)),
                               [(weights * x * x).sum() - 1]])

    def j(x):
        e = np.exp(x / 10)
        jac = np.zeros((2 * n, n), dtype=x.dtype)
        jac[0, 0] = 1
        for k in range(1, n):
            jac[k, k] = a * e[k] / 10
            jac[k, k - 1] = a * e[k - 1] / 10
            jac[n - 1 + k, k] = a * e[k] / 10
        jac[2 * n - 1, :] = 2 * weights * x
        return jac
    return LeastSquares("mgh-penalty-2", n, 2 * n, np.full(n, 0.5), r, j)


def variably_dimensioned(n=10):  # 25
    i = _i(n)

    def r(x):
        s = (i * (x - 1)).sum()
        return np.concatenate([x - 1, [s, s * s]])

    def j(x):
        s = (i * (x - 1)).sum()
        return np.vstack([np.eye(n, dtype=x.dtype), i[None, :] + 0 * x[None, :], 2 * s * i[None, :]])
    return LeastSquares("mgh-variably-dimensioned", n, n + 2, 1 - i / n, r, j)


def trigonometric(n=10):  # 26
    i = _i(n)

    def r(x):
        return n - np.cos(x).sum() + i * (1 - np.cos(x)) - np.sin(x)

    def j(x):
        return np.tile(np.sin(x), (n, 1)) + np.diag(i * np.sin(x) - np.cos(x))
    return LeastSquares("mgh-trigonometric", n, n, np.full(n, 1.0 / n), r, j)


def brown_almost_linear(n=10):  # 27
    def r(x):
        out = x + x.sum() - (n + 1)
        return np.concatenate([out[:-1], [np.prod(x) - 1]])

    def j(x):
        jac = np.ones((n, n), dtype=x.dtype) + np.eye(n, dtype=x.dtype)
        jac[n - 1, :] = [np.prod(np.delete(x, k)) for k in range(n)]
        return jac
    return LeastSquares("mgh-brown-almost-linear", n, n, np.full(n, 0.5), r, j)


def discrete_boundary_value(n=10):  # 28
    h = 1 / (n + 1)
    t = _i(n) * h

    def r(x):
        padded = np.concatenate([[0 * x[0]], x, [0 * x[0]]])
        return 2 * x - padded[:-2] - padded[2:] + h ** 2 * (x + t + 1) ** 3 / 2

    def j(x):
        jac = np.diag(2 + 1.5 * h ** 2 * (x + t + 1) ** 2)
        k = np.arange(n - 1)
        jac[k, k + 1] = -1
        jac[k + 1, k] = -1
        return jac
    return LeastSquares("mgh-discrete-boundary-value", n, n, t * (t - 1), r, j)


def discrete_integral_equation(n=10):  # 29
    h = 1 / (n + 1)
    t = _i(n) * h
    lower = np.tril(np.ones((n, n)))                    # j <= i
    weight = lower * (1 - t)[:, None] * t[None, :] + (1 - lower) * t[:, None] * (1 - t)[None, :]

    def r(x):
        return x + h / 2 * weight @ (x + t + 1) ** 3

    def j(x):
        return np.eye(n, dtype=x.dtype) + h / 2 * weight * 3 * (x + t + 1)[None, :] ** 2
    return LeastSquares("mgh-discrete-integral-equation", n, n, t * (t - 1), r, j)


def broyden_tridiagonal(n=10):  # 30
    def r(x):
        padded = np.concatenate([[0 * x[0]], x, [0 * x[0]]])
        return (3 - 2 * x) * x - padded[:-2] - 2 * padded[2:] + 1

    def j(x):
        jac = np.diag(3 - 4 * x)
        k = np.arange(n - 1)
        jac[k, k + 1] = -2
        jac[k + 1, k] = -1
        return jac
    return LeastSquares("mgh-broyden-tridiagonal", n, n, np.full(n, -1.0), r, j)


def broyden_banded(n=10):  # 31
    band = np.zeros((n, n))
    for i in range(n):
        for k in range(max(0, i - 5), min(n - 1, i + 1) + 1):
            if k != i:
                band[i, k] = 1

    def r(x):
        return x * (2 + 5 * x ** 2) + 1 - band @ (x * (1 + x))

    def j(x):
        return np.diag(2 + 15 * x ** 2) - band * (1 + 2 * x)[None, :]
    return LeastSquares("mgh-broyden-banded", n, n, np.full(n, -1.0), r, j)


def linear_full_rank(n=10, m=20):  # 32
    def r(x):
        out = np.full(m, -2 * x.sum() / m - 1)
        out[:n] += x
        return out

    def j(x):
        jac = np.full((m, n), -2.0 / m) + 0 * x[None, :]
        jac[:n, :] += np.eye(n)
        return jac
    return LeastSquares("mgh-linear-full-rank", n, m, np.ones(n), r, j)


def linear_rank_1(n=10, m=20):  # 33
    i, j_ = _i(m), _i(n)

    def r(x):
        return i * (j_ * x).sum() - 1

    def j(x):
        return np.outer(i, j_) + 0 * x[None, :]
    return LeastSquares("mgh-linear-rank-1", n, m, np.ones(n), r, j)


def linear_rank_1_zero(n=10, m=20):  # 34
    i, j_ = _i(m), _i(n)
    row = np.where((i > 1) & (i < m), i - 1, 0.0)
    column = np.where((j_ > 1) & (j_ < n), j_, 0.0)

    def r(x):
        return row * (column * x).sum() - 1

    def j(x):
        return np.outer(row, column) + 0 * x[None, :]
    return LeastSquares("mgh-linear-rank-1-zero", n, m, np.ones(n), r, j)


def chebyquad(n=8, m=None):  # 35
    m = n if m is None else m
    i = _i(m)
    integral = np.array([-1 / (k * k - 1) if k % 2 == 0 else 0.0 for k in i])

    def chebyshev(x):
        # T_i(2x - 1) and its x-derivative for i = 1..m, rows i, columns j
        y = 2 * x - 1
        values, slopes = [y], [2 + 0 * y]
        previous, previous_slope = 1 + 0 * y, 0 * y
        for _ in range(1, m):
            nxt = 2 * y * values[-1] - previous
            nxt_slope = 4 * values[-1] + 2 * y * slopes[-1] - previous_slope
            previous, previous_slope = values[-1], slopes[-1]
            values.append(nxt)
            slopes.append(nxt_slope)
        return np.array(values), np.array(slopes)

    def r(x):
        values, _ = chebyshev(x)
        return values.sum(axis=1) / n - integral

    def j(x):
        _, slopes = chebyshev(x)
        return slopes / n
    return LeastSquares("mgh-chebyquad", n, m, _i(n) / (n + 1), r, j)


FACTORIES = {
    "mgh-rosenbrock": rosenbrock,
    "mgh-freudenstein-roth": freudenstein_roth,
    "mgh-powell-badly-scaled": powell_badly_scaled,
    "mgh-brown-badly-scaled": brown_badly_scaled,
    "mgh-beale": beale,
    "mgh-jennrich-sampson": jennrich_sampson,
    "mgh-helical-valley": helical_valley,
    "mgh-bard": bard,
    "mgh-gaussian": gaussian,
    "mgh-meyer": meyer,
    "mgh-gulf": gulf,
    "mgh-box-3d": box_3d,
    "mgh-powell-singular": powell_singular,
    "mgh-wood": wood,
    "mgh-kowalik-osborne": kowalik_osborne,
    "mgh-brown-dennis": brown_dennis,
    "mgh-osborne-1": osborne_1,
    "mgh-biggs-exp6": biggs_exp6,
    "mgh-osborne-2": osborne_2,
    "mgh-watson": watson,
    "mgh-extended-rosenbrock": extended_rosenbrock,
    "mgh-extended-powell": extended_powell,
    "mgh-penalty-1": penalty_1,
    "mgh-penalty-2": penalty_2,
    "mgh-variably-dimensioned": variably_dimensioned,
    "mgh-trigonometric": trigonometric,
    "mgh-brown-almost-linear": brown_almost_linear,
    "mgh-discrete-boundary-value": discrete_boundary_value,
    "mgh-discrete-integral-equation": discrete_integral_equation,
    "mgh-broyden-tridiagonal": broyden_tridiagonal,
    "mgh-broyden-banded": broyden_banded,
    "mgh-linear-full-rank": linear_full_rank,
    "mgh-linear-rank-1": linear_rank_1,
    "mgh-linear-rank-1-zero": linear_rank_1_zero,
    "mgh-chebyquad": chebyquad,
}


def problem(spec):
    """The problem named by a steepest spec such as "mgh-watson:n=9" (keys n and m only)."""
    name, _, rest = spec.partition(":")
    kwargs = {}
    for pair in filter(None, rest.split(",")):
        key, _, value = pair.partition("=")
        kwargs[key.strip()] = int(float(value))
    return FACTORIES[name](**kwargs)
