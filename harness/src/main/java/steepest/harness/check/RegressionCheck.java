package steepest.harness.check;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Compares a new {@link Baseline} (summarized from a results folder) with a reference one under the
 * reference's tolerances, metric by metric, and lists what got worse and what got better. A pair
 * missing from the new results is a regression; a new pair is noted, not judged.
 */
public final class RegressionCheck {

    private RegressionCheck() {
    }

    /** Whether a metric moved. */
    public enum Verdict { WORSE, BETTER, SAME, MISSING, NEW }

    /**
     * One metric of one pair.
     *
     * @param problem   the problem spec
     * @param optimizer the optimizer spec
     * @param metric    {@code success_rate}, {@code gevals_to_<target>} or {@code final_gap}
     * @param reference the baseline's value
     * @param current   the new value
     * @param verdict   what changed
     */
    public record Finding(String problem, String optimizer, String metric, double reference, double current,
                          Verdict verdict) {
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
                findings.add(new Finding(before.problem(), before.optimizer(), "present", 1, 0, Verdict.MISSING));
                continue;
            }
            double drop = t.successDrop() + 1e-12;
            findings.add(finding(before, "success_rate", before.successRate(), after.successRate(),
                    after.successRate() < before.successRate() - drop, after.successRate() > before.successRate() + drop));
            double f = t.evaluationsFactor();
            findings.add(finding(before, "gevals_to_" + reference.target(), before.medianGradients(), after.medianGradients(),
                    after.medianGradients() > before.medianGradients() * f,
                    after.medianGradients() * f < before.medianGradients()));
            if (!Double.isNaN(before.medianFinalGap()) && !Double.isNaN(after.medianFinalGap())) {
                double floor = t.gapFloor();
                findings.add(finding(before, "final_gap", before.medianFinalGap(), after.medianFinalGap(),
                        after.medianFinalGap() > before.medianFinalGap() * t.gapFactor() + floor,
                        after.medianFinalGap() * t.gapFactor() + floor < before.medianFinalGap()));
            }
        }
        now.values().forEach(e -> findings.add(new Finding(e.problem(), e.optimizer(), "present", 0, 1, Verdict.NEW)));
        return findings;
    }

    private static Finding finding(Baseline.Entry entry, String metric, double reference, double current,
                                   boolean worse, boolean better) {
        Verdict verdict = worse ? Verdict.WORSE : better ? Verdict.BETTER : Verdict.SAME;
        return new Finding(entry.problem(), entry.optimizer(), metric, reference, current, verdict);
    }
}
