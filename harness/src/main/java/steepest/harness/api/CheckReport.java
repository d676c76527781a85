package steepest.harness.api;

import java.util.List;
import java.util.Locale;
import steepest.harness.check.RegressionCheck.Basis;
import steepest.harness.check.RegressionCheck.Finding;
import steepest.harness.check.RegressionCheck.Verdict;

/**
 * The outcome of a regression check of results against a baseline: every comparison, what got
 * worse and what got better, as a JUnit assertion can print it ({@code assertTrue(report.passed(),
 * report::describe)}).
 *
 * @param baseline the baseline file's name, for messages
 * @param findings every comparison, in baseline order
 */
public record CheckReport(String baseline, List<Finding> findings) {

    /** Copies the findings. */
    public CheckReport {
        findings = List.copyOf(findings);
    }

    /** The comparisons that got worse, or whose pair is missing from the results. */
    public List<Finding> regressions() {
        return findings.stream().filter(f -> f.verdict() == Verdict.WORSE || f.verdict() == Verdict.MISSING).toList();
    }

    /** The comparisons that got better. */
    public List<Finding> improvements() {
        return findings.stream().filter(f -> f.verdict() == Verdict.BETTER).toList();
    }

    /** Whether nothing got worse. */
    public boolean passed() {
        return regressions().isEmpty();
    }

    /**
     * A table of what changed (if anything), with how each was judged ({@code tolerance}, or the paired
     * test's one-sided p-value), and closing lines with the counts and, when some cells vary by seed
     * but have too few seeds for the paired test, how many were judged by the tolerances instead.
     */
    public String describe() {
        StringBuilder text = new StringBuilder();
        List<Finding> changed = findings.stream().filter(f -> f.verdict() != Verdict.SAME).toList();
        if (!changed.isEmpty()) {
            text.append(String.format(Locale.ROOT, "%-8s %-30s %-30s %-18s %14s %14s %s%n", "verdict", "problem",
                    "optimizer", "metric", "baseline", "current", "judged by"));
            for (Finding f : changed) {
                text.append(String.format(Locale.ROOT, "%-8s %-30s %-30s %-18s %14.6g %14.6g %s%n",
                        f.verdict().name().toLowerCase(Locale.ROOT), f.problem(), f.optimizer(), f.metric(), f.reference(),
                        f.current(), f.basis() == Basis.PAIRED_TEST
                                ? String.format(Locale.ROOT, "paired test, p = %.2g", f.pValue()) : "tolerance"));
            }
        }
        long same = findings.stream().filter(f -> f.verdict() == Verdict.SAME).count();
        long paired = findings.stream().filter(f -> f.basis() == Basis.PAIRED_TEST).count();
        long tooFew = findings.stream().filter(f -> f.basis() == Basis.TOO_FEW_SEEDS).count();
        if (tooFew > 0) {
            text.append("check: ").append(tooFew).append(" comparisons of metrics that vary by seed were judged by the"
                    + " tolerances: too few seeds for the paired test to reject\n");
        }
        text.append("check: ").append(regressions().size()).append(" regressions, ").append(improvements().size())
                .append(" improvements, ").append(same).append(" unchanged of ").append(findings.size())
                .append(" comparisons (").append(paired).append(" by the paired test) against ").append(baseline);
        return text.toString();
    }
}
