package steepest.problems.noisy;

import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import steepest.optimizers.Objective;
import steepest.optimizers.StochasticObjective;
import steepest.problems.data.GaussianStream;

/**
 * A problem's objective with controlled noise: every {@link #valueAndGradient} returns the exact
 * gradient with each entry perturbed independently by a {@link NoiseKind} of level σ (and the value
 * too when asked), so the optimizer sees an unbiased gradient estimate of known variance, as in the
 * stochastic-approximation model (Robbins and Monro, 1951; Bottou, Curtis and Nocedal, SIAM Review
 * 60(2), 2018, assumption 4.3). The harness records the exact objective ({@link StochasticObjective}).
 *
 * <p>Draws come from a stream taken from the run's random stream when the run starts (one long), so
 * runs are bit-reproducible. Only value and gradient are offered: Hessians, finite-sum structure and
 * other capabilities of the wrapped objective are hidden (their noise would need models of its own).
 *
 * <p>Scratch state (the stream); one instance per run, not thread-safe.
 */
public final class NoisyObjective implements StochasticObjective {

    private final Objective exact;
    private final NoiseConfig config;
    private GaussianStream noise;

    /**
     * @param exact  the objective to perturb
     * @param config the noise
     */
    public NoisyObjective(Objective exact, NoiseConfig config) {
        this.exact = exact;
        this.config = config;
    }

    @Override
    public Objective exact() {
        return exact;
    }

    /** The noise added to the exact objective's evaluations. */
    public NoiseConfig noise() {
        return config;
    }

    @Override
    public void start(RandomGenerator random) {
        noise = new GaussianStream(new SplittableRandom(random.nextLong()));
    }

    @Override
    public int dimension() {
        return exact.dimension();
    }

    @Override
    public double valueAndGradient(double[] x, double[] gradOut) {
        GaussianStream stream = stream();
        double f = exact.valueAndGradient(x, gradOut);
        for (int i = 0; i < gradOut.length; i++) {
            gradOut[i] = config.kind().perturb(gradOut[i], config.sigma(), config.degrees(), stream);
        }
        return config.noisyValue() ? config.kind().perturb(f, config.sigma(), config.degrees(), stream) : f;
    }

    @Override
    public double value(double[] x) {
        double f = exact.value(x);
        return config.noisyValue() ? config.kind().perturb(f, config.sigma(), config.degrees(), stream()) : f;
    }

    private GaussianStream stream() {
        if (noise == null) {
            throw new IllegalStateException("noisy objective evaluated before a run started: the Driver hands it"
                    + " the run's random stream (StochasticObjective.start)");
        }
        return noise;
    }
}
