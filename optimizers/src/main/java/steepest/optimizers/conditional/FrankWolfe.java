package steepest.optimizers.conditional;

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
import steepest.optimizers.Search;
import steepest.optimizers.Termination;
import steepest.optimizers.linalg.Vectors;
import steepest.optimizers.linesearch.LineFunction;
import steepest.optimizers.linesearch.SegmentMinimizer;

/**
 * The conditional gradient (Frank-Wolfe) method for min_{x∈C} f(x), C compact and convex, given by
 * its linear minimization oracle (Jaggi, "Revisiting Frank-Wolfe: projection-free sparse convex
 * optimization", ICML 2013, Algorithm 1):
 * <pre>
 *   s_k = argmin_{s∈C} ⟨∇f(x_k), s⟩,   g_k = ⟨∇f(x_k), x_k − s_k⟩ &gt;= f(x_k) − f*   (the Frank-Wolfe gap)
 *   x_{k+1} = x_k + γ_k·d_k
 * </pre>
 * with the direction d_k of the {@link Variant} (classic d = s − x, away-step or pairwise over an
 * {@link ActiveSet}) and γ_k from the {@link StepSize} (open loop 2/(k+2), short step with a
 * smoothness constant L, exact line search). Every iterate stays in C.
 *
 * <p>Each step evaluates f and ∇f at the new iterate and calls the oracle there, so
 * {@link Search#value()}, {@link Search#gradient()} and the gap {@link Search#gap()} are exact at
 * every iterate x_k, k &gt;= 1 (the gap is NaN at x₀, before any evaluation); the driver's gap
 * tolerance stops on it. A gap &lt;= 0 certifies optimality and ends the run with
 * {@link Termination#GAP_TOLERANCE}; a non-finite f or ∇f, or a NaN gap (an oracle returning NaN),
 * with {@link Termination#DIVERGED}.
 *
 * @param variant    the direction ({@code step=away}, {@code step=pairwise}, else classic)
 * @param stepSize   the step size rule ({@code step})
 * @param smoothness L for the short step, &gt; 0 and finite; absent otherwise ({@code L})
 */
public record FrankWolfe(Variant variant, StepSize stepSize, OptionalDouble smoothness) implements Optimizer {

    /** Validates the combination, naming the spec keys. */
    public FrankWolfe {
        Objects.requireNonNull(variant, "variant");
        Objects.requireNonNull(stepSize, "stepSize");
        Objects.requireNonNull(smoothness, "smoothness");
        if (stepSize == StepSize.SHORT) {
            if (smoothness.isEmpty()) {
                throw new IllegalArgumentException("step=short needs the smoothness constant L");
            }
            Checks.positive("L", smoothness.getAsDouble());
            Checks.finite("L", smoothness.getAsDouble());
        } else if (smoothness.isPresent()) {
            throw new IllegalArgumentException("L applies only to the short step, got L=" + smoothness.getAsDouble());
        }
        if (stepSize == StepSize.OPEN_LOOP && variant != Variant.CLASSIC) {
            throw new IllegalArgumentException("the open-loop step 2/(k+2) applies only to the classic direction");
        }
    }

    @Override
    public Set<Capability> requirements() {
        return EnumSet.of(Capability.FEASIBLE_SET);
    }

    @Override
    public Search start(Oracle oracle, double[] x0, RandomGenerator random) {
        return new Run(oracle, x0);
    }

    private final class Run implements Search {
        private final Oracle oracle;
        private final FeasibleSet set;
        private final double[] x;
        private final double[] gradient;
        private final double[] vertex;
        private final double[] direction;
        private final LineFunction phi;
        private final SegmentMinimizer segment = new SegmentMinimizer();
        private final ActiveSet active;
        private double value = Double.NaN;
        private double gap = Double.NaN;
        private boolean evaluated;
        private boolean towardVertex;
        private long k;
        private Termination termination;

