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
import steepest.optimizers.Evaluations;
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
 * The data of the scipy comparisons on the Moré–Garbow–Hillstrom set ({@link ScipyComparisonContract}
 * and its subclasses): one {@link Suite} per comparison, holding scipy's committed runs (written by a
 * script in {@code problems/src/test/python}, run by hand with Debian's scipy 1.10), the method
 * pairs, and how ours runs and is counted; its rows run ours once, and its per-problem table.
 *
 * <p><b>Solves.</b> A run solves a problem when it reports convergence (scipy: {@code success};
 * ours: a {@linkplain Termination#converged() converged} termination) and its final f is within
 * 10⁻⁸(1 + |f*|) of a documented minimum f*: the global one the problem states or, for
 * Freudenstein–Roth, Biggs EXP6 and trigonometric (n = 10), the local one their standard starts lead
 * to ({@code optimum=local}). scipy's "success" at any other f is a false success. Ours ending
 * otherwise within that tolerance of f* (a failed line search at the rounding floor) has reached f*
 * but is not counted as solving.
 */
final class ScipyComparison {

    static final double GRADIENT_TOLERANCE = 1e-8;
    static final double F_TOLERANCE = 1e-8;
    static final long MAX_ITERATIONS = 10_000;
    private static final StoppingRules TO_GRADIENT_TOLERANCE =
            StoppingRules.iterations(MAX_ITERATIONS).withGradientTolerance(GRADIENT_TOLERANCE);

    /** The minimizers of scipy.optimize.minimize against steepest's line-search methods. */
    static final Suite MINIMIZE = new Suite("ScipyMghComparisonTest", "scipy-mgh-runs.csv", "scipy_mgh_fixtures.py",
            "scipy-mgh-comparison.md",
            List.of(new Pair("bfgs", "BFGS"), new Pair("lbfgs", "L-BFGS-B"), new Pair("ncg", "CG"),
                    new Pair("newton-cg", "Newton-CG")),
            TO_GRADIENT_TOLERANCE, Cost.GRADIENTS, 1.0,
            "Stopping: ours ‖∇f‖₂ ≤ 1e-8; scipy BFGS, CG ‖∇f‖∞ ≤ 1e-8, L-BFGS-B projected ‖∇f‖∞ ≤ 1e-8 "
                    + "with ftol = 0, Newton-CG xtol = 1e-8 (step test). 10 000 iterations each. "
                    + "Evaluations: gradients + Hessian-vector products (ours g + Hv, scipy njev + nhev). "
                    + "Solved: converged and f within 1e-8·(1 + |f*|) of a documented minimum.");

    /** scipy.optimize.least_squares(method='lm'), MINPACK's lmder, against levenberg-marquardt. */
    static final Suite LEAST_SQUARES = new Suite("ScipyLeastSquaresComparisonTest", "scipy-lm-runs.csv",
            "scipy_lm_fixtures.py", "scipy-lm-comparison.md",
            List.of(new Pair("levenberg-marquardt:x_scale=1", "lm x_scale=1"),
                    new Pair("levenberg-marquardt", "lm x_scale=jac")),
            StoppingRules.iterations(MAX_ITERATIONS), Cost.RESIDUALS, 1.25,
            "Stopping: both sides MINPACK's tests, ftol = xtol = gtol = 1e-8 (scipy's defaults: relative "
                    + "reductions of f, relative step, cosine between r and J's columns), factor = 100; ours"
                    + " 10 000 iterations, scipy max_nfev = 10 000. x_scale=1: D = I (scipy's default);"
                    + " x_scale=jac: D from J's column norms (MINPACK's mode 1, ours by default). Evaluations:"
                    + " residual evaluations (ours f, scipy nfev); gradients: Jacobians (ours g, scipy njev)."
                    + " Solved: converged and f within 1e-8·(1 + |f*|) of a documented minimum.");

    /** scipy's trust-region Newton methods against steepest's trust-ncg and trust-exact. */
    static final Suite TRUST_REGION = new Suite("ScipyTrustRegionComparisonTest", "scipy-trust-runs.csv",
            "scipy_trust_fixtures.py", "scipy-trust-region-comparison.md",
            List.of(Pair.both("trust-ncg", "trust-ncg"), Pair.both("trust-ncg", "trust-krylov"),
                    new Pair("trust-exact", "trust-exact")),
            TO_GRADIENT_TOLERANCE, Cost.SECOND_ORDER, 1.0,
            "Stopping: both sides ‖∇f‖₂ ≤ 1e-8 (scipy: < 1e-8), 10 000 iterations; scipy's defaults otherwise"
                    + " (initial_trust_radius = 1, max_trust_radius = 1000, eta = 0.15), which are ours. trust-ncg"
                    + " and trust-krylov take Hessian-vector products, trust-exact dense Hessians. Evaluations:"
                    + " gradients + Hessian-vector products + dense Hessians (ours g + Hv + H, scipy njev + nhev)."
                    + " Solved: converged and f within 1e-8·(1 + |f*|) of a documented minimum.");

    private ScipyComparison() {
    }

    /**
     * A method of ours (a spec) and scipy's counterpart as the fixture names it; the label names the
     * pair in row keys and exception lists: our spec, unless the suite pairs it with several of
     * scipy's methods.
     */
    record Pair(String ours, String scipy, String label) {

        /** A pair labelled by our spec. */
        Pair(String ours, String scipy) {
            this(ours, scipy, ours);
        }

        /** A pair labelled "ours vs scipy's". */
        static Pair both(String ours, String scipy) {
            return new Pair(ours, scipy, ours + " vs " + scipy);
        }

        @Override
        public String toString() {
            return ours + " vs " + scipy;
        }
    }

    /** What a comparison counts as evaluations, and how the per-problem table shows ours. */
    enum Cost {
        /** Gradients + Hessian-vector products; scipy njev + nhev. */
        GRADIENTS("ours iterations/g/Hv"),
        /** Gradients + Hessian-vector products + dense Hessians; scipy njev + nhev. */
        SECOND_ORDER("ours iterations/g/Hv/H"),
        /** Residual (function) evaluations; scipy nfev. */
        RESIDUALS("ours iterations/f/g");

        private final String columns;

        Cost(String columns) {
            this.columns = columns;
        }

        double ours(Evaluations e) {
            return switch (this) {
                case GRADIENTS -> e.gradients() + e.hessianVectorProducts();
                case SECOND_ORDER -> e.gradients() + e.hessianVectorProducts() + e.hessians();
                case RESIDUALS -> e.functions();
            };
        }

        double scipy(ScipyRun run) {
            return this == RESIDUALS ? run.functions() : run.gradients() + run.hessianVectors();
        }

        String oursCounts(IterationRecord last) {
            Evaluations e = last.evaluations();
            return switch (this) {
                case GRADIENTS -> String.format(Locale.ROOT, "%d/%.0f/%d", last.iteration(), e.gradients(),
                        e.hessianVectorProducts());
                case SECOND_ORDER -> String.format(Locale.ROOT, "%d/%.0f/%d/%d", last.iteration(), e.gradients(),
                        e.hessianVectorProducts(), e.hessians());
                case RESIDUALS -> String.format(Locale.ROOT, "%d/%.0f/%.0f", last.iteration(), e.functions(),
                        e.gradients());
            };
        }
    }

    /**
     * One comparison.
     *
     * @param test         the test class that asserts it and writes its table
     * @param fixture      scipy's runs, a resource beside this class
     * @param script       the script in problems/src/test/python that wrote the fixture
     * @param table        the markdown file written to problems/target and copied to docs/
     * @param pairs        the method pairs
     * @param rules        how ours stops
     * @param cost         what counts as evaluations
     * @param medianFactor ours' median over the problems scipy solves may be at most this times scipy's
     * @param settings     the stopping and counting rules, in words, for the table's header
     */
    record Suite(String test, String fixture, String script, String table, List<Pair> pairs, StoppingRules rules,
                 Cost cost, double medianFactor, String settings) {

        Pair pair(String scipy) {
            return pairs.stream().filter(pair -> pair.scipy().equals(scipy)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("unknown scipy method " + scipy));
        }

        /** Loads the fixture and runs ours on every row; problem by problem, in the fixture's order. */
        List<Row> rows() {
            List<Row> rows = new ArrayList<>();
            try (BufferedReader in = new BufferedReader(new InputStreamReader(
                    ScipyComparison.class.getResourceAsStream(fixture), StandardCharsets.UTF_8))) {
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

        private Row row(String[] fields) {
            String spec = fields[0];
            Pair pair = pair(fields[1]);
            ScipyRun scipy = new ScipyRun(Boolean.parseBoolean(fields[2]), fields[4], Integer.parseInt(fields[5]),
                    Integer.parseInt(fields[6]), Integer.parseInt(fields[7]), Integer.parseInt(fields[8]),
                    Double.parseDouble(fields[9]));
            Problem problem = BuiltinProblems.asCatalog().create(spec);
            RunResult ours = Driver.run(BuiltinOptimizers.asCatalog().create(pair.ours()), problem.objective(), problem.start(),
                    new SplittableRandom(0), rules, RecordSchedule.endsOnly(), Observer.NONE);
            double local = hasLocalOptimum(spec) ? BuiltinProblems.asCatalog().create(spec + ":optimum=local").optimalValue()
                    : Double.NaN;
            return new Row(pair, spec, scipy, ours, problem.optimalValue(), local, cost);
        }

        private static boolean hasLocalOptimum(String spec) {
            CatalogEntry<Problem> entry = MghCatalog.entries().stream().filter(e -> e.name().equals(spec)).findFirst()
                    .orElseThrow();
            return entry.keys().stream().anyMatch(key -> key.name().equals("optimum"));
        }

        /**
         * The comparison as markdown: the settings, the medians per pair, and one row per problem and
         * pair with the reason of every listed exception.
         */
        String markdown(List<Row> rows, Map<String, String> otherMinimum, Map<String, String> costlier,
                        Map<String, String> better, Map<String, String> medianExceptions) {
            StringBuilder out = new StringBuilder();
            out.append("Generated by ").append(test).append(" (problems module) from ").append(fixture)
                    .append(" (scipy 1.10, problems/src/test/python/").append(script).append("); do not edit. ")
                    .append("To regenerate: `mvn -B -o -pl optimizers,problems -am test -Dtest=").append(test)
                    .append(" -Dsurefire.failIfNoSpecifiedTests=false`, then copy problems/target/").append(table)
                    .append(" to docs/.\n\n");
            out.append(settings).append("\n\n");
            out.append("| pair | problems scipy solves | median evaluations, ours | scipy | median gradients alone, ours "
                    + "| scipy | total evaluations, ours | scipy | solved of 35, ours | scipy |\n"
                    + "|---|---|---|---|---|---|---|---|---|---|\n");
            for (Pair pair : pairs) {
                List<Row> solved = rows.stream().filter(row -> row.pair() == pair && row.scipyOutcome().solved()).toList();
                List<Row> all = rows.stream().filter(row -> row.pair() == pair).toList();
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
            medianExceptions.forEach((method, reason) -> out.append("\nMedian above scipy's, ").append(method)
                    .append(": ").append(reason).append('\n'));
            out.append("\n| problem | ours / scipy | scipy f | scipy nit/nfev/njev/nhev | scipy status | ours f "
                    + "| " + cost.columns + " | ours termination | evaluations ours / scipy | note |\n"
                    + "|---|---|---|---|---|---|---|---|---|---|\n");
            for (Row row : rows) {
                String note = otherMinimum.containsKey(row.key()) ? "other minimum: " + otherMinimum.get(row.key())
                        : costlier.containsKey(row.key()) ? "costlier: " + costlier.get(row.key())
                        : better.containsKey(row.key()) ? "better: " + better.get(row.key()) : "";
                ScipyRun s = row.scipy();
                IterationRecord last = row.ours().last();
                out.append(String.format(Locale.ROOT, "| %s | %s / %s | %s | %d/%d/%d/%d | %s | %s | %s | %s | %s | %s |%n",
                        row.spec(), row.pair().ours(), row.pair().scipy(), value(s.value()), s.iterations(),
                        s.functions(), s.gradients(), s.hessianVectors(), scipyStatus(row), value(last.value()),
                        cost.oursCounts(last), ourStatus(row), ratio(row), note));
            }
            return out.toString();
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
    record Row(Pair pair, String spec, ScipyRun scipy, RunResult ours, double globalMinimum, double localMinimum,
               Cost cost) {

        String key() {
            return pair.label() + " on " + spec;
        }

        double ourEvaluations() {
            return cost.ours(ours.last().evaluations());
        }

        double scipyEvaluations() {
            return cost.scipy(scipy);
        }

        Outcome scipyOutcome() {
            Minimum at = minimumAt(scipy.value());
            return new Outcome(scipy.success() && at != Minimum.NONE, at);
        }

        Outcome ourOutcome() {
            Minimum at = minimumAt(ours.last().value());
            return new Outcome(ours.termination().converged() && at != Minimum.NONE, at);
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

    /** The median of values (the mean of the middle two for an even count). Not modified. */
    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : 0.5 * (sorted[n / 2 - 1] + sorted[n / 2]);
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
