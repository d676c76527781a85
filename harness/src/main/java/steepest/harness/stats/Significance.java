package steepest.harness.stats;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Every pair of optimizers compared on every (problem, metric) of one table, with Holm's correction
 * over all the table's comparisons. Every metric is "lower is better" (final gap, evaluations to a
 * target); a run that never reached the target, diverged or failed carries +∞, ranked worse than any
 * number and tied with the other such runs.
 *
 * <p>Two optimizers run on the same seeds are paired by seed: Wilcoxon's {@link SignedRankTest},
 * two-sided, with the median paired ratio a / b and its bootstrap interval as the effect size
 * ({@link EffectSize}; NaN when a value is negative, where ratios mean nothing, e.g. a final value
 * of a problem without f*). Otherwise the runs are independent: the Mann–Whitney {@link RankSumTest},
 * with no effect size (NaN). {@code better} names the optimizer that is significantly lower after
 * Holm at level α, if any.
 */
public final class Significance {

    /** The effect size where ratios mean nothing: unpaired runs, or negative values. */
    private static final EffectSize NO_EFFECT = new EffectSize(Double.NaN, Double.NaN, Double.NaN);

    private Significance() {
    }

    private static boolean nonNegative(double[] values) {
        return Arrays.stream(values).allMatch(v -> v >= 0);
    }

    /**
     * The runs of one optimizer on one problem, for one metric.
     *
     * @param problem   the problem
     * @param metric    the metric's name, e.g. {@code final_gap} or {@code evals_to_1e-6}
     * @param optimizer the optimizer
     * @param seeds     the runs' seeds, distinct (a copy is kept)
     * @param values    the runs' values in the order of the seeds (a copy is kept)
     */
    public record Sample(String problem, String metric, String optimizer, long[] seeds, double[] values) {

        /** Requires names and one value per distinct seed; copies the arrays. */
        public Sample {
            Objects.requireNonNull(problem, "problem");
            Objects.requireNonNull(metric, "metric");
            Objects.requireNonNull(optimizer, "optimizer");
            if (seeds.length != values.length || seeds.length == 0) {
                throw new IllegalArgumentException("sample of '" + optimizer + "' on '" + problem + "' has "
                        + seeds.length + " seeds and " + values.length + " values");
            }
            if (Arrays.stream(seeds).distinct().count() != seeds.length) {
                throw new IllegalArgumentException("sample of '" + optimizer + "' on '" + problem + "' repeats a seed");
            }
            seeds = seeds.clone();
            values = values.clone();
        }

        /** The seeds (a copy). */
        @Override
        public long[] seeds() {
            return seeds.clone();
        }

        /** The values (a copy). */
        @Override
        public double[] values() {
            return values.clone();
        }
    }

    /** Which optimizer of a comparison is significantly better. */
    public enum Better {
        /** optimizer_a. */
        A,
        /** optimizer_b. */
        B,
        /** Neither. */
        NEITHER;

        /** The token of significance.csv's {@code better} column: {@code a}, {@code b} or empty. */
        public String token() {
            return switch (this) {
                case A -> "a";
                case B -> "b";
                case NEITHER -> "";
            };
        }
    }

    /**
     * One comparison: a row of significance.csv ({@code problem, metric, optimizer_a, optimizer_b, n,
     * statistic, p_value, p_holm, median_a, median_b, better}) with its effect size.
     *
     * @param problem    the problem
     * @param metric     the metric
     * @param optimizerA the first optimizer
     * @param optimizerB the second optimizer
     * @param test       the test's result (its n, statistic, p-value and method)
     * @param pHolm      the p-value adjusted by Holm over the table
     * @param medianA    the median of a's values
     * @param medianB    the median of b's values
     * @param better     the significantly better optimizer, if any
     * @param effect     the median paired ratio a / b and its interval (NaN when not paired)
     */
    public record Comparison(String problem, String metric, String optimizerA, String optimizerB, TestResult test,
                             double pHolm, double medianA, double medianB, Better better, EffectSize effect) {
    }

