package steepest.optimizers.leastsquares;

import steepest.optimizers.Oracle;
import steepest.optimizers.linalg.Vectors;
import steepest.optimizers.linear.PivotedQr;

/**
 * The linearization of the residuals at an iterate that {@link GaussNewton} and
 * {@link LevenbergMarquardt} both start each iteration from: J = J(x) (one counted Jacobian), its QR
 * factorization with column pivoting J·P = Q·R (padded with zero rows where m &lt; n), Qᵀr, and
 * ∇f = 2c·Jᵀr = 2c·P·Rᵀ·(Qᵀr), read from R so that JᵀJ is never formed. The workspaces (J and its
 * max(m, n)×n copy) are allocated once per run; {@link #at} allocates nothing.
 */
final class Linearization {
    private final Oracle oracle;
    private final double scale;
    private final double[][] jacobian;
    private final PivotedQr qr;
    private final double[] qtr;
    private final double[] jtr;

    /**
     * Allocates the workspaces for the oracle's m residuals in n variables.
     *
     * @param oracle the run's counted residuals. Used by {@link #at}.
     * @param n      the number of variables
     */
    Linearization(Oracle oracle, int n) {
        int m = oracle.residualCount();
        this.oracle = oracle;
        this.scale = oracle.squaresScale();
        this.jacobian = new double[m][n];
        this.qr = new PivotedQr(Math.max(m, n), n);
        this.qtr = new double[n];
        this.jtr = new double[n];
    }

    /**
     * Evaluates J at x and factors it; unless J is not finite, also Qᵀr, Jᵀr and ∇f.
     *
     * @param x         the iterate. Not modified.
     * @param residuals r(x). Not modified.
     * @param gradient  receives ∇f(x) = 2c·Jᵀr when J is finite. Modified.
     * @return false when a column norm of J is not finite (nothing but the factorization is then valid)
     */
    boolean at(double[] x, double[] residuals, double[] gradient) {
        oracle.jacobian(x, jacobian);
        qr.loadRows(jacobian);
        qr.factor();
        if (!Vectors.isFinite(qr.columnNorms())) {
            return false;
        }
        qr.multiplyQt(residuals, qtr);
        qr.multiplyRTransposed(qtr, jtr);
        int[] pivots = qr.pivots();
        for (int j = 0; j < jtr.length; j++) {
            gradient[pivots[j]] = 2 * scale * jtr[j];
        }
        return true;
    }

    /** The factorization of J. */
    PivotedQr qr() {
        return qr;
    }

    /** Qᵀr, the first n entries. Read-only view. */
    double[] qtr() {
        return qtr;
    }

    /** Jᵀr in pivoted order (entry j belongs to variable {@code qr().pivots()[j]}). Read-only view. */
    double[] jtr() {
        return jtr;
    }
}
