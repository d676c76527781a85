package steepest.optimizers;

/**
 * Fisher-vector products for objectives that are negative log-likelihoods of a probabilistic model
 * p(y | x; θ): F(θ)·v with F(θ) = E[∇log p ∇log pᵀ] under the model's own predictive
 * distribution. The natural gradient solves (F + λI)d = ∇f matrix-free with these products
 * (Amari, "Natural gradient works efficiently in learning", Neural Computation 10(2), 1998).
 */
public interface FisherInformation extends Objective {

    /**
     * Computes F(θ)·v.
     *
     * @param theta the parameters. Not modified.
     * @param v     the direction. Not modified.
     * @param out   receives F(θ)·v. Modified. Must not alias theta or v.
     */
    void fisherVector(double[] theta, double[] v, double[] out);
}
