package steepest.optimizers.trustregion;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.random.RandomGenerator;
import steepest.optimizers.AbstractSearch;
import steepest.optimizers.Capability;
import steepest.optimizers.Checks;
import steepest.optimizers.Optimizer;
import steepest.optimizers.Oracle;
import steepest.optimizers.Search;
import steepest.optimizers.Termination;
import steepest.optimizers.linalg.Vectors;

/**
 * The trust-region loop every trust-region Newton method shares (Nocedal and Wright, "Numerical
 * Optimization", 2nd ed., Algorithm 4.1): the {@link Subproblem} proposes p_k with ‖p_k‖ &lt;= Δ_k;
 * with the agreement
 * <pre>
 *   ρ_k = (f(x_k) − f(x_k + p_k)) / (m_k(0) − m_k(p_k)),
 * </pre>
 * the radius becomes ¼Δ_k if ρ_k &lt; ¼, min(2Δ_k, Δ_max) if ρ_k &gt; ¾ and p_k is on the boundary,
 * else stays; the step is taken when ρ_k &gt; η. These are the rules and defaults of scipy's
 * trust-region methods (Δ₀ = 1, Δ_max = 1000, η = 0.15), whose keys this takes. Near a minimizer
 * with f* ≠ 0 both reductions fall to the rounding error of f, where their ratio is noise and a good
 * step is rejected until the region collapses; as Conn, Gould and Toint advise ("Trust-Region
 * Methods", 2000, §17.4.2) both are raised by δ = 10·ε·max(1, |f(x_k)|) first, so ρ_k tends to 1
 * there and the iteration goes on converging on the gradient (scipy's methods stop instead, "a bad
 * approximation caused failure to predict improvement").
 *
 * <p>One {@link Search#step()} repeats trials until a step is taken, so every iteration moves x and
 * the search knows f and ∇f there. A trial costs one function evaluation, a taken step one value and
 * gradient (the value is counted again) plus what the subproblem spends at the new point. The run
 * ends with {@link Termination#LINE_SEARCH_FAILED} when the model predicts no decrease or the step no
 * longer changes x (the region shrank below rounding), with {@link Termination#GRADIENT_TOLERANCE}
 * at a zero gradient, otherwise by the driver's rules.
 *
 * @param subproblem    the subproblem solver
 * @param initialRadius Δ₀ &gt; 0 ({@code initial_trust_radius})
 * @param maxRadius     Δ_max &gt;= Δ₀ ({@code max_trust_radius})
 * @param eta           the acceptance threshold η in [0, ¼) ({@code eta})
 */
public record TrustRegion(Subproblem subproblem, double initialRadius, double maxRadius, double eta)
        implements Optimizer {

    /** scipy's Δ₀. */
    public static final double DEFAULT_INITIAL_RADIUS = 1.0;
    /** scipy's Δ_max. */
    public static final double DEFAULT_MAX_RADIUS = 1000.0;
    /** scipy's η. */
    public static final double DEFAULT_ETA = 0.15;

    private static final double SHRINK_BELOW = 0.25;
    private static final double EXPAND_ABOVE = 0.75;
    private static final double SHRINK = 0.25;
    private static final double EXPAND = 2.0;
    private static final double ROUNDING = 10 * Math.ulp(1.0);

    /** Validates, naming the spec keys. */
    public TrustRegion {
        Objects.requireNonNull(subproblem, "subproblem");
        Checks.positive("initial_trust_radius", initialRadius);
        Checks.finite("initial_trust_radius", initialRadius);
        Checks.positive("max_trust_radius", maxRadius);
        if (!(maxRadius >= initialRadius)) {
            throw new IllegalArgumentException("max_trust_radius must be >= initial_trust_radius (" + initialRadius
                    + "), got " + maxRadius);
        }
        Checks.inHalfOpen("eta", eta, 0, SHRINK_BELOW);
    }

    @Override
    public Set<Capability> requirements() {
        return EnumSet.of(Capability.HESSIAN);
    }

    @Override
    public Search start(Oracle oracle, double[] x0, RandomGenerator random) {
        return new Run(oracle, x0);
    }

    private final class Run extends AbstractSearch {
        private final Oracle oracle;
        private final Subproblem.State model;
        private double[] trial;
        private final double[] step;
        private double radius = initialRadius;

        Run(Oracle oracle, double[] x0) {
            super(x0);
            this.oracle = oracle;
            this.model = subproblem.start(oracle);
            this.trial = new double[x0.length];
            this.step = new double[x0.length];
        }

        @Override
        public boolean step() {
            if (Double.isNaN(value) && !linearize()) {
                return false;
            }
            if (Vectors.normInf(gradient) == 0) {
                return stop(Termination.GRADIENT_TOLERANCE);
            }
            while (true) {
                double predicted = model.solve(radius, step);
                boolean moved = false;
                for (int i = 0; i < x.length; i++) {
                    trial[i] = x[i] + step[i];
                    moved |= trial[i] != x[i];
                }
                if (!(predicted > 0) || !moved) {
                    return stop(Termination.LINE_SEARCH_FAILED);
                }
                double trialValue = oracle.value(trial);
                double actual = Double.isFinite(trialValue) ? value - trialValue : Double.NEGATIVE_INFINITY;
                double rounding = ROUNDING * Math.max(1, Math.abs(value));
                double agreement = (actual + rounding) / (predicted + rounding);
                if (agreement < SHRINK_BELOW) {
                    radius *= SHRINK;
                } else if (agreement > EXPAND_ABOVE && model.onBoundary()) {
                    radius = Math.min(EXPAND * radius, maxRadius);
                }
                if (agreement > eta) {
                    double[] previous = x;
                    x = trial;
                    trial = previous;
                    return linearize();
                }
            }
        }

        /** f, ∇f and the model at x; false (stopped) when f or ∇f is not finite. */
        private boolean linearize() {
            if (!evaluate(oracle)) {
                return false;
            }
            model.linearize(x, gradient);
            return true;
        }
    }
}
