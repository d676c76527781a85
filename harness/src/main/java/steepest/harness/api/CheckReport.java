package steepest.harness.api;

import java.util.List;
import java.util.Locale;
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

    /** A table of what changed (if anything) and a closing line with the counts. */
    public String describe() {
        StringBuilder text = new StringBuilder();
        List<Finding> changed = findings.stream().filter(f -> f.verdict() != Verdict.SAME).toList();
        if (!changed.isEmpty()) {
            text.append(String.format(Locale.ROOT, "%-8s %-30s %-30s %-18s %14s %14s%n", "verdict", "problem", "optimizer",
                    "metric", "baseline", "current"));
            for (Finding f : changed) {
                text.append(String.format(Locale.ROOT, "%-8s %-30s %-30s %-18s %14.6g %14.6g%n",
                        f.verdict().name().toLowerCase(Locale.ROOT), f.problem(), f.optimizer(), f.metric(), f.reference(),
                        f.current()));
            }
        }
        long same = findings.stream().filter(f -> f.verdict() == Verdict.SAME).count();
        text.append("check: ").append(regressions().size()).append(" regressions, ").append(improvements().size())
                .append(" improvements, ").append(same).append(" unchanged of ").append(findings.size())
                .append(" comparisons against ").append(baseline);
        return text.toString();
    }
}
