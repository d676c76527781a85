package steepest.optimizers.proximal;

import java.util.EnumSet;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.random.RandomGenerator;
import steepest.optimizers.Capability;
import steepest.optimizers.Checks;
import steepest.optimizers.FeasibleSet;
import steepest.optimizers.Optimizer;
import steepest.optimizers.Oracle;
import steepest.optimizers.Regularizer;
import steepest.optimizers.Search;
import steepest.optimizers.Termination;
import steepest.optimizers.linalg.Vectors;

/**
 * Proximal gradient with backtracking for min f(x) + g(x), f smooth and g closed convex with a cheap
 * prox (Beck and Teboulle, "A fast iterative shrinkage-thresholding algorithm for linear inverse
 * problems", SIAM J. Imaging Sci. 2(1), 2009): ISTA with backtracking (§3) and, accelerated, FISTA
 * with backtracking (§4):
 * <pre>
 *   find the smallest L = 2ⁱL_{k−1} with  f(p) &lt;= f(y_k) + ∇f(y_k)ᵀ(p − y_k) + (L/2)‖p − y_k‖²,
 *        p = prox_{g/L}(y_k − ∇f(y_k)/L);   x_{k+1} = p
 *   ISTA:  y_{k+1} = x_{k+1}
 *   FISTA: t_{k+1} = (1 + √(1 + 4t_k²))/2,  y_{k+1} = x_{k+1} + ((t_k − 1)/t_{k+1})(x_{k+1} − x_k),  t₁ = 1
 * </pre>
 * so F(x_k) − F* &lt;= ηL‖x₀ − x*‖²/(2k) for ISTA and 2ηL‖x₀ − x*‖²/(k + 1)² for FISTA (Theorems 3.1
 * and 4.4, η = 2 the backtracking factor). Projected gradient is ISTA with g the indicator of a
 * feasible set C, whose prox is the projection P_C ({@link Kind#PROJECTION}).
 *
 * <p>L₀: the given {@code initialSmoothness}, or when absent the local estimate
 * ‖∇f(y₀) − ∇f(y₀ − ε∇f(y₀))‖ / (ε‖∇f(y₀)‖), ε = 10⁻³ (one extra gradient; Pedregosa, Negiar, Askari
 * and Jaggi, "Linearly convergent Frank-Wolfe with backtracking line-search", AISTATS 2020, §3). L
 * never decreases, as the theorems require. A relative slack of 10⁻¹²·|f(y_k)| in the test absorbs
 * rounding in f near convergence. Each iteration costs one value and gradient at y_k and one value
 * per trial L.
 *
 * <p>{@link Search#gap()} is the norm of the gradient mapping of the last step, L‖x_{k+1} − y_k‖,
 * which is 0 exactly at a minimizer (for ISTA and projected gradient y_k = x_k, so it certifies the
 * previous iterate). {@link Search#value()} and {@link Search#gradient()} are not known (the prox
 * step does not evaluate ∇F at x_{k+1}); the driver observes them. More than 60 doublings of L in
 * one iteration end the run with {@link Termination#LINE_SEARCH_FAILED}; a non-finite f(y_k) with
 * {@link Termination#DIVERGED}.
 *
 * @param kind              projection onto a feasible set or prox of a regularizer
 * @param accelerated       FISTA's extrapolation
 * @param initialSmoothness L₀ &gt; 0, or absent for the estimate ({@code L0})
 */
public record ProximalGradient(Kind kind, boolean accelerated, OptionalDouble initialSmoothness) implements Optimizer {

    /** Where the non-smooth part comes from. */
    public enum Kind {
        /** g = indicator of the feasible set of a {@link steepest.optimizers.Constrained} objective; prox = projection. */
        PROJECTION,
        /** g = the regularizer of a {@link steepest.optimizers.Composite} objective. */
        PROXIMAL
    }

    /** The backtracking factor η. */
    public static final double GROWTH = 2.0;
    /** The relative offset ε of the second point of the L₀ estimate. */
    public static final double ESTIMATE_OFFSET = 1e-3;
    private static final double SLACK = 1e-12;
    private static final int MAX_DOUBLINGS = 60;

    /** Validates, naming the spec key. */
    public ProximalGradient {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(initialSmoothness, "initialSmoothness");
        if (initialSmoothness.isPresent()) {
            Checks.positive("L0", initialSmoothness.getAsDouble());
            Checks.finite("L0", initialSmoothness.getAsDouble());
        }
    }

