package steepest.optimizers.firstorder;

import java.util.random.RandomGenerator;
import steepest.optimizers.Oracle;

/**
 * The exact gradient ∇f(x) at every step, counted as one gradient evaluation (n sample gradients
 * for a finite sum): batch gradient descent. Uses no randomness.
 */
public record FullBatch() implements Sampling {

    @Override
    public Estimator start(Oracle oracle, RandomGenerator random) {
        return oracle::valueAndGradient;
    }

    @Override
    public boolean needsFiniteSum() {
        return false;
    }
}
