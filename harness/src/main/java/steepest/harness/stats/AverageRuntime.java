package steepest.harness.stats;

/**
 * The average runtime (aRT) of one (problem, optimizer, target) over its runs, COCO's definition
 * (Hansen et al., "COCO: performance assessment", arXiv:1605.03560, 2016, §3; cocopp's
 * {@code toolsstats.sp}): the evaluations of all runs, a successful run counting those it spent
 * until it first reached the target and an unsuccessful run its whole budget, divided by the number
 * of successful runs:
 * <pre>
 *   aRT = (Σ_{i successful} e_i + Σ_{i unsuccessful} b_i) / #successes,   +∞ without a success.
 * </pre>
 * aRT is the expected runtime of COCO's simulated restarts (cocopp's {@code drawSP}: draw runs
 * uniformly with replacement, adding the budgets of unsuccessful ones, until a successful one is
 * drawn): with success probability p = s/N, E[runtime] = (1 − p)/p · mean(b) + mean(e), which is the
 * formula above.
 *
 * <p>The 95% interval is the percentile {@link Bootstrap} of aRT over the runs: each resample draws N
 * runs with replacement and computes its aRT (cocopp's {@code toolsstats.draw(data, ..., func=sp)}),
 * so the interval reflects how few runs there are; a resample without a success has aRT +∞, and when
 * more than 2.5% of them have none the upper end is +∞. (The percentiles of the simulated-restart
 * runtimes themselves, which COCO's tables print as a dispersion, describe the spread of one
 * restarted run, not the uncertainty of aRT, and are not an interval for it.)
 *
 * @param art       the average runtime, +∞ without a success
 * @param low       the interval's lower end
 * @param high      the interval's upper end (may be +∞)
 * @param successes the runs that reached the target
 * @param runs      all runs
 */
public record AverageRuntime(double art, double low, double high, int successes, int runs) {

    /**
     * aRT and its interval.
     *
     * @param toTarget  per run, the evaluations until it first reached the target, +∞ if it never did
     * @param spent     per run, the evaluations it spent in all (its budget used), finite, at least
     *                  {@code toTarget} when that is finite
     * @param bootstrap the resampling
     */
    public static AverageRuntime of(double[] toTarget, double[] spent, Bootstrap bootstrap) {
        if (toTarget.length != spent.length || toTarget.length == 0) {
            throw new IllegalArgumentException("aRT needs the same positive number of runs in toTarget and spent, got "
                    + toTarget.length + " and " + spent.length);
        }
        int successes = 0;
        for (int i = 0; i < toTarget.length; i++) {
            if (!(spent[i] >= 0) || !Double.isFinite(spent[i])) {
                throw new IllegalArgumentException("aRT: run " + i + " spent " + spent[i] + " evaluations");
            }
            if (Double.isNaN(toTarget[i]) || toTarget[i] < 0 || (Double.isFinite(toTarget[i]) && toTarget[i] > spent[i])) {
                throw new IllegalArgumentException("aRT: run " + i + " reached the target after " + toTarget[i]
                        + " of its " + spent[i] + " evaluations (+inf: never)");
            }
            successes += Double.isFinite(toTarget[i]) ? 1 : 0;
        }
        int[] all = new int[toTarget.length];
        for (int i = 0; i < all.length; i++) {
            all[i] = i;
        }
        double art = art(toTarget, spent, all);
        Bootstrap.Interval interval = bootstrap.interval(toTarget.length, indices -> art(toTarget, spent, indices));
        return new AverageRuntime(art, interval.low(), interval.high(), successes, toTarget.length);
    }

    /** aRT of the runs at {@code indices} (repetitions count again). */
    private static double art(double[] toTarget, double[] spent, int[] indices) {
        double evaluations = 0;
        int successes = 0;
        for (int i : indices) {
            boolean success = Double.isFinite(toTarget[i]);
            evaluations += success ? toTarget[i] : spent[i];
            successes += success ? 1 : 0;
        }
        return successes == 0 ? Double.POSITIVE_INFINITY : evaluations / successes;
    }
}
