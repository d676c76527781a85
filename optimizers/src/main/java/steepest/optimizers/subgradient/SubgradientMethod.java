package steepest.optimizers.subgradient;

import java.util.Objects;
import java.util.OptionalDouble;
import java.util.random.RandomGenerator;
import steepest.optimizers.Checks;
import steepest.optimizers.Optimizer;
import steepest.optimizers.Oracle;
import steepest.optimizers.Search;
import steepest.optimizers.Termination;
import steepest.optimizers.linalg.Vectors;

/**
 * The subgradient method for a convex, possibly non-smooth f (Shor, 1962; Boyd, Xiao and Mutapcic,
 * "Subgradient methods", 2003): z_{k+1} = z_k − α_k·g_k with g_k ∈ ∂f(z_k) the subgradient the
 * objective returns and α_k from {@link SubgradientStep}. It is not a descent method, so it tracks
 * the best iterate, f_best = min_{j&lt;=k} f(z_j).
 *
 * <p><b>What the search reports.</b> {@link Search#x()} is the best iterate so far, not the raw
 * iterate z_k, which is kept internally; {@link Search#value()} and {@link Search#gradient()} are
 * f and the subgradient at that best iterate (exact, so recording costs nothing). A trace therefore
 * shows f_best, non-increasing, which is what the method's guarantees bound. Each step evaluates
 * the new raw iterate (the first step also evaluates z₀).
 *
 * <p>Stops: a zero subgradient proves optimality ({@link Termination#GRADIENT_TOLERANCE}); with
 * Polyak's step, f(z_k) &lt;= f* means the known optimum is reached
 * ({@link Termination#TARGET_REACHED}); a non-finite f with {@link Termination#DIVERGED}.
 *
 * @param step         the step size rule ({@code step})
 * @param learningRate η &gt; 0 for the constant and 1/√k rules, absent for Polyak's ({@code lr})
 * @param optimalValue f* for Polyak's step, absent otherwise ({@code f_star})
 */
public record SubgradientMethod(SubgradientStep step, OptionalDouble learningRate, OptionalDouble optimalValue)
        implements Optimizer {

    /** The default η of the constant and 1/√k rules. */
    public static final double DEFAULT_LEARNING_RATE = 1e-2;

    /** Validates the combination, naming the spec keys. */
    public SubgradientMethod {
        Objects.requireNonNull(step, "step");
        Objects.requireNonNull(learningRate, "learningRate");
        Objects.requireNonNull(optimalValue, "optimalValue");
        if (step == SubgradientStep.POLYAK) {
            if (optimalValue.isEmpty()) {
                throw new IllegalArgumentException("step=polyak needs the optimal value f_star");
            }
            Checks.finite("f_star", optimalValue.getAsDouble());
            if (learningRate.isPresent()) {
                throw new IllegalArgumentException("lr does not apply to step=polyak");
            }
        } else {
            if (learningRate.isEmpty()) {
                throw new IllegalArgumentException("step=" + step.token() + " needs lr");
            }
            Checks.positive("lr", learningRate.getAsDouble());
            Checks.finite("lr", learningRate.getAsDouble());
            if (optimalValue.isPresent()) {
                throw new IllegalArgumentException("f_star applies only to step=polyak");
            }
        }
    }

    @Override
    public Search start(Oracle oracle, double[] x0, RandomGenerator random) {
        return new Run(oracle, x0);
    }

    private final class Run implements Search {
        private final Oracle oracle;
        private final double[] z;
        private final double[] subgradient;
        private final double[] best;
        private final double[] bestSubgradient;
        private double value = Double.NaN;
        private double bestValue = Double.NaN;
        private long k;
        private Termination termination;

        Run(Oracle oracle, double[] x0) {
            this.oracle = oracle;
            this.z = x0.clone();
            this.best = x0.clone();
            this.subgradient = new double[x0.length];
            this.bestSubgradient = new double[x0.length];
        }

        @Override
        public boolean step() {
            if (k == 0 && !evaluate()) {
                return false;
            }
            double squaredNorm = Vectors.dot(subgradient, subgradient);
            if (squaredNorm == 0) {
                return stop(Termination.GRADIENT_TOLERANCE);
            }
            double alpha = switch (step) {
                case CONSTANT -> learningRate.getAsDouble();
                case SQRT -> learningRate.getAsDouble() / Math.sqrt(k + 1);
                case POLYAK -> (value - optimalValue.getAsDouble()) / squaredNorm;
            };
            if (!(alpha > 0)) {
                return stop(Termination.TARGET_REACHED);
            }
            Vectors.axpy(-alpha, subgradient, z);
            k++;
            return evaluate();
        }

        private boolean evaluate() {
            value = oracle.valueAndGradient(z, subgradient);
            if (!Double.isFinite(value) || !Vectors.isFinite(subgradient)) {
                return stop(Termination.DIVERGED);
            }
            if (!(value >= bestValue)) {
                bestValue = value;
                System.arraycopy(z, 0, best, 0, z.length);
                System.arraycopy(subgradient, 0, bestSubgradient, 0, z.length);
            }
            return true;
        }

        private boolean stop(Termination reason) {
            termination = reason;
            return false;
        }

        @Override
        public double[] x() {
            return best;
        }

        @Override
        public double value() {
            return bestValue;
        }

        @Override
        public double[] gradient() {
            return Double.isNaN(bestValue) ? null : bestSubgradient;
        }

        @Override
        public Termination termination() {
            return termination;
        }
    }
}
