package steepest.problems.mgh;

import java.util.Set;
import steepest.optimizers.Checks;
import steepest.problems.Problem;
import steepest.problems.Tag;

/**
 * One of the 35 unconstrained test problems of Moré, Garbow and Hillstrom, "Testing unconstrained
 * optimization software", ACM Trans. Math. Softw. 7(1), 17–41, 1981 (section 3): a sum of squares
 * with the paper's standard start x0 and, where known, its minimum.
 *
 * <p>Scaled starts: the paper also runs every problem from 10·x0 and 100·x0. {@link #start(double)}
 * returns factor·x0, except that a zero standard start (Watson) scaled by a factor other than 1
 * becomes (factor, ..., factor), as MINPACK's {@code initpt} does.
 */
public abstract class MghFunction extends SumOfSquares {

    /**
     * @param dimension     n
     * @param residualCount m
     */
    protected MghFunction(int dimension, int residualCount) {
        super(dimension, residualCount);
    }

    /** The paper's standard start x0 (a new array). */
    public abstract double[] standardStart();

    /**
     * The known minimum of this instance, or {@link Optimum#UNKNOWN}. Unless a class says otherwise
     * this is the global minimum; its Javadoc says what else the paper reports.
     */
    public abstract Optimum optimum();

    /**
     * The scaled start factor·x0 (see the class comment for a zero x0).
     *
     * @param factor a finite non-zero scale; the paper uses 1, 10 and 100
     */
    public double[] start(double factor) {
        Checks.finite("start", factor);
        if (factor == 0) {
            throw new IllegalArgumentException("start must be non-zero, got 0");
        }
        double[] x = standardStart();
        boolean zero = true;
        for (double v : x) {
            zero &= v == 0;
        }
        for (int i = 0; i < x.length; i++) {
            x[i] = zero && factor != 1 ? factor : factor * x[i];
        }
        return x;
    }

    /** The problem record: this objective, the start scaled by {@code factor}, its optimum and tags. */
    public Problem problem(double factor, Set<Tag> tags) {
        Optimum optimum = optimum();
        return new Problem(this, start(factor), optimum.value(), optimum.point(), tags);
    }

    /** Requires low &lt;= value &lt;= high for the spec key {@code key}. */
    static int inRange(String key, int value, int low, int high) {
        if (value < low || value > high) {
            throw new IllegalArgumentException(key + " must be in [" + low + ", " + high + "], got " + value);
        }
        return value;
    }

    /** Requires value &gt;= minimum for the spec key {@code key}. */
    static int atLeast(String key, int value, int minimum) {
        return (int) Checks.atLeast(key, value, minimum);
    }

    /** An array of n copies of value. */
    static double[] filled(int n, double value) {
        double[] x = new double[n];
        java.util.Arrays.fill(x, value);
        return x;
    }
}
