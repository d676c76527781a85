package steepest.harness.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import steepest.harness.verify.Verification;
import steepest.problems.conformance.OptimizerConformance;
import steepest.problems.conformance.Verdict;

/**
 * {@code steepest verify [--plugin PATH] [NAME...]}: the conformance checks the suite runs on its own
 * entries, on any entry; a table of entry × check with the verdict and what was measured; exit 1 on
 * any failure.
 */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = "Check entries before benchmarking them, built-in or plugin: problems' gradients and "
            + "Hessian-vector products against finite differences, stated optima, finite sums, feasible sets and "
            + "determinism; optimizers' determinism, declared capabilities, progress on a strongly convex quadratic "
            + "(half the initial gap within " + OptimizerConformance.BUDGET + " iterations) and allocation per step. "
            + "Exit 1 on any FAIL.")
final class VerifyCommand implements Callable<Integer> {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @CommandLine.ParentCommand
    private Main main;

    @CommandLine.Parameters(arity = "0..*", paramLabel = "NAME",
            description = "Entry names or specs (default: every entry of the loaded plugins, or every entry when none is loaded).")
    private List<String> names = new ArrayList<>();

    @Override
    public Integer call() {
        Verification verification = new Verification(main.catalogs());
        List<String> specs = names.isEmpty() ? verification.defaultSpecs() : names;
        PrintWriter out = spec.commandLine().getOut();
        List<Verification.Row> rows = verification.verify(specs);
        int entryWidth = Math.max(5, rows.stream().mapToInt(r -> r.spec().length()).max().orElse(0));
        int checkWidth = Math.max(5, rows.stream().mapToInt(r -> r.finding().check().length()).max().orElse(0));
        String layout = "%-" + entryWidth + "s  %-9s  %-" + checkWidth + "s  %-6s  %s%n";
        out.printf(layout, "entry", "kind", "check", "result", "measured");
        for (Verification.Row row : rows) {
            out.printf(layout, row.spec(), row.kind(), row.finding().check(), row.finding().verdict(),
                    row.finding().measured());
        }
        long failed = rows.stream().filter(r -> r.finding().verdict() == Verdict.FAIL).count();
        out.printf("verify: %d entries, %d checks: %d passed, %d failed, %d warned, %d skipped%n", specs.size(), rows.size(),
                count(rows, Verdict.PASS), failed, count(rows, Verdict.WARN), count(rows, Verdict.SKIP));
        return failed > 0 ? 1 : 0;
    }

    private static long count(List<Verification.Row> rows, Verdict verdict) {
        return rows.stream().filter(r -> r.finding().verdict() == verdict).count();
    }
}
