package steepest.problems.bbob;

import steepest.optimizers.Objective;

/**
 * One instance of a bbob function: f(x) = f_raw(z(x)) + f_opt (+ a boundary penalty for some),
 * where z chains the instance's shift, rotations and coordinate transformations. Subclasses write
 * the forward pass once, and its backward pass (the chain rule through every transformation, in
 * reverse) only when a gradient is asked for, so {@link #value} and {@link #valueAndGradient} share
 * one code path. Scratch buffers are allocated once: one instance per run.
 */
abstract class BbobObjective implements Objective {

    /** The dimension n. */
    final int n;
    /** f_opt of the instance. */
    final double optimalValue;

    BbobObjective(int n, double optimalValue) {
        this.n = n;
        this.optimalValue = optimalValue;
    }

    @Override
    public final int dimension() {
        return n;
    }

    @Override
    public final double value(double[] x) {
        return evaluate(x, null);
    }

    @Override
    public final double valueAndGradient(double[] x, double[] gradOut) {
        return evaluate(x, gradOut);
    }

    /**
     * f(x), and its gradient (where f is not differentiable, the subgradient documented by the
     * subclass) into gradOut unless gradOut is null.
     *
     * @param x       not modified
     * @param gradOut every entry overwritten; or null for the value alone
     */
    abstract double evaluate(double[] x, double[] gradOut);

    /** The global minimizer x_opt of this instance (a new array). */
    abstract double[] minimizer();
}
