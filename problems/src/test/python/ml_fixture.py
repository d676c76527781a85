#!/usr/bin/python3
"""Independent reference values for the linear models of steepest.problems.ml.

Run by hand, never by CI:

    /usr/bin/python3 problems/src/test/python/ml_fixture.py > problems/src/test/resources/fixtures/ml_fixture.txt

Every quantity is computed here from the bundled CSV files with numpy, scipy and scikit-learn
(Debian python3-sklearn 1.2.1), independently of the Java code: the preprocessing (StandardScaler's
mean and population standard deviation, an intercept column of ones appended last), the losses and
gradients at w = 0 and at a seeded w, a Hessian-vector product, and the minimizers found by
scikit-learn's own solvers at tight tolerances. The output is one line per quantity:
``<name> <value> <value> ...`` with values printed round-trip exact (repr).
"""
import gzip
import os

import numpy as np
from scipy.optimize import minimize
from scipy.special import expit, logsumexp
from sklearn.linear_model import Lasso, LogisticRegression
from sklearn.svm import LinearSVC
from sklearn.preprocessing import StandardScaler

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, "..", "..", "main", "resources", "datasets")
LAMBDA = 1e-3
LASSO_LAMBDA = 0.05


def emit(name, values):
    values = np.atleast_1d(np.asarray(values, dtype=float)).ravel()
    print(name, " ".join(repr(float(v)) for v in values))


def design(features):
    """Standardized features with an intercept column of ones appended last."""
    scaled = StandardScaler().fit_transform(features)
    return np.hstack([scaled, np.ones((scaled.shape[0], 1))])


def csv_with_header(name):
    table = np.loadtxt(os.path.join(DATA, name), delimiter=",", skiprows=1)
    return table[:, :-1], table[:, -1]


def logistic(X, y, w, lam):
    z = X @ w
    f = np.mean(np.logaddexp(0.0, z) - y * z) + 0.5 * lam * w @ w
    p = expit(z)
    g = X.T @ (p - y) / len(y) + lam * w
    return f, g, p


def softmax(X, y, W, lam):
    Z = X @ W.T                      # n x K
    P = np.exp(Z - logsumexp(Z, axis=1, keepdims=True))
    n = len(y)
    f = np.mean(logsumexp(Z, axis=1) - Z[np.arange(n), y]) + 0.5 * lam * np.sum(W * W)
    Y = np.zeros_like(P)
    Y[np.arange(n), y] = 1.0
    G = (P - Y).T @ X / n + lam * W  # K x d, class-major like the Java layout
    return f, G, P


