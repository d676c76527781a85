package steepest.optimizers;

/**
 * An objective whose full evaluations can split over several threads with results that are bit
 * for bit the same whatever the number of threads. "Full evaluations" are those over every term
 * of a finite sum: {@link #value}, {@link #valueAndGradient(double[], double[])} and, where the
 * objective offers them, {@link TwiceDifferentiable#hessianVector} and
 * {@link FisherInformation#fisherVector}; batch calls of a {@link FiniteSum} stay on the calling
 * thread.
 *
 * <p><b>Determinism.</b> An implementation splits its terms into chunks whose boundaries depend on
 * the data alone, never on the thread count ({@link Chunks}), computes each chunk's partial sums
 * from zero on whichever thread claims it, and adds the partials in chunk order on the calling
 * thread. Which thread ran a chunk, and how many threads there were, cannot change a bit of the
 * result. Data small enough to form one chunk are summed exactly as a serial loop over the terms.
 *
 * <p><b>The contract with the caller (the harness).</b> An objective starts with
 * {@link ThreadShare#SERIAL}: nothing runs on another thread unless {@link #useThreads} says so.
 * {@code useThreads} may be called at any time, from any thread, as often as the caller's budget
 * changes (for example when a neighbouring cell finishes and its threads join this one): an
 * evaluation reads the share once when it starts and finishes with it. Evaluations themselves are
 * still made by one calling thread at a time, as for every {@link Objective}.
 */
public interface DataParallel extends Objective {

    /**
     * Sets the threads that full evaluations from the next one on may use.
     *
     * @param share the executor for helper tasks and the thread count (the caller's thread included)
     */
    void useThreads(ThreadShare share);
}
