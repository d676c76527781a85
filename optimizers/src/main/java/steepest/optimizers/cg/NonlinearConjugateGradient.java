package steepest.optimizers.cg;

import java.util.Objects;
import steepest.optimizers.Oracle;
import steepest.optimizers.descent.DirectionRule;
import steepest.optimizers.descent.InitialStep;
import steepest.optimizers.linalg.Vectors;

/**
 * Nonlinear conjugate gradient directions d_{k+1} = −g_{k+1} + β_{k+1}·d_k with β from {@link Beta}
 * (Nocedal and Wright, "Numerical Optimization", 2nd ed., §5.2, Algorithm 5.4), meant for a strong
 * Wolfe search with c₂ = 0.1.
 *
 * <p>Restarts (d = −g): at the first iteration; when consecutive gradients are far from
 * orthogonal, |g_{k+1}ᵀg_k| &gt;= 0.2·‖g_{k+1}‖² (Powell's criterion, Nocedal and Wright eq. 5.52);
 * every 6n iterations (n the dimension; Hager and Zhang's CG_DESCENT 6 default, where every n
 * iterations, the classical choice, restarts too often on small problems: on the 35 MGH problems
 * it costs 4435 gradients in all against 6128); when β is not finite (dᵀy = 0); and after a
 * failed line search. When the formula gives an ascent direction the loop resets the rule and
 * retries along −g. The first trial step is {@link InitialStep}'s.
 *
 * @param beta the conjugacy formula ({@code beta})
 */
public record NonlinearConjugateGradient(Beta beta) implements DirectionRule {

    /** Powell's restart threshold ν in |g_{k+1}ᵀg_k| &gt;= ν‖g_{k+1}‖². */
    public static final double POWELL_RESTART = 0.2;
    /** Restart at the latest every this many times n iterations (CG_DESCENT's {@code restart_fac}). */
    public static final int RESTART_FACTOR = 6;

    /** Requires β. */
    public NonlinearConjugateGradient {
        Objects.requireNonNull(beta, "beta");
    }

    @Override
    public DirectionRule.State start(Oracle oracle) {
        return new State(oracle.dimension());
    }

    private final class State implements DirectionRule.State {
        private final double[] previousDirection;
        private final InitialStep initialStep = new InitialStep();
        private final int dimension;
        private double betaNext;
        private boolean restart = true;
        private boolean steepest;
        private int sinceRestart;

        State(int dimension) {
            this.dimension = dimension;
            this.previousDirection = new double[dimension];
        }

        @Override
        public double direction(double[] x, double value, double[] gradient, double[] direction) {
            steepest = restart;
            double b = restart ? 0 : betaNext;
            for (int i = 0; i < dimension; i++) {
                direction[i] = -gradient[i] + b * previousDirection[i];
            }
            if (restart) {
                sinceRestart = 0;
                restart = false;
            }
            return initialStep.propose(value, Vectors.dot(gradient, direction), direction);
        }

        @Override
        public void accept(double[] x, double[] gradient, double[] next, double[] nextGradient, double step,
                           double[] direction) {
            double gg = 0;
            double ggNew = 0;
            double ggCross = 0;
            double gy = 0;
            double yy = 0;
            double dy = 0;
            double gd = 0;
            double dd = 0;
            double slope = 0;
            for (int i = 0; i < dimension; i++) {
                double g = gradient[i];
                double gNew = nextGradient[i];
                double y = gNew - g;
                double d = direction[i];
                gg += g * g;
                ggNew += gNew * gNew;
                ggCross += gNew * g;
                gy += gNew * y;
                yy += y * y;
                dy += d * y;
                gd += gNew * d;
                dd += d * d;
                slope += g * d;
                previousDirection[i] = d;
            }
            initialStep.accepted(step, slope);
            betaNext = beta.value(gy, gg, ggNew, dy, yy, gd, dd);
            sinceRestart++;
            restart = sinceRestart >= RESTART_FACTOR * dimension || Math.abs(ggCross) >= POWELL_RESTART * ggNew
                    || !Double.isFinite(betaNext);
        }

        @Override
        public boolean reset() {
            restart = true;
            return !steepest;
        }
    }
}
