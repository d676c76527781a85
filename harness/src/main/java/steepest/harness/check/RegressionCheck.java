package steepest.harness.check;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import steepest.harness.stats.RegressionGate;

/**
 * Compares a new {@link Baseline} (summarized from a results folder) with a reference one, metric
 * by metric, and lists what got worse and what got better. A pair missing from the new results is a
 * regression; a new pair is noted, not judged.
 *
 * <p>How a metric is judged ({@link Basis}):
 * <ul>
 *   <li>A metric that varies across the seeds of a cell (a stochastic method, random starts), when
 *       both baselines hold per-seed values, is judged by the {@link RegressionGate}: paired by
 *       seed, worse only when the one-sided Wilcoxon signed-rank test rejects at the baseline's α
 *       <em>and</em> the median paired ratio new / reference exceeds the tolerance (1.1 for
 *       evaluations; the gap factor for final gaps, compared as max(gap, 0) + gap floor); better
 *       symmetrically. A run that never reached the target, diverged or failed counts as +∞, so
 *       the evaluations' test also covers the success rate, which is not judged apart.</li>
 *   <li>With fewer paired seeds than the test needs to reject at α at all (7 at α = 0.01), the
 *       tolerances decide as for a deterministic cell, and the finding says so.</li>
 *   <li>Every other metric (one seed, values that do not depend on the seed, a baseline without
 *       per-seed values) keeps the exact tolerances on the medians.</li>
 * </ul>
 */
public final class RegressionCheck {

    private RegressionCheck() {
    }

    /** Whether a metric moved. */
    public enum Verdict { WORSE, BETTER, SAME, MISSING, NEW }

    /** How a metric was judged. */
    public enum Basis {
        /** The declared tolerances on the medians (deterministic cells, one seed, old baselines). */
        TOLERANCE,
        /** The tolerances, because the cell has too few paired seeds for the test to reject at α. */
        TOO_FEW_SEEDS,
        /** The one-sided paired test and the tolerance on the median paired ratio. */
        PAIRED_TEST
    }

    /**
     * One metric of one pair.
     *
     * @param problem   the problem spec
     * @param optimizer the optimizer spec
     * @param metric    {@code success_rate}, {@code gevals_to_<target>} or {@code final_gap}
     * @param reference the baseline's value (the median for per-seed metrics)
     * @param current   the new value
     * @param verdict   what changed
     * @param basis     how it was judged
     * @param pValue    the one-sided p-value in the direction of the verdict (worse unless better), NaN
     *                  unless judged by the paired test
     */
    public record Finding(String problem, String optimizer, String metric, double reference, double current,
                          Verdict verdict, Basis basis, double pValue) {
    }

    /** Every comparison of {@code current} against {@code reference}. */
    public static List<Finding> compare(Baseline reference, Baseline current) {
        Baseline.Tolerances t = reference.tolerances();
        Map<List<String>, Baseline.Entry> now = new LinkedHashMap<>();
        current.entries().forEach(e -> now.put(List.of(e.problem(), e.optimizer()), e));
        List<Finding> findings = new ArrayList<>();
        for (Baseline.Entry before : reference.entries()) {
            Baseline.Entry after = now.remove(List.of(before.problem(), before.optimizer()));
            if (after == null) {
                findings.add(new Finding(before.problem(), before.optimizer(), "present", 1, 0, Verdict.MISSING,
                        Basis.TOLERANCE, Double.NaN));
                continue;
            }
            double f = t.evaluationsFactor();
            String evaluations = "gevals_to_" + reference.target();
            RegressionGate costGate = new RegressionGate(t.alpha(), f - 1);
            Pairs costs = Pairs.of(before, after, Baseline.Entry::gradients, 0);
            Basis costBasis = Pairs.basis(costs, costGate);
            if (costBasis != Basis.PAIRED_TEST) {
                double drop = t.successDrop() + 1e-12;
                findings.add(finding(before, "success_rate", before.successRate(), after.successRate(),
                        after.successRate() < before.successRate() - drop,
                        after.successRate() > before.successRate() + drop, Basis.TOLERANCE));
            }
            findings.add(costBasis == Basis.PAIRED_TEST ? costs.judge(before, evaluations, costGate, before.medianGradients(),
                    after.medianGradients())
                    : finding(before, evaluations, before.medianGradients(), after.medianGradients(),
                    after.medianGradients() > before.medianGradients() * f,
                    after.medianGradients() * f < before.medianGradients(), costBasis));
            if (!Double.isNaN(before.medianFinalGap()) && !Double.isNaN(after.medianFinalGap())) {
                double floor = t.gapFloor();
                RegressionGate gapGate = new RegressionGate(t.alpha(), t.gapFactor() - 1);
                Pairs gaps = Pairs.of(before, after, Baseline.Entry::finalGaps, floor);
                Basis gapBasis = Pairs.basis(gaps, gapGate);
                findings.add(gapBasis == Basis.PAIRED_TEST ? gaps.judge(before, "final_gap", gapGate,
                        before.medianFinalGap(), after.medianFinalGap())
                        : finding(before, "final_gap", before.medianFinalGap(), after.medianFinalGap(),
                        after.medianFinalGap() > before.medianFinalGap() * t.gapFactor() + floor,
                        after.medianFinalGap() * t.gapFactor() + floor < before.medianFinalGap(), gapBasis));
            }
        }
        now.values().forEach(e -> findings.add(new Finding(e.problem(), e.optimizer(), "present", 0, 1, Verdict.NEW,
                Basis.TOLERANCE, Double.NaN)));
        return findings;
    }

