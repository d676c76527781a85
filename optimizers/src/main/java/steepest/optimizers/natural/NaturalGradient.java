package steepest.optimizers.natural;

import java.util.EnumSet;
import java.util.Set;
import java.util.random.RandomGenerator;
import steepest.optimizers.Capability;
import steepest.optimizers.Checks;
import steepest.optimizers.Optimizer;
import steepest.optimizers.Oracle;
import steepest.optimizers.Search;
import steepest.optimizers.Termination;
import steepest.optimizers.linalg.Vectors;
import steepest.optimizers.linear.ConjugateGradient;
import steepest.optimizers.linear.LinearOperator;

/**
 * Natural gradient descent (Amari, "Natural gradient works efficiently in learning", Neural
 * Computation 10(2), 1998) with Tikhonov damping (Martens, "New insights and perspectives on the
 * natural gradient method", JMLR 21, 2020, §8):
 * <pre>
 *   (F(θ_k) + λI)·d_k = ∇f(θ_k),   θ_{k+1} = θ_k − η·d_k,
 * </pre>
 * with F the Fisher information of the objective's model, d_k solved matrix-free by
 * {@link ConjugateGradient} with Fisher-vector products to ‖(F + λI)d − ∇f‖ &lt;= tol·‖∇f‖ (at most n
 * products). F is positive semi-definite; with λ = 0 and a singular F, CG stops at the first
 * direction of zero curvature and the step uses the iterate reached (−∇f itself if that is the
 * first). For a model whose Fisher equals the Hessian of f (canonical-link GLMs such as logistic
 * regression), η = 1 and λ = 0 give Newton's step; with λ = 0 the iterates are invariant to an
 * invertible linear reparameterization θ = Aφ (Amari §5; Martens §12).
 *
 * <p>Iteration k + 1 evaluates f and ∇f at θ_k and then moves, so {@link Search#value()} is not
 * known at θ_{k+1}; the driver observes it (and the oracle's memo serves the next evaluation). The
 * CG workspace is allocated in {@link #start}. A non-finite f or ∇f ends the run as
 * {@link Termination#DIVERGED}.
 *
 * @param learningRate η &gt; 0 ({@code lr})
 * @param damping      λ &gt;= 0 ({@code damping})
 * @param cgTolerance  relative CG residual tolerance in (0, 1) ({@code cg_tol})
 */
public record NaturalGradient(double learningRate, double damping, double cgTolerance) implements Optimizer {

    /** A full natural-gradient step. */
    public static final double DEFAULT_LEARNING_RATE = 1.0;
    /** A small damping that keeps F + λI safely positive definite. */
    public static final double DEFAULT_DAMPING = 1e-4;
    /** CG's relative residual tolerance. */
    public static final double DEFAULT_CG_TOLERANCE = 1e-10;

    /** Validates, naming the spec keys. */
    public NaturalGradient {
        Checks.positive("lr", learningRate);
        Checks.finite("lr", learningRate);
        Checks.nonNegative("damping", damping);
        Checks.finite("damping", damping);
        if (!(cgTolerance > 0 && cgTolerance < 1)) {
            throw new IllegalArgumentException("cg_tol must be in (0, 1), got " + cgTolerance);
        }
    }

    @Override
    public Set<Capability> requirements() {
        return EnumSet.of(Capability.FISHER);
    }

    @Override
    public Search start(Oracle oracle, double[] x0, RandomGenerator random) {
        return new Run(oracle, x0);
    }

    private final class Run implements Search {
        private final Oracle oracle;
        private final double[] theta;
        private final double[] gradient;
        private final double[] direction;
        private final ConjugateGradient cg;
        private final LinearOperator dampedFisher;
        private Termination termination;

        Run(Oracle oracle, double[] x0) {
            this.oracle = oracle;
            this.theta = x0.clone();
            this.gradient = new double[x0.length];
            this.direction = new double[x0.length];
            this.cg = new ConjugateGradient(x0.length);
            this.dampedFisher = (v, out) -> {
                oracle.fisherVector(theta, v, out);
                Vectors.axpy(damping, v, out);
            };
        }

        @Override
        public boolean step() {
            double value = oracle.valueAndGradient(theta, gradient);
            if (!Double.isFinite(value) || !Vectors.isFinite(gradient)) {
                termination = Termination.DIVERGED;
                return false;
            }
            ConjugateGradient.Outcome outcome = cg.solve(dampedFisher, gradient, direction,
                    cgTolerance * Vectors.norm2(gradient), theta.length);
            if (outcome == ConjugateGradient.Outcome.NEGATIVE_CURVATURE && cg.iterations() == 1) {
                System.arraycopy(gradient, 0, direction, 0, direction.length);
            }
            Vectors.axpy(-learningRate, direction, theta);
            return true;
        }

        @Override
        public double[] x() {
            return theta;
        }

        @Override
        public Termination termination() {
            return termination;
        }
    }
}
