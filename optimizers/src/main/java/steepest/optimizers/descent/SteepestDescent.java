package steepest.optimizers.descent;

import steepest.optimizers.Oracle;

/**
 * Steepest descent, d_k = −∇f(x_k) (Cauchy, 1847), for gradient descent with a line search. The
 * first trial step has unit length; later ones follow the previous decrease
 * ({@link InitialStep#fromDecrease}), so that the search usually accepts its first trial. On a
 * quadratic with condition number κ and exact steps, f − f* contracts by ((κ − 1)/(κ + 1))² per
 * iteration (Nocedal and Wright, "Numerical Optimization", 2nd ed., Theorem 3.3).
 */
public record SteepestDescent() implements DirectionRule {

    @Override
    public DirectionRule.State start(Oracle oracle) {
        return new State();
    }

    private static final class State implements DirectionRule.State {

        @Override
        public double direction(double[] x, double value, double[] gradient, double previousValue,
                                double[] direction) {
            double slope = 0;
            for (int i = 0; i < gradient.length; i++) {
                direction[i] = -gradient[i];
                slope -= gradient[i] * gradient[i];
            }
            return InitialStep.fromDecrease(value, previousValue, slope, direction);
        }

        @Override
        public void accept(double[] x, double[] gradient, double[] next, double[] nextGradient, double step,
                           double[] direction) {
            // steepest descent has no memory
        }

        @Override
        public boolean reset() {
            return false;
        }
    }
}
