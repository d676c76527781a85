package steepest.problems;

import steepest.optimizers.Memory;

/**
 * The memory check of a problem whose size comes from its keys, made before anything of that size
 * is allocated, so that {@code quadratic:d=100000000} is refused with one line naming the size and
 * the heap instead of failing half-way with an {@link OutOfMemoryError} (see {@link Memory} for why
 * the heap's maximum, not its free space, is the measure).
 *
 * <p>A problem of dimension n holds its objective's own data, and the {@link Problem} record keeps
 * its start and a known minimizer (with one temporary copy of either while it is built): three
 * n-vectors. A run then keeps {@link Memory#RUN_VECTORS} more. The estimate is their sum.
 */
public final class Footprint {

    /** The n-vectors of a {@link Problem}: start, minimizer and one temporary copy. */
    public static final int PROBLEM_VECTORS = 3;

    private Footprint() {
    }

    /**
     * Refuses a problem of dimension {@code n} whose objective keeps {@code ownDoubles} doubles of
     * its own data (both as reals, so that no product overflows), naming {@code what}.
     *
     * @param what the keys that set the size, as the user wrote them (e.g. {@code "d=100000000"})
     * @throws IllegalArgumentException naming {@code what}, the estimate and the heap, or that a
     *                                  vector of n entries cannot be one Java array
     */
    public static void require(String what, double n, double ownDoubles) {
        Memory.requireArrayLength(what, n);
        Memory.require(what, Memory.doubles(ownDoubles + (PROBLEM_VECTORS + Memory.RUN_VECTORS) * n));
    }
}
