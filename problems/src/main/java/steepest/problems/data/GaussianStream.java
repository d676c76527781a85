package steepest.problems.data;

import java.util.SplittableRandom;

/**
 * A deterministic stream of standard normal variates drawn from a seeded {@link SplittableRandom}
 * by the Marsaglia polar method (Marsaglia and Bray, "A convenient method for generating normal
 * variables", SIAM Review 6(3), 1964). It is written here, rather than taken from
 * {@code RandomGenerator.nextGaussian}, because that method's algorithm is not specified and may
 * change between JDK releases, while SplittableRandom's {@code nextDouble} is: the same seed gives
 * the same data sets and initial weights on every JDK.
 *
 * <p>Not thread-safe; one stream per use.
 */
public final class GaussianStream {

    private final SplittableRandom random;
    private double spare;
    private boolean hasSpare;

    /** A stream drawing from {@code random}, which it then owns. */
    public GaussianStream(SplittableRandom random) {
        this.random = random;
    }

    /** The next N(0, 1) variate. */
    public double next() {
        if (hasSpare) {
            hasSpare = false;
            return spare;
        }
        double u;
        double v;
        double s;
        do {
            u = 2 * random.nextDouble() - 1;
            v = 2 * random.nextDouble() - 1;
            s = u * u + v * v;
        } while (s >= 1 || s == 0);
        double factor = Math.sqrt(-2 * Math.log(s) / s);
        spare = v * factor;
        hasSpare = true;
        return u * factor;
    }

    /** A uniform variate in [0, 1), from the same generator. */
    public double uniform() {
        return random.nextDouble();
    }

    /** A uniform integer in [0, bound), from the same generator. */
    public int uniformInt(int bound) {
        return random.nextInt(bound);
    }
}