        Run(Oracle oracle, double[] x0) {
            this.oracle = oracle;
            this.set = oracle.feasibleSet();
            this.x = x0.clone();
            this.gradient = new double[x0.length];
            this.vertex = new double[x0.length];
            this.direction = new double[x0.length];
            this.phi = stepSize == StepSize.LINE ? new LineFunction(oracle) : null;
            this.active = variant == Variant.CLASSIC ? null : new ActiveSet(x0);
        }

        @Override
        public boolean step() {
            if (!evaluated && !evaluate()) {
                return false;
            }
            if (!(gap > 0)) {
                termination = Termination.GAP_TOLERANCE;
                return false;
            }
            int away = variant == Variant.CLASSIC ? -1 : active.awayAtom(gradient);
            double maxStep = chooseDirection(away);
            double slope = Vectors.dot(gradient, direction);
            if (!(slope < 0)) {
                termination = Termination.GAP_TOLERANCE;
                return false;
            }
            double gamma = move(slope, maxStep);
            record(away, gamma, maxStep);
            k++;
            return stepSize == StepSize.LINE ? afterLineSearch() : evaluate();
        }

        /** Writes d_k and returns γ_max; the away-step variant takes the direction with the larger gap. */
        private double chooseDirection(int away) {
            towardVertex = true;
            if (variant == Variant.CLASSIC) {
                difference(vertex, x);
                return 1.0;
            }
            double[] v = active.atom(away);
            double w = active.weight(away);
            if (variant == Variant.PAIRWISE) {
                towardVertex = false;
                difference(vertex, v);
                return w;
            }
            double awayGap = Vectors.dot(gradient, v) - Vectors.dot(gradient, x);
            if (gap >= awayGap || w >= 1) {
                difference(vertex, x);
                return 1.0;
            }
            towardVertex = false;
            difference(x, v);
            return w / (1 - w);
        }

        private void difference(double[] to, double[] from) {
            for (int i = 0; i < direction.length; i++) {
                direction[i] = to[i] - from[i];
            }
        }

        private double move(double slope, double maxStep) {
            switch (stepSize) {
                case OPEN_LOOP -> {
                    double gamma = 2.0 / (k + 2);
                    Vectors.axpy(gamma, direction, x);
                    return gamma;
                }
                case SHORT -> {
                    double gamma = Math.min(maxStep, -slope / (smoothness.getAsDouble() * Vectors.dot(direction, direction)));
                    Vectors.axpy(gamma, direction, x);
                    return gamma;
                }
                default -> {
                    phi.aim(x, value, direction, slope);
                    segment.minimize(phi, maxStep);
                    return phi.step();
                }
            }
        }

        private void record(int away, double gamma, double maxStep) {
            if (active == null) {
                return;
            }
            boolean drop = gamma >= maxStep;
            if (variant == Variant.PAIRWISE) {
                active.pairwise(vertex, away, gamma, drop);
            } else if (towardVertex) {
                active.towards(vertex, gamma);
            } else {
                active.awayFrom(away, gamma, drop);
            }
        }

        private boolean afterLineSearch() {
            System.arraycopy(phi.point(), 0, x, 0, x.length);
            System.arraycopy(phi.gradient(), 0, gradient, 0, x.length);
            value = phi.value();
            return certify();
        }

        private boolean evaluate() {
            value = oracle.valueAndGradient(x, gradient);
            evaluated = true;
            return certify();
        }

        private boolean certify() {
            if (!Double.isFinite(value) || !Vectors.isFinite(gradient)) {
                termination = Termination.DIVERGED;
                return false;
            }
            set.linearMinimizer(gradient, vertex);
            gap = Vectors.dot(gradient, x) - Vectors.dot(gradient, vertex);
            if (Double.isNaN(gap)) {
                termination = Termination.DIVERGED;
                return false;
            }
            return true;
        }

        @Override
        public double[] x() {
            return x;
        }

        @Override
        public double value() {
            return evaluated ? value : Double.NaN;
        }

        @Override
        public double[] gradient() {
            return evaluated ? gradient : null;
        }

        @Override
        public double gap() {
            return gap;
        }

        @Override
        public Termination termination() {
            return termination;
        }
    }
}
