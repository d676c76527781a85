package steepest.optimizers.linesearch;

import steepest.optimizers.Checks;

/**
 * Backtracking to the Armijo (sufficient decrease) condition
 * φ(α) &lt;= φ(0) + c₁·α·φ'(0) (Nocedal and Wright, "Numerical Optimization", 2nd ed., Algorithm
 * 3.1), where each rejected α is replaced by the minimizer of the quadratic through φ(0), φ'(0) and
 * φ(α), safeguarded to [0.1α, 0.5α] (§3.5, and Dennis and Schnabel, Algorithm A6.3.1); a
 * non-finite φ(α) halves α. It fails after {@code maxEvaluations} trials, when α·d no longer changes
 * x, or at the rounding floor, where f can no longer resolve a decrease (use {@link StrongWolfe},
 * whose approximate Wolfe conditions go further, for tight tolerances). Every trial is one fused value-and-gradient call, so the accepted point's gradient is
 * known without another evaluation.
 *
 * @param c1             sufficient-decrease constant in (0, 1), default {@value #DEFAULT_C1} ({@code c1})
 * @param maxEvaluations trials per search, &gt;= 1, default {@value #DEFAULT_MAX_EVALUATIONS}
 */
public record Armijo(double c1, int maxEvaluations) implements LineSearch {

    /** The customary c₁ (Nocedal and Wright, §3.1). */
    public static final double DEFAULT_C1 = 1e-4;
    /** Enough halvings to shrink α by a factor of 10¹²; more means the direction is useless. */
    public static final int DEFAULT_MAX_EVALUATIONS = 40;
    private static final double SHRINK_MIN = 0.1;
    private static final double SHRINK_MAX = 0.5;

    /** Validates, naming the spec key. */
    public Armijo {
        StrongWolfe.requireFraction("c1", c1);
        Checks.atLeast("maxEvaluations", maxEvaluations, 1);
    }

    /** The default c₁ and budget. */
    public Armijo() {
        this(DEFAULT_C1, DEFAULT_MAX_EVALUATIONS);
    }

    @Override
    public boolean search(LineFunction phi, double initialStep) {
        double f0 = phi.value0();
        double slope0 = phi.slope0();
        double alpha = LineSearch.sanitize(initialStep);
        for (int trial = 0; trial < maxEvaluations; trial++) {
            double f = phi.evaluate(alpha);
            if (!phi.moved()) {
                return false;
            }
            if (SufficientDecrease.armijo(phi, c1)) {
                return true;
            }
            double next = Interpolation.quadratic(0, f0, slope0, alpha, f);
            alpha = Double.isNaN(next) ? SHRINK_MAX * alpha
                    : Math.min(SHRINK_MAX * alpha, Math.max(SHRINK_MIN * alpha, next));
        }
        return false;
    }
}
