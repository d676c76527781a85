package steepest.optimizers.spectral;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.random.RandomGenerator;
import steepest.optimizers.AbstractSearch;
import steepest.optimizers.Capability;
import steepest.optimizers.Checks;
import steepest.optimizers.FeasibleSet;
import steepest.optimizers.Optimizer;
import steepest.optimizers.Oracle;
import steepest.optimizers.Search;
import steepest.optimizers.Termination;
import steepest.optimizers.linalg.Vectors;
import steepest.optimizers.linesearch.LineFunction;
import steepest.optimizers.linesearch.Nonmonotone;

/**
 * Gradient steps of Barzilai–Borwein length, globalized by Grippo, Lampariello and Lucidi's
 * nonmonotone line search: Raydan's global BB method ({@code bb}; "The Barzilai and Borwein gradient
 * method for the large scale unconstrained minimization problem", SIAM J. Optim. 7(1), 1997) and,
 * projected onto a feasible set C, the spectral projected gradient method SPG2 ({@code spg}; Birgin,
 * Martínez and Raydan, "Nonmonotone spectral projected gradient methods on convex sets", SIAM J.
 * Optim. 10(4), 2000), which is the former when C = Rⁿ:
 * <pre>
 *   d_k = P_C(x_k − α_k∇f(x_k)) − x_k,   x_{k+1} = x_k + λ_k·d_k,   λ_k ∈ (0, 1] the first trial with
 *   f(x_k + λd_k) &lt;= max_{0≤j&lt;min(k+1, M)} f(x_{k−j}) + γλ·∇f(x_k)ᵀd_k        (GLL, γ = 10⁻⁴),
 * </pre>
 * by the backtracking of {@link Nonmonotone} from λ = 1; α_{k+1} is the {@link StepRule}'s, kept in
 * [10⁻³⁰, 10³⁰], and 10³⁰ when sᵀy &lt;= 0; α₀ = 1/‖P_C(x₀ − ∇f(x₀)) − x₀‖∞ (BMR's settings, also those
 * of the R package BB by Varadhan and Gilbert that implements both). The nonmonotone test lets the
 * BB steps, which are not descent steps for f, be taken nearly always: on a strictly convex
 * quadratic without line search they converge R-linearly (Dai and Liao, IMA J. Numer. Anal. 22,
 * 2002), and the line search keeps the method convergent on general smooth f.
 *
 * <p>{@code spg} keeps every iterate in C (x₀ is projected first) and reports
 * ‖P_C(x_k − ∇f(x_k)) − x_k‖∞, BMR's stopping quantity, as {@link Search#gap()}; both know f and ∇f at
 * every iterate. Each trial costs one value and gradient (the gradient at the accepted trial is the
 * next iterate's); after sᵀy &lt;= 0 the first trials are long and the search backtracks, halving
 * below λ = 0.1. It fails ({@link Termination#LINE_SEARCH_FAILED}) after {@value #MAX_TRIALS} trials
 * or when λd no longer changes x; a zero (projected) gradient ends the run as converged.
 *
 * @param step      the BB step ({@code step})
 * @param memory    M &gt;= 1, the values the nonmonotone test looks back over; 1 is Armijo's test ({@code M})
 * @param projected project onto the problem's feasible set (spg) or not (bb)
 */
public record SpectralGradient(StepRule step, int memory, boolean projected) implements Optimizer {

    /** Raydan's and BMR's memory M. */
    public static final int DEFAULT_MEMORY = 10;
    /** Trials per line search, enough to halve from the largest step to the smallest. */
    public static final int MAX_TRIALS = 200;
    private static final Nonmonotone LINE_SEARCH = new Nonmonotone(Nonmonotone.DEFAULT_GAMMA, MAX_TRIALS);
    private static final double MIN_STEP = 1e-30;
    private static final double MAX_STEP = 1e30;

    /** Validates, naming the spec keys. */
    public SpectralGradient {
        Objects.requireNonNull(step, "step");
        Checks.atLeast("M", memory, 1);
    }

    @Override
    public Set<Capability> requirements() {
        return projected ? EnumSet.of(Capability.FEASIBLE_SET) : Set.of();
    }

    @Override
    public Search start(Oracle oracle, double[] x0, RandomGenerator random) {
        return new Run(oracle, x0);
    }

    private final class Run extends AbstractSearch {
        private final Oracle oracle;
        private final FeasibleSet set;
        private final LineFunction phi;
        private final double[] history;
        private final double[] direction;
        private double alpha;
        private double stationarity;
        private double gap = Double.NaN;
        private long iteration;

        Run(Oracle oracle, double[] x0) {
            super(x0);
            this.oracle = oracle;
            this.set = projected ? oracle.feasibleSet() : null;
            this.phi = new LineFunction(oracle);
            this.history = new double[memory];
            this.direction = new double[x0.length];
            if (set != null) {
                set.projectInPlace(x);
            }
        }

        @Override
        public boolean step() {
            if (Double.isNaN(value)) {
                if (!evaluate(oracle)) {
                    return false;
                }
                Arrays.fill(history, value);
                measureStationarity();
                alpha = stationarity > 0 ? clamp(1 / stationarity) : 1.0;
            }
            if (stationarity == 0) {
                return stop(projected ? Termination.GAP_TOLERANCE : Termination.GRADIENT_TOLERANCE);
            }
            projectedStep(alpha);
            double slope = Vectors.dot(gradient, direction);
            if (!(slope < 0) || !search(slope)) {
                return stop(Termination.LINE_SEARCH_FAILED);
            }
            iteration++;
            double sts = 0;
            double sty = 0;
            double yty = 0;
            double[] next = phi.point();
            double[] nextGradient = phi.gradient();
            for (int i = 0; i < x.length; i++) {
                double s = next[i] - x[i];
                double y = nextGradient[i] - gradient[i];
                sts += s * s;
                sty += s * y;
                yty += y * y;
            }
            double proposed = step.step(iteration, sts, sty, yty);
            alpha = Double.isNaN(proposed) ? MAX_STEP : clamp(proposed);
            value = phi.value();
            phi.useBuffers(x, gradient);
            x = next;
            gradient = nextGradient;
            history[(int) (iteration % memory)] = value;
            measureStationarity();
            return true;
        }

        /** ‖P_C(x − ∇f) − x‖∞ (‖∇f‖∞ without a set) at x, and the gap it reports. */
        private void measureStationarity() {
            stationarity = projected ? projectedStep(1.0) : Vectors.normInf(gradient);
            gap = projected ? stationarity : Double.NaN;
        }

        /** The nonmonotone search along {@link #direction}; true when a trial is accepted. */
        private boolean search(double slope) {
            double reference = Double.NEGATIVE_INFINITY;
            for (double f : history) {
                reference = Math.max(reference, f);
            }
            phi.aim(x, value, direction, slope);
            return LINE_SEARCH.search(phi, reference);
        }

        /**
         * Writes d = P_C(x − t·∇f) − x (d = −t∇f without a set) into {@link #direction}; returns ‖d‖∞.
         */
        private double projectedStep(double t) {
            for (int i = 0; i < x.length; i++) {
                direction[i] = x[i] - t * gradient[i];
            }
            if (set != null) {
                set.projectInPlace(direction);
            }
            for (int i = 0; i < x.length; i++) {
                direction[i] -= x[i];
            }
            return Vectors.normInf(direction);
        }

        private double clamp(double step) {
            return Math.min(MAX_STEP, Math.max(MIN_STEP, step));
        }

        @Override
        public double gap() {
            return gap;
        }
    }
}
