package steepest.optimizers.descent;

import steepest.optimizers.Oracle;
import steepest.optimizers.linalg.Vectors;

/**
 * Steepest descent, d_k = −∇f(x_k) (Cauchy, 1847), for gradient descent with a line search. The
 * first trial step is {@link InitialStep}'s (at most unit length, then the minimizer of the
 * quadratic through the last two values and the slope, or the previous step scaled by the ratio of
 * slopes), so that the search usually accepts its first trial. On a
 * quadratic with condition number κ and exact steps, f − f* contracts by ((κ − 1)/(κ + 1))² per
 * iteration (Nocedal and Wright, "Numerical Optimization", 2nd ed., Theorem 3.3).
 */
public record SteepestDescent() implements DirectionRule {

    @Override
    public DirectionRule.State start(Oracle oracle) {
        return new State();
    }

    private static final class State implements DirectionRule.State {
        private final InitialStep initialStep = new InitialStep();

        @Override
        public double direction(double[] x, double value, double[] gradient, double[] direction) {
            double slope = 0;
            for (int i = 0; i < gradient.length; i++) {
                direction[i] = -gradient[i];
                slope -= gradient[i] * gradient[i];
            }
            return initialStep.propose(value, slope, direction);
        }

        @Override
        public void accept(double[] x, double[] gradient, double[] next, double[] nextGradient, double step,
                           double[] direction) {
            initialStep.accepted(step, Vectors.dot(gradient, direction));
        }

        @Override
        public boolean reset() {
            return false;
        }
    }
}
