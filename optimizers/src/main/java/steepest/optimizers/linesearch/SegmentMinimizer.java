package steepest.optimizers.linesearch;

import steepest.optimizers.Checks;

/**
 * The exact line search on a segment: minimizes a convex φ(γ) = f(x + γ·d) over [0, γ_max] given
 * φ'(0) &lt; 0, as Frank-Wolfe's "line" step rule needs (Jaggi, "Revisiting Frank-Wolfe", ICML 2013,
 * §2). It first evaluates the far end; if φ'(γ_max) &lt;= 0 the minimizer is γ_max. Otherwise φ'
 * changes sign on the segment and its root is found by regula falsi with the Illinois modification
 * (Dowell and Jarratt, BIT 11, 1971), which is exact after one step when f is quadratic, until
 * |φ'(γ)| &lt;= tolerance·max(|φ'(0)|, |φ'(γ_max)|). If the budget runs out first, the lower end of
 * the final bracket (where φ' &lt; 0, so φ is below φ(0)) is evaluated and taken.
 *
 * @param tolerance      relative stationarity tolerance in (0, 1), default {@value #DEFAULT_TOLERANCE}
 * @param maxEvaluations evaluations per search, &gt;= 2, default {@value #DEFAULT_MAX_EVALUATIONS}
 */
public record SegmentMinimizer(double tolerance, int maxEvaluations) {

    /** Stationarity relative to the slopes at the ends of the segment. */
    public static final double DEFAULT_TOLERANCE = 1e-8;
    /** Evaluations per search. */
    public static final int DEFAULT_MAX_EVALUATIONS = 30;

    /** Validates. */
    public SegmentMinimizer {
        StrongWolfe.requireFraction("tolerance", tolerance);
        Checks.atLeast("maxEvaluations", maxEvaluations, 2);
    }

    /** The default tolerance and budget. */
    public SegmentMinimizer() {
        this(DEFAULT_TOLERANCE, DEFAULT_MAX_EVALUATIONS);
    }

    /**
     * Minimizes φ over [0, γ_max]; the minimizer found is the last step φ evaluated.
     *
     * @param phi     aimed at x and d with φ'(0) &lt; 0. Evaluated (and so counted).
     * @param maxStep γ_max, finite and &gt; 0
     */
    public void minimize(LineFunction phi, double maxStep) {
        double lo = 0;
        double dLo = phi.slope0();
        phi.evaluate(maxStep);
        double hi = maxStep;
        double dHi = phi.slope();
        if (dHi <= 0) {
            return;
        }
        double scale = Math.max(-dLo, Double.isFinite(dHi) ? dHi : 0);
        int side = 0;
        for (int used = 1; used < maxEvaluations - 1; used++) {
            double gamma = Double.isFinite(dHi) ? lo - dLo * (hi - lo) / (dHi - dLo) : Double.NaN;
            if (!(gamma > lo && gamma < hi)) {
                gamma = 0.5 * (lo + hi);
            }
            phi.evaluate(gamma);
            double slope = phi.slope();
            if (Math.abs(slope) <= tolerance * scale || !(hi - lo > Math.ulp(hi))) {
                return;
            }
            if (slope < 0) {
                lo = gamma;
                dLo = slope;
                dHi = side < 0 ? 0.5 * dHi : dHi;
                side = -1;
            } else {
                hi = gamma;
                dHi = slope;
                dLo = side > 0 ? 0.5 * dLo : dLo;
                side = 1;
            }
        }
        phi.evaluate(lo);
    }
}
