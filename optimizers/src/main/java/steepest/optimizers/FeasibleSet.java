package steepest.optimizers;

/**
 * A closed convex set C ⊂ Rⁿ given by its two oracles: the Euclidean projection
 * P_C(x) = argmin_{y∈C} ‖y − x‖ (projected gradient) and the linear minimization oracle
 * LMO(c) = argmin_{s∈C} ⟨c, s⟩ (conditional gradient / Frank-Wolfe), which returns a vertex
 * (extreme point) of C when C is a polytope. See Jaggi, "Revisiting Frank-Wolfe", ICML 2013.
 */
public interface FeasibleSet {

    /** The dimension n of the ambient space. */
    int dimension();

    /**
     * Replaces x by its Euclidean projection onto C.
     *
     * @param x the point to project. Modified.
     */
    void projectInPlace(double[] x);

    /**
     * Writes an s ∈ C minimizing ⟨direction, s⟩.
     *
     * @param direction the linear function's coefficients, usually ∇f(x). Not modified.
     * @param vertexOut receives the minimizer. Modified.
     */
    void linearMinimizer(double[] direction, double[] vertexOut);
}