def main():
    rng = np.random.default_rng(20240601)

    # logreg on breast cancer
    features, labels = csv_with_header("breast_cancer.csv")
    X = design(features)
    y = labels
    n, d = X.shape
    emit("logreg.shape", [n, d])
    w_seeded = 0.1 * rng.standard_normal(d)
    v = rng.standard_normal(d)
    emit("logreg.w_seeded", w_seeded)
    emit("logreg.v", v)
    for tag, w in (("zero", np.zeros(d)), ("seeded", w_seeded)):
        f, g, p = logistic(X, y, w, LAMBDA)
        emit("logreg.f_" + tag, f)
        emit("logreg.grad_" + tag, g)
    _, _, p = logistic(X, y, w_seeded, LAMBDA)
    fisher = X.T @ ((p * (1 - p)) * (X @ v)) / n + LAMBDA * v
    emit("logreg.fisher_v_seeded", fisher)
    # sklearn minimizes C * sum(loss) + |w|^2 / 2: the same minimizer when C = 1 / (n * lambda). At
    # tol=1e-8 newton-cg stops with |grad f| ~ 1e-11; tighter tolerances only exhaust max_iter.
    model = LogisticRegression(C=1.0 / (n * LAMBDA), fit_intercept=False, tol=1e-8, max_iter=100000,
                               solver="newton-cg").fit(X, y)
    w_star = model.coef_.ravel()
    emit("logreg.grad_norm_at_w_star", np.linalg.norm(logistic(X, y, w_star, LAMBDA)[1]))
    emit("logreg.w_star", w_star)
    emit("logreg.f_star", logistic(X, y, w_star, LAMBDA)[0])

    # hinge-loss SVM on the same data, labels -1/+1: liblinear's dual coordinate descent minimizes
    # |w|^2 / 2 + C * sum(hinge), the same minimizer as mean(hinge) + lambda/2 |w|^2 at C = 1/(n lambda).
    # Its primal value is an upper bound on f*; the dual objective at a feasible alpha, maximized
    # separately by L-BFGS-B over the box [0, C]^n, is a lower bound (weak duality). At tol=1e-10
    # liblinear converges; tighter tolerances stop early with a worse point.
    signed = 2 * y - 1
    C = 1.0 / (n * LAMBDA)
    svm = LinearSVC(loss="hinge", C=C, fit_intercept=False, tol=1e-10, max_iter=10000000, dual=True).fit(X, signed)
    w_svm = svm.coef_.ravel()
    emit("svm.f_star", np.mean(np.maximum(0.0, 1 - signed * (X @ w_svm))) + 0.5 * LAMBDA * w_svm @ w_svm)
    Q = (signed[:, None] * X) @ (signed[:, None] * X).T
    dual = minimize(lambda a: (0.5 * a @ Q @ a - a.sum(), Q @ a - 1), np.zeros(n), jac=True, method="L-BFGS-B",
                    bounds=[(0, C)] * n, options=dict(ftol=1e-16, gtol=1e-14, maxiter=100000, maxfun=1000000))
    alpha = dual.x
    w_dual = X.T @ (alpha * signed)
    emit("svm.f_star_lower_bound", LAMBDA * (alpha.sum() - 0.5 * w_dual @ w_dual))

    # softmax on iris
    features, labels = csv_with_header("iris.csv")
    X = design(features)
    y = labels.astype(int)
    n, d = X.shape
    K = 3
    W_seeded = 0.1 * rng.standard_normal((K, d))
    emit("softmax.w_seeded", W_seeded)
    f, G, _ = softmax(X, y, W_seeded, LAMBDA)
    emit("softmax.f_seeded", f)
    emit("softmax.grad_seeded", G)
    model = LogisticRegression(C=1.0 / (n * LAMBDA), fit_intercept=False, tol=1e-7, max_iter=100000,
                               solver="newton-cg", multi_class="multinomial").fit(X, y)
    emit("softmax.f_star", softmax(X, y, model.coef_, LAMBDA)[0])
    emit("softmax.grad_norm_at_w_star", np.linalg.norm(softmax(X, y, model.coef_, LAMBDA)[1]))

    # ridge and lasso on diabetes (features and target standardized)
    with gzip.open(os.path.join(DATA, "diabetes_data_raw.csv.gz"), "rt") as handle:
        features = np.loadtxt(handle)
    with gzip.open(os.path.join(DATA, "diabetes_target.csv.gz"), "rt") as handle:
        target = np.loadtxt(handle)
    X = design(features)
    y = (target - target.mean()) / target.std()
    n, d = X.shape
    w_ridge = np.linalg.solve(X.T @ X / n + LAMBDA * np.eye(d), X.T @ y / n)
    emit("ridge.f_star", 0.5 * np.mean((X @ w_ridge - y) ** 2) + 0.5 * LAMBDA * w_ridge @ w_ridge)
    emit("ridge.w_star", w_ridge)
    lasso = Lasso(alpha=LASSO_LAMBDA, fit_intercept=False, tol=1e-16, max_iter=1000000).fit(X, y)
    w_lasso = lasso.coef_
    emit("lasso.f_star", 0.5 * np.mean((X @ w_lasso - y) ** 2) + LASSO_LAMBDA * np.abs(w_lasso).sum())
    emit("lasso.w_star", w_lasso)


if __name__ == "__main__":
    main()
