package steepest.harness.stats;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A runtime ECDF (Hansen et al., "COCO: performance assessment", arXiv:1605.03560, 2016, §5;
 * cocopp's {@code pprldmany}): over a set of T (problem, target, seed) triples, the fraction of
 * triples whose run reached its target within x evaluations (optionally x evaluations per
 * dimension), a right-continuous step function of x returned as its breakpoints. A triple never
 * reached counts in T and never rises, so the curve's last value is the fraction reached within the
 * budget.
 *
 * <p>The virtual best ({@link #VIRTUAL_BEST}) takes, per triple, the smallest runtime over the
 * optimizers, the best any of them achieved on that very run; cocopp draws its reference curve the
 * same way from the best algorithm per (function, target), thick and light behind the others. Unlike
 * cocopp, runs are not completed by simulated restarts: the steps are the runs' own first-hit
 * evaluations, so the curve at the budget is the plain success rate.
 *
 * <p>{@code budget} is where an optimizer's data end: the median evaluations (per dimension) spent
 * by its runs that missed their target, cocopp's × (NaN when every triple was reached, and for the
 * virtual best).
 *
 * @param optimizer   the optimizer, or {@link #VIRTUAL_BEST}
 * @param evaluations the breakpoints x, finite, strictly increasing (a copy is kept)
 * @param fraction    the fraction of triples reached within x, non-decreasing in (0, 1] (a copy is kept)
 * @param budget      the median budget of the unsuccessful runs, or NaN
 */
public record RuntimeEcdf(String optimizer, double[] evaluations, double[] fraction, double budget) {

    /** The name of the virtual-best curve. */
    public static final String VIRTUAL_BEST = "virtual best";

    /** Requires matching lengths; copies the arrays. */
    public RuntimeEcdf {
        Objects.requireNonNull(optimizer, "optimizer");
        if (evaluations.length != fraction.length) {
            throw new IllegalArgumentException("ECDF of '" + optimizer + "' has " + evaluations.length
                    + " breakpoints and " + fraction.length + " fractions");
        }
        evaluations = evaluations.clone();
        fraction = fraction.clone();
    }

    /** The breakpoints (a copy). */
    @Override
    public double[] evaluations() {
        return evaluations.clone();
    }

    /** The fractions (a copy). */
    @Override
    public double[] fraction() {
        return fraction.clone();
    }

    /**
     * One ECDF per optimizer, in the given order, then the virtual best.
     *
     * @param optimizers the optimizers' names
     * @param toTarget   [optimizer][triple]: evaluations until the run first reached the triple's
     *                   target, +∞ if it never did; every optimizer has the same triples in the same order
     * @param spent      [optimizer][triple]: the evaluations the run spent in all; NaN for a run that
     *                   was not made (the optimizer cannot run on the problem), which never reaches
     *                   its target and is left out of the budget
     * @param divisors   per triple, what the evaluations are divided by: 1, or the problem's dimension
     *                   to aggregate problems that differ in n
     */
    public static List<RuntimeEcdf> of(List<String> optimizers, double[][] toTarget, double[][] spent, double[] divisors) {
        int triples = divisors.length;
        if (optimizers.size() != toTarget.length || optimizers.size() != spent.length) {
            throw new IllegalArgumentException("ECDF: " + optimizers.size() + " optimizers, " + toTarget.length
                    + " rows of runtimes and " + spent.length + " of budgets");
        }
        for (int t = 0; t < triples; t++) {
            if (!(divisors[t] > 0) || !Double.isFinite(divisors[t])) {
                throw new IllegalArgumentException("ECDF: the divisor of triple " + t + " is " + divisors[t]);
            }
        }
        double[] best = new double[triples];
        Arrays.fill(best, Double.POSITIVE_INFINITY);
        List<RuntimeEcdf> curves = new ArrayList<>();
        for (int o = 0; o < optimizers.size(); o++) {
            String name = optimizers.get(o);
            if (toTarget[o].length != triples || spent[o].length != triples) {
                throw new IllegalArgumentException("ECDF: optimizer '" + name + "' has " + toTarget[o].length
                        + " runtimes and " + spent[o].length + " budgets for " + triples + " triples");
            }
            double[] scaled = new double[triples];
            double[] missed = new double[triples];
            int misses = 0;
            for (int t = 0; t < triples; t++) {
                boolean notRun = Double.isNaN(spent[o][t]) && toTarget[o][t] == Double.POSITIVE_INFINITY;
                if (Double.isNaN(toTarget[o][t]) || !notRun && !Double.isFinite(spent[o][t])) {
                    throw new IllegalArgumentException("ECDF: optimizer '" + name + "', triple " + t + " has runtime "
                            + toTarget[o][t] + " and budget " + spent[o][t] + " (+inf runtime: never reached)");
                }
                scaled[t] = toTarget[o][t] / divisors[t];
                best[t] = Math.min(best[t], scaled[t]);
                if (scaled[t] == Double.POSITIVE_INFINITY && !notRun) {
                    missed[misses++] = spent[o][t] / divisors[t];
                }
            }
            curves.add(steps(name, scaled, misses == 0 ? Double.NaN : Quantiles.median(Arrays.copyOf(missed, misses))));
        }
        curves.add(steps(VIRTUAL_BEST, best, Double.NaN));
        return curves;
    }

    /** The step function of {@code runtimes} (+∞: never), over all of them. */
    private static RuntimeEcdf steps(String name, double[] runtimes, double budget) {
        double[] reached = Arrays.stream(runtimes).filter(Double::isFinite).sorted().toArray();
        double[] at = new double[reached.length];
        double[] fraction = new double[reached.length];
        int breakpoints = 0;
        for (int i = 0; i < reached.length; i++) {
            if (i + 1 == reached.length || reached[i + 1] > reached[i]) {
                at[breakpoints] = reached[i];
                fraction[breakpoints++] = (double) (i + 1) / runtimes.length;
            }
        }
        return new RuntimeEcdf(name, Arrays.copyOf(at, breakpoints), Arrays.copyOf(fraction, breakpoints), budget);
    }
}