    @Override
    public Set<Capability> requirements() {
        return EnumSet.of(kind == Kind.PROJECTION ? Capability.FEASIBLE_SET : Capability.COMPOSITE);
    }

    @Override
    public Search start(Oracle oracle, double[] x0, RandomGenerator random) {
        return new Run(oracle, x0);
    }

    private final class Run implements Search {
        private final Oracle oracle;
        private final FeasibleSet set;
        private final Regularizer regularizer;
        private final double[] x;
        private final double[] y;
        private final double[] gradient;
        private final double[] trial;
        private double smoothness = initialSmoothness.orElse(0);
        private boolean smoothnessKnown = initialSmoothness.isPresent();
        private double t = 1;
        private double residual = Double.NaN;
        private Termination termination;

        Run(Oracle oracle, double[] x0) {
            this.oracle = oracle;
            this.set = kind == Kind.PROJECTION ? oracle.feasibleSet() : null;
            this.regularizer = kind == Kind.PROXIMAL ? oracle.regularizer() : null;
            this.x = x0.clone();
            this.y = x0.clone();
            this.gradient = new double[x0.length];
            this.trial = new double[x0.length];
        }

        @Override
        public boolean step() {
            double fy = smoothValueAndGradient(y, gradient);
            if (!Double.isFinite(fy) || !Vectors.isFinite(gradient)) {
                return stop(Termination.DIVERGED);
            }
            if (!smoothnessKnown) {
                smoothness = estimateSmoothness();
                smoothnessKnown = true;
            }
            for (int doubling = 0; !sufficientDecrease(fy); doubling++) {
                if (doubling == MAX_DOUBLINGS) {
                    return stop(Termination.LINE_SEARCH_FAILED);
                }
                smoothness *= GROWTH;
            }
            double distance = 0;
            for (int i = 0; i < x.length; i++) {
                double difference = trial[i] - y[i];
                distance += difference * difference;
            }
            residual = smoothness * Math.sqrt(distance);
            if (accelerated) {
                double next = 0.5 * (1 + Math.sqrt(1 + 4 * t * t));
                double momentum = (t - 1) / next;
                for (int i = 0; i < x.length; i++) {
                    y[i] = trial[i] + momentum * (trial[i] - x[i]);
                }
                t = next;
            } else {
                System.arraycopy(trial, 0, y, 0, x.length);
            }
            System.arraycopy(trial, 0, x, 0, x.length);
            return true;
        }

        /** Writes p = prox(y − ∇f(y)/L) into trial and tests the quadratic upper bound at p. */
        private boolean sufficientDecrease(double fy) {
            double step = 1 / smoothness;
            for (int i = 0; i < x.length; i++) {
                trial[i] = y[i] - step * gradient[i];
            }
            if (set != null) {
                set.projectInPlace(trial);
            } else {
                regularizer.proxInPlace(trial, step);
            }
            double linear = 0;
            double squared = 0;
            for (int i = 0; i < x.length; i++) {
                double difference = trial[i] - y[i];
                linear += gradient[i] * difference;
                squared += difference * difference;
            }
            double fp = set != null ? oracle.value(trial) : oracle.smoothValue(trial);
            return fp <= fy + linear + 0.5 * smoothness * squared + SLACK * Math.abs(fy);
        }

        private double estimateSmoothness() {
            double norm = Vectors.norm2(gradient);
            if (norm == 0) {
                return 1.0;
            }
            Vectors.addScaled(y, -ESTIMATE_OFFSET, gradient, trial);
            double[] shifted = new double[x.length];
            smoothValueAndGradient(trial, shifted);
            Vectors.axpy(-1, gradient, shifted);
            double estimate = Vectors.norm2(shifted) / (ESTIMATE_OFFSET * norm);
            return estimate > 0 && estimate < Double.POSITIVE_INFINITY ? estimate : 1.0;
        }

        private double smoothValueAndGradient(double[] point, double[] gradOut) {
            return set != null ? oracle.valueAndGradient(point, gradOut) : oracle.smoothValueAndGradient(point, gradOut);
        }

        private boolean stop(Termination reason) {
            termination = reason;
            return false;
        }

        @Override
        public double[] x() {
            return x;
        }

        @Override
        public double gap() {
            return residual;
        }

        @Override
        public Termination termination() {
            return termination;
        }
    }
}
