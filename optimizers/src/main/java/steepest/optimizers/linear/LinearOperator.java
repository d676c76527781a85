package steepest.optimizers.linear;

/** A symmetric linear map v ↦ A·v given only by its products, for matrix-free solvers. */
@FunctionalInterface
public interface LinearOperator {

    /**
     * Computes A·v.
     *
     * @param v   the vector. Not modified.
     * @param out receives A·v; every entry is overwritten. Modified. Never aliases v.
     */
    void apply(double[] v, double[] out);
}
