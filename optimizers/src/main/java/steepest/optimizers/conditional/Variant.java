package steepest.optimizers.conditional;

/**
 * Which Frank-Wolfe direction an iteration takes, with s the vertex returned by the linear
 * minimization oracle at ∇f(x) and v the away vertex, the atom of the active set maximizing
 * ⟨∇f(x), v⟩ (Lacoste-Julien and Jaggi, NeurIPS 2015).
 */
public enum Variant {
    /** d = s − x, γ ∈ [0, 1] (Frank and Wolfe, Naval Res. Logist. Q. 3, 1956). */
    CLASSIC,
    /**
     * The better of the Frank-Wolfe direction s − x and the away direction x − v (γ_max =
     * w_v / (1 − w_v)), by their gaps ⟨−∇f, d⟩; linear convergence on strongly convex f over a
     * polytope (Algorithm 1, Theorem 1).
     */
    AWAY,
    /** d = s − v, moving weight from v to s, γ_max = w_v (Algorithm 2). */
    PAIRWISE
}
