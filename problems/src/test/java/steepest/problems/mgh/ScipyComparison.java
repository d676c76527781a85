package steepest.problems.mgh;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import steepest.optimizers.Driver;
import steepest.optimizers.IterationRecord;
import steepest.optimizers.Observer;
import steepest.optimizers.BuiltinOptimizers;
import steepest.optimizers.RecordSchedule;
import steepest.optimizers.RunResult;
import steepest.optimizers.StoppingRules;
import steepest.optimizers.Termination;
import steepest.optimizers.spec.CatalogEntry;
import steepest.problems.Problem;
import steepest.problems.BuiltinProblems;

/**
 * The data of {@link ScipyMghComparisonTest}: scipy's committed runs and ours on the same problems,
 * run once per test JVM, and the per-problem table.
 *
 * <p><b>Stopping.</b> scipy's BFGS and CG stop on ‖∇f‖∞ &lt;= 10⁻⁸ and L-BFGS-B on the projected
 * gradient's ∞-norm (no bounds here, so ‖∇f‖∞) with {@code ftol = 0}; Newton-CG has only its step
 * test Σ|Δx| &lt;= n·10⁻⁸. Ours stop on ‖∇f‖₂ &lt;= 10⁻⁸ (the driver's rule), which implies
 * ‖∇f‖∞ &lt;= 10⁻⁸: ours never stops earlier than scipy's rule would on the same iterate and may
 * need one more iteration (‖∇f‖₂ &lt;= √n·‖∇f‖∞). Both sides have 10 000 iterations.
 *
 * <p><b>Solves.</b> A run solves a problem when it reports convergence (scipy: {@code success};
 * ours: {@link Termination#GRADIENT_TOLERANCE}) and its final f is within 10⁻⁸(1 + |f*|) of a
 * documented minimum f*: the global one the problem states or, for Freudenstein–Roth, Biggs EXP6
 * and trigonometric (n = 10), the local one their standard starts lead to ({@code optimum=local}).
 * scipy's "success" at any other f is a false success. Ours ending with a failed line search within
 * that tolerance of f* has reached f* at the rounding floor but is not counted as solving.
 *
 * <p><b>Evaluations.</b> Gradient evaluations plus Hessian-vector products, each of which costs
 * about one gradient: ours {@code gradients + hessianVectorProducts} (a combined value-and-gradient
 * call counts one function and one gradient evaluation), scipy's {@code njev + nhev}. scipy counts
 * function evaluations separately ({@code nfev}, at least {@code njev}: its line searches sometimes
 * evaluate f alone); leaving them out favours scipy.
 */
final class ScipyComparison {

    static final double GRADIENT_TOLERANCE = 1e-8;
    static final double F_TOLERANCE = 1e-8;
    static final long MAX_ITERATIONS = 10_000;
    private static final String FIXTURE = "scipy-mgh-runs.csv";

    private ScipyComparison() {
    }

    /** A method of ours and scipy's counterpart. */
    enum Pair {
        BFGS("bfgs", "BFGS"), LBFGS("lbfgs", "L-BFGS-B"), NCG("ncg", "CG"), NEWTON_CG("newton-cg", "Newton-CG");

        private final String ours;
        private final String scipy;

        Pair(String ours, String scipy) {
            this.ours = ours;
            this.scipy = scipy;
        }

        String ours() {
            return ours;
        }

        String scipy() {
            return scipy;
        }

        static Pair ofScipy(String method) {
            return Arrays.stream(values()).filter(pair -> pair.scipy.equals(method)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("unknown scipy method " + method));
        }

        @Override
        public String toString() {
            return ours + " vs " + scipy;
        }
    }

    /** Which documented minimum a final f is at. */
    enum Minimum { GLOBAL, LOCAL, NONE }

    /** How a run ended, judged by the rules above. */
    record Outcome(boolean solved, Minimum minimum) {

        /**
         * 2 when solved (a documented minimum, certified by the run's own test), 1 when at a
         * documented minimum without that certificate (a failed line search, precision loss, the
         * iteration budget), 0 elsewhere, including a false success.
         */
        int rank() {
            return solved ? 2 : minimum != Minimum.NONE ? 1 : 0;
        }
    }

    /** One scipy run as the fixture records it. */
    record ScipyRun(boolean success, String message, int iterations, int functions, int gradients,
                    int hessianVectors, double value) {
    }

    /** One problem and method pair: scipy's run, ours, and the problem's documented minima. */
    record Row(Pair pair, String spec, ScipyRun scipy, RunResult ours, double globalMinimum, double localMinimum) {