    /**
     * A per-seed metric of one pair, the reference's and the new values paired by seed, each as
     * max(value, 0) + floor (values below the floor are alike).
     *
     * @param reference the reference's values of the common seeds
     * @param current   the new values of the same seeds, in the same order
     * @param varies    whether the reference's values differ between its seeds
     */
    private record Pairs(double[] reference, double[] current, boolean varies) {

        /** The pairs; none when either entry lacks per-seed values. */
        static Pairs of(Baseline.Entry before, Baseline.Entry after, Function<Baseline.Entry, double[]> values,
                        double floor) {
            double[] old = values.apply(before);
            double[] now = values.apply(after);
            long[] oldSeeds = before.seeds();
            long[] newSeeds = after.seeds();
            List<double[]> pairs = new ArrayList<>();
            for (int i = 0; i < old.length; i++) {
                for (int j = 0; j < now.length; j++) {
                    if (oldSeeds[i] == newSeeds[j]) {
                        pairs.add(new double[] {Math.max(old[i], 0) + floor, Math.max(now[j], 0) + floor});
                    }
                }
            }
            return new Pairs(pairs.stream().mapToDouble(p -> p[0]).toArray(), pairs.stream().mapToDouble(p -> p[1])
                    .toArray(), Arrays.stream(old).distinct().count() > 1);
        }

        /** How the metric is judged: by the test when it varies over two or more paired seeds, enough to reject. */
        static Basis basis(Pairs pairs, RegressionGate gate) {
            if (!pairs.varies() || pairs.reference().length < 2) {
                return Basis.TOLERANCE;
            }
            return pairs.reference().length < gate.minimumSeeds() ? Basis.TOO_FEW_SEEDS : Basis.PAIRED_TEST;
        }

        /** The gate's finding, worse or better (the gate with the roles swapped), showing the entries' medians. */
        Finding judge(Baseline.Entry entry, String metric, RegressionGate gate, double referenceMedian,
                      double currentMedian) {
            RegressionGate.Verdict worse = gate.judge(reference, current);
            RegressionGate.Verdict better = gate.judge(current, reference);
            Verdict verdict = worse.regression() ? Verdict.WORSE : better.regression() ? Verdict.BETTER : Verdict.SAME;
            return new Finding(entry.problem(), entry.optimizer(), metric, referenceMedian, currentMedian, verdict,
                    Basis.PAIRED_TEST,
                    verdict == Verdict.BETTER ? better.pValue() : worse.pValue());
        }
    }

    private static Finding finding(Baseline.Entry entry, String metric, double reference, double current,
                                   boolean worse, boolean better, Basis basis) {
        Verdict verdict = worse ? Verdict.WORSE : better ? Verdict.BETTER : Verdict.SAME;
        return new Finding(entry.problem(), entry.optimizer(), metric, reference, current, verdict, basis, Double.NaN);
    }
}