    /**
     * The comparisons of one table: for each (problem, metric), in order of first appearance, every
     * pair (a, b) of its optimizers with a listed before b.
     *
     * @param samples   the runs, one sample per (problem, metric, optimizer)
     * @param alpha     the family-wise level for {@code better}, in (0, 1)
     * @param bootstrap the resampling of the effect sizes
     */
    public static List<Comparison> table(List<Sample> samples, double alpha, Bootstrap bootstrap) {
        if (!(alpha > 0 && alpha < 1)) {
            throw new IllegalArgumentException("alpha must be in (0, 1), got " + alpha);
        }
        Map<List<String>, List<Sample>> cells = new LinkedHashMap<>();
        for (Sample sample : samples) {
            List<Sample> cell = cells.computeIfAbsent(List.of(sample.problem(), sample.metric()), k -> new ArrayList<>());
            if (cell.stream().anyMatch(s -> s.optimizer().equals(sample.optimizer()))) {
                throw new IllegalArgumentException("two samples of '" + sample.optimizer() + "' on '" + sample.problem()
                        + "' for " + sample.metric());
            }
            cell.add(sample);
        }
        List<Sample[]> pairs = new ArrayList<>();
        List<TestResult> tests = new ArrayList<>();
        List<EffectSize> effects = new ArrayList<>();
        for (List<Sample> cell : cells.values()) {
            for (int i = 0; i < cell.size(); i++) {
                for (int j = i + 1; j < cell.size(); j++) {
                    Sample a = cell.get(i);
                    Sample b = cell.get(j);
                    double[] pairedB = pairedBySeed(a, b);
                    pairs.add(new Sample[] {a, b});
                    if (pairedB != null) {
                        tests.add(SignedRankTest.test(a.values, pairedB, Alternative.TWO_SIDED));
                        effects.add(nonNegative(a.values) && nonNegative(pairedB)
                                ? EffectSize.pairedRatio(a.values, pairedB, bootstrap) : NO_EFFECT);
                    } else {
                        tests.add(RankSumTest.test(a.values, b.values, Alternative.TWO_SIDED));
                        effects.add(NO_EFFECT);
                    }
                }
            }
        }
        double[] holm = Holm.adjust(tests.stream().mapToDouble(TestResult::pValue).toArray());
        List<Comparison> comparisons = new ArrayList<>(pairs.size());
        for (int k = 0; k < pairs.size(); k++) {
            Sample a = pairs.get(k)[0];
            Sample b = pairs.get(k)[1];
            TestResult test = tests.get(k);
            Better better = holm[k] < alpha && test.direction() != 0 ? (test.direction() < 0 ? Better.A : Better.B)
                    : Better.NEITHER;
            comparisons.add(new Comparison(a.problem(), a.metric(), a.optimizer(), b.optimizer(), test, holm[k],
                    Quantiles.median(a.values), Quantiles.median(b.values), better, effects.get(k)));
        }
        return comparisons;
    }

    /** b's values in the order of a's seeds when both ran the same seeds, else null. */
    private static double[] pairedBySeed(Sample a, Sample b) {
        if (a.seeds.length != b.seeds.length) {
            return null;
        }
        Map<Long, Double> bySeed = new LinkedHashMap<>();
        for (int i = 0; i < b.seeds.length; i++) {
            bySeed.put(b.seeds[i], b.values[i]);
        }
        double[] paired = new double[a.seeds.length];
        for (int i = 0; i < a.seeds.length; i++) {
            Double value = bySeed.get(a.seeds[i]);
            if (value == null) {
                return null;
            }
            paired[i] = value;
        }
        return paired;
    }

    /** Where an optimizer stands among those of one (problem, metric). */
    public enum Standing {
        /** It beats every other significantly (after Holm). */
        BEST,
        /** No optimizer is best, and none beats this one significantly: it is tied for best. */
        TIED,
        /** Some optimizer beats it significantly, or another is best. */
        BEHIND
    }

    /**
     * The standing of each optimizer of one (problem, metric), from that cell's comparisons: what a
     * table may claim. One optimizer is marked best only when it beats every other significantly; with
     * none best, every optimizer that no other beats significantly is tied for best.
     *
     * @param comparisons the comparisons of one (problem, metric), from {@link #table}
     * @param optimizers  its optimizers
     */
    public static Map<String, Standing> standings(List<Comparison> comparisons, List<String> optimizers) {
        Map<String, Integer> wins = new LinkedHashMap<>();
        Map<String, Integer> losses = new LinkedHashMap<>();
        optimizers.forEach(o -> {
            wins.put(o, 0);
            losses.put(o, 0);
        });
        for (Comparison c : comparisons) {
            if (!wins.containsKey(c.optimizerA()) || !wins.containsKey(c.optimizerB())) {
                throw new IllegalArgumentException("comparison of '" + c.optimizerA() + "' and '" + c.optimizerB()
                        + "' is not among " + optimizers);
            }
            String winner = c.better() == Better.A ? c.optimizerA() : c.better() == Better.B ? c.optimizerB() : null;
            String loser = c.better() == Better.A ? c.optimizerB() : c.better() == Better.B ? c.optimizerA() : null;
            if (winner != null) {
                wins.merge(winner, 1, Integer::sum);
                losses.merge(loser, 1, Integer::sum);
            }
        }
        String best = optimizers.stream().filter(o -> optimizers.size() > 1 && wins.get(o) == optimizers.size() - 1)
                .findFirst().orElse(null);
        Map<String, Standing> standings = new LinkedHashMap<>();
        for (String o : optimizers) {
            standings.put(o, best != null ? (o.equals(best) ? Standing.BEST : Standing.BEHIND)
                    : losses.get(o) == 0 ? Standing.TIED : Standing.BEHIND);
        }
        return standings;
    }
}