        String key() {
            return pair.ours() + " on " + spec;
        }

        double ourEvaluations() {
            return ours.last().evaluations().gradients() + ours.last().evaluations().hessianVectorProducts();
        }

        double scipyEvaluations() {
            return scipy.gradients() + scipy.hessianVectors();
        }

        Outcome scipyOutcome() {
            Minimum at = minimumAt(scipy.value());
            return new Outcome(scipy.success() && at != Minimum.NONE, at);
        }

        Outcome ourOutcome() {
            Minimum at = minimumAt(ours.last().value());
            return new Outcome(ours.termination() == Termination.GRADIENT_TOLERANCE && at != Minimum.NONE, at);
        }

        private Minimum minimumAt(double f) {
            if (near(f, globalMinimum)) {
                return Minimum.GLOBAL;
            }
            return near(f, localMinimum) ? Minimum.LOCAL : Minimum.NONE;
        }

        private static boolean near(double f, double minimum) {
            return Math.abs(f - minimum) <= F_TOLERANCE * (1 + Math.abs(minimum));
        }

        @Override
        public String toString() {
            return key();
        }
    }

    /** Every row, scipy's order (problem by problem, the four methods each); ours run on first use. */
    static List<Row> rows() {
        return Runs.ROWS;
    }

    /** The median of values (the mean of the middle two for an even count). Not modified. */
    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : 0.5 * (sorted[n / 2 - 1] + sorted[n / 2]);
    }

    /** Loads the fixture and runs ours once. */
    private static final class Runs {
        static final List<Row> ROWS = load();

        private static List<Row> load() {
            List<Row> rows = new ArrayList<>();
            try (BufferedReader in = new BufferedReader(new InputStreamReader(
                    ScipyComparison.class.getResourceAsStream(FIXTURE), StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    if (!line.isBlank() && !line.startsWith("#")) {
                        rows.add(row(line.split(";")));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return List.copyOf(rows);
        }

        private static Row row(String[] fields) {
            String spec = fields[0];
            Pair pair = Pair.ofScipy(fields[1]);
            ScipyRun scipy = new ScipyRun(Boolean.parseBoolean(fields[2]), fields[4], Integer.parseInt(fields[5]),
                    Integer.parseInt(fields[6]), Integer.parseInt(fields[7]), Integer.parseInt(fields[8]),
                    Double.parseDouble(fields[9]));
            Problem problem = BuiltinProblems.asCatalog().create(spec);
            RunResult ours = Driver.run(BuiltinOptimizers.asCatalog().create(pair.ours()), problem.objective(), problem.start(),
                    new SplittableRandom(0),
                    StoppingRules.iterations(MAX_ITERATIONS).withGradientTolerance(GRADIENT_TOLERANCE),
                    RecordSchedule.endsOnly(), Observer.NONE);
            double local = hasLocalOptimum(spec) ? BuiltinProblems.asCatalog().create(spec + ":optimum=local").optimalValue()
                    : Double.NaN;
            return new Row(pair, spec, scipy, ours, problem.optimalValue(), local);
        }

        private static boolean hasLocalOptimum(String spec) {
            CatalogEntry<Problem> entry = MghCatalog.entries().stream().filter(e -> e.name().equals(spec)).findFirst()
                    .orElseThrow();
            return entry.keys().stream().anyMatch(key -> key.name().equals("optimum"));
        }
    }

    /**
     * The comparison as markdown: the settings, the medians per pair, and one row per problem and
     * pair with the reason of every listed exception.
     */
    static String markdown(Map<String, String> otherMinimum, Map<String, String> costlier, Map<String, String> better,
                           Map<String, String> medianExceptions) {
        StringBuilder out = new StringBuilder();
        out.append("Generated by ScipyMghComparisonTest (problems module) from scipy-mgh-runs.csv "
                + "(scipy 1.10, problems/src/test/python/scipy_mgh_fixtures.py); do not edit. To regenerate: "
                + "`mvn -B -o -pl optimizers,problems -am test -Dtest=ScipyMghComparisonTest "
                + "-Dsurefire.failIfNoSpecifiedTests=false`, then copy problems/target/scipy-mgh-comparison.md "
                + "to docs/.\n\n");
        out.append("Stopping: ours ‖∇f‖₂ ≤ 1e-8; scipy BFGS, CG ‖∇f‖∞ ≤ 1e-8, L-BFGS-B projected ‖∇f‖∞ ≤ 1e-8 "
                + "with ftol = 0, Newton-CG xtol = 1e-8 (step test). 10 000 iterations each. "
                + "Evaluations: gradients + Hessian-vector products (ours g + Hv, scipy njev + nhev). "
                + "Solved: converged and f within 1e-8·(1 + |f*|) of a documented minimum.\n\n");
        out.append("| pair | problems scipy solves | median evaluations, ours | scipy | median gradients alone, ours "
                + "| scipy | total evaluations, ours | scipy | solved of 35, ours | scipy |\n"
                + "|---|---|---|---|---|---|---|---|---|---|\n");
        for (Pair pair : Pair.values()) {
            List<Row> solved = rows().stream().filter(row -> row.pair() == pair && row.scipyOutcome().solved()).toList();
            List<Row> all = rows().stream().filter(row -> row.pair() == pair).toList();
            double[] ours = solved.stream().mapToDouble(Row::ourEvaluations).toArray();
            double[] scipy = solved.stream().mapToDouble(Row::scipyEvaluations).toArray();
            double[] ourGradients = solved.stream().mapToDouble(row -> row.ours().last().evaluations().gradients())
                    .toArray();
            double[] scipyGradients = solved.stream().mapToDouble(row -> row.scipy().gradients()).toArray();
            out.append(String.format(Locale.ROOT, "| %s | %d | %s | %s | %s | %s | %.0f | %.0f | %d | %d |%n", pair,
                    solved.size(), number(median(ours)), number(median(scipy)), number(median(ourGradients)),
                    number(median(scipyGradients)), Arrays.stream(ours).sum(), Arrays.stream(scipy).sum(),
                    all.stream().filter(row -> row.ourOutcome().solved()).count(),
                    all.stream().filter(row -> row.scipyOutcome().solved()).count()));
        }
        medianExceptions.forEach((method, reason) -> out.append("\nMedian above scipy's, ").append(method).append(": ")
                .append(reason).append('\n'));
        out.append("\n| problem | ours / scipy | scipy f | scipy nit/nfev/njev/nhev | scipy status | ours f "
                + "| ours iterations/g/Hv | ours termination | evaluations ours / scipy | note |\n"
                + "|---|---|---|---|---|---|---|---|---|---|\n");
        for (Row row : rows()) {
            String note = otherMinimum.containsKey(row.key()) ? "other minimum: " + otherMinimum.get(row.key())
                    : costlier.containsKey(row.key()) ? "costlier: " + costlier.get(row.key())
                    : better.containsKey(row.key()) ? "better: " + better.get(row.key()) : "";
            ScipyRun s = row.scipy();
            IterationRecord last = row.ours().last();
            out.append(String.format(Locale.ROOT, "| %s | %s / %s | %s | %d/%d/%d/%d | %s | %s | %d/%.0f/%d | %s | %s | %s |%n",
                    row.spec(), row.pair().ours(), row.pair().scipy(), value(s.value()), s.iterations(), s.functions(),
                    s.gradients(), s.hessianVectors(), scipyStatus(row), value(last.value()), last.iteration(),
                    last.evaluations().gradients(), last.evaluations().hessianVectorProducts(), ourStatus(row),
                    ratio(row), note));
        }
        return out.toString();
    }

    private static String scipyStatus(Row row) {
        Outcome outcome = row.scipyOutcome();
        String verdict = outcome.solved() ? "solved" + (outcome.minimum() == Minimum.LOCAL ? " (local)" : "")
                : row.scipy().success() ? "false success" : "failed";
        return verdict + ": " + row.scipy().message().replace("|", "/");
    }

    private static String ourStatus(Row row) {
        Outcome outcome = row.ourOutcome();
        String token = row.ours().termination().token();
        if (outcome.solved()) {
            return token + (outcome.minimum() == Minimum.LOCAL ? " (local)" : "");
        }
        return token + (outcome.minimum() != Minimum.NONE ? ", at f* (rounding floor)" : "");
    }

    private static String ratio(Row row) {
        return String.format(Locale.ROOT, "%.0f / %.0f = %.2f", row.ourEvaluations(), row.scipyEvaluations(),
                row.ourEvaluations() / row.scipyEvaluations());
    }

    private static String value(double f) {
        return String.format(Locale.ROOT, "%.6g", f);
    }

    private static String number(double value) {
        return value == Math.rint(value) ? String.format(Locale.ROOT, "%.0f", value)
                : String.format(Locale.ROOT, "%.1f", value);
    }
}
