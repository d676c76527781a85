package steepest.problems.bbob;

/**
 * The instance generator of the bbob suite: the 31-bit Park–Miller "minimal standard" generator with
 * a Bays–Durham shuffle table of 32 entries that the BBOB 2009 code introduced and COCO keeps
 * ({@code bbob2009_unif}), Box–Muller normals from it, and the quantities every function derives from
 * a seed: the optimum x_opt, the offset f_opt and random orthogonal matrices. Given the same seed the
 * numbers are those of COCO, bit for bit, so an instance here is COCO's instance.
 *
 * <p>Seeds (COCO's {@code coco_get_bbob_problem}): function k of instance i uses r = k + 10000 i
 * (r = 3 + 10000 i for f4 and 17 + 10000 i for f18, which share f3's and f17's), its second rotation
 * r + 1000000; f_opt uses r and r + 1 with the same exceptions.
 *
 * <p>References: Park and Miller, "Random number generators: good ones are hard to find", CACM 31(10),
 * 1988 (the multiplier 16807 with Schrage's factorization 127773 · 16807 + 2836 = 2³¹ − 1); Bays and
 * Durham, ACM TOMS 2(1), 1976 (the shuffle); Hansen, Finck, Ros and Auger, "Real-parameter black-box
 * optimization benchmarking 2009: noiseless functions definitions", INRIA RR-6829 (the definitions).
 */
final class LegacyRandom {

    private static final long MODULUS = 2147483647L;
    private static final long MULTIPLIER = 16807L;
    private static final long QUOTIENT = 127773L;
    private static final long REMAINDER = 2836L;
    private static final int TABLE = 32;
    /** Warm-up draws before the table is filled (the last 32 of 40 fill it). */
    private static final int WARM_UP = 40;
    /** 2²⁶ + 1: the table index is the previous output divided by this, so in [0, 32). */
    private static final double INDEX_DIVISOR = 67108865.0;
    private static final double OUTPUT_DIVISOR = 2.147483647e9;
    /** What an exact zero (an output or a normal) is replaced by. */
    private static final double TINY = 1e-99;

    private LegacyRandom() {
    }

    /**
     * n uniform numbers in (0, 1) from {@code seed} (its absolute value; 0 acts as 1). The i-th number
     * does not depend on n.
     */
    static double[] uniform(int n, long seed) {
        long state = Math.max(1, Math.abs(seed));
        long[] table = new long[TABLE];
        for (int i = WARM_UP - 1; i >= 0; i--) {
            state = next(state);
            if (i < TABLE) {
                table[i] = state;
            }
        }
        long output = table[0];
        double[] r = new double[n];
        for (int i = 0; i < n; i++) {
            state = next(state);
            int slot = (int) Math.floor(output / INDEX_DIVISOR);
            output = table[slot];
            table[slot] = state;
            r[i] = output / OUTPUT_DIVISOR;
            if (r[i] == 0) {
                r[i] = TINY;
            }
        }
        return r;
    }

    /** One step s ↦ 16807 s mod (2³¹ − 1) by Schrage's method, without overflow. */
    private static long next(long state) {
        long high = (long) Math.floor(state / (double) QUOTIENT);
        long next = MULTIPLIER * (state - high * QUOTIENT) - REMAINDER * high;
        return next < 0 ? next + MODULUS : next;
    }

    /**
     * n standard normal numbers by Box–Muller, √(−2 ln u_i) cos(2π u_{n+i}), from 2n uniform numbers
     * of {@code seed}; an exact zero becomes 1e-99.
     */
    static double[] gaussian(int n, long seed) {
        double[] u = uniform(2 * n, seed);
        double[] g = new double[n];
        for (int i = 0; i < n; i++) {
            g[i] = Math.sqrt(-2 * Math.log(u[i])) * Math.cos(2 * Math.PI * u[n + i]);
            if (g[i] == 0) {
                g[i] = TINY;
            }
        }
        return g;
    }

    /**
     * The optimum of most functions: x_opt,i = 8⌊10⁴ u_i⌋/10⁴ − 4, uniform on a grid of [−4, 4)
     * (a zero becomes −1e-5).
     */
    static double[] optimum(int n, long seed) {
        double[] x = uniform(n, seed);
        for (int i = 0; i < n; i++) {
            x[i] = 8 * Math.floor(1e4 * x[i]) / 1e4 - 4;
            if (x[i] == 0) {
                x[i] = -1e-5;
            }
        }
        return x;
    }

    /** The seed r of function {@code function} in instance {@code instance} (see the class comment). */
    static long seed(int function, int instance) {
        long base = function == 4 ? 3 : function == 18 ? 17 : function;
        return base + 10000L * instance;
    }

    /**
     * f_opt of bbob function {@code function} in instance {@code instance}: 100 g₁/g₂ rounded to two
     * decimals and clipped to [−1000, 1000], g₁ and g₂ the first normals of seeds r and r + 1.
     */
    static double optimalValue(int function, int instance) {
        long seed = seed(function, instance);
        double ratio = 100 * 100 * gaussian(1, seed)[0] / gaussian(1, seed + 1)[0];
        return Math.min(1000, Math.max(-1000, Math.floor(ratio + 0.5) / 100));
    }

    /**
     * Q·Λ^α·R, the linear map after the shift of the rotated ill-conditioned functions: Q the
     * {@link #rotation} of r + 1000000, R that of r, Λ^α = {@link Transforms#conditioning}, multiplied
     * as COCO does ({@link LinearMap.Dense#product}).
     */
    static LinearMap.Dense conditionedRotation(int n, long seed, double alpha) {
        return LinearMap.Dense.product(rotation(n, seed + 1000000), Transforms.conditioning(alpha, n),
                rotation(n, seed));
    }

    /**
     * An n × n orthogonal matrix (rows indexed first): n² normals of {@code seed} filled in column by
     * column, then Gram–Schmidt on the columns in order, each column made orthogonal to the previous
     * ones (as updated so far) and normalized.
     */
    static double[][] rotation(int n, long seed) {
        double[] g = gaussian(n * n, seed);
        double[][] b = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                b[i][j] = g[j * n + i];
            }
        }
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < i; j++) {
                double product = 0;
                for (int k = 0; k < n; k++) {
                    product += b[k][i] * b[k][j];
                }
                for (int k = 0; k < n; k++) {
                    b[k][i] -= product * b[k][j];
                }
            }
            double squares = 0;
            for (int k = 0; k < n; k++) {
                squares += b[k][i] * b[k][i];
            }
            double norm = Math.sqrt(squares);
            for (int k = 0; k < n; k++) {
                b[k][i] /= norm;
            }
        }
        return b;
    }
}
