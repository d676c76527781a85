package steepest.harness.report;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import steepest.harness.results.SummaryRow;
import steepest.harness.stats.Ladder;
import steepest.harness.stats.RuntimeEcdf;
import steepest.reports.charts.EcdfChart;
import steepest.reports.model.EcdfCurve;
import steepest.reports.model.EcdfFigure;
import steepest.reports.model.StepCurve;
import steepest.reports.style.Style;
import steepest.reports.table.Best;
import steepest.reports.table.Cell;
import steepest.reports.table.Row;
import steepest.reports.table.Table;

/**
 * Runtime ECDFs ({@link RuntimeEcdf}) per group of problems with a known f*: all of them, those of
 * each tag ({@code convex}, {@code bbob-separable}, ...) and those of each family (one catalog
 * entry: {@code quadratic-rotated} at several condition numbers, {@code bbob}), a tag or family only
 * with two or more problems and only when its problems are not those of a group already drawn.
 * Over the group's (problem, target, seed) triples, each optimizer's fraction reached against
 * gradient evaluations (divided by the dimension when the group's problems differ in it), with the
 * virtual best when there are several optimizers. A cell the problem cannot support was not run: it
 * reaches nothing and is left out of the budget marks.
 *
 * <p>Each group gives the figure {@code ecdf-<group>}, the points as {@code ecdf-<group>.csv}
 * ({@code optimizer,evaluations,fraction}: each curve's breakpoints, the virtual best's last), and
 * as a table the fractions reached within each power of ten of evaluations.
 */
final class EcdfFigures {

    /** ecdf-<group>.csv's columns. */
    static final List<String> COLUMNS = List.of("optimizer", "evaluations", "fraction");
    /** Tags and families need this many problems to make a group. */
    private static final int MINIMUM_PROBLEMS = 2;
    /** The table shows at most this many powers of ten (every second one beyond). */
    private static final int MAXIMUM_DECADES = 9;

    private EcdfFigures() {
    }

    /**
     * One group's ECDFs.
     *
     * @param chart the figure
     * @param table the points (CSV) and the fractions per power of ten (table)
     */
    record Ecdf(NamedChart chart, NamedTable table) {
    }

    /** A group of problems: its name in file names, how captions describe it, and its problems. */
    record ProblemGroup(String name, String description, List<String> problems) {
    }

    /** The groups: all problems with a known f*, then each tag's, then each family's. */
    static List<ProblemGroup> groups(ResultsView view) {
        List<String> problems = view.problemsWithOptimum();
        List<ProblemGroup> groups = new ArrayList<>();
        if (problems.isEmpty()) {
            return groups;
        }
        groups.add(new ProblemGroup("all", problems.size() == 1 ? "the one problem" : "all " + problems.size()
                + " problems", problems));
        Map<String, List<String>> byTag = new LinkedHashMap<>();
        Map<String, List<String>> byFamily = new LinkedHashMap<>();
        for (String problem : problems) {
            view.tags(problem).forEach(tag -> byTag.computeIfAbsent(tag, t -> new ArrayList<>()).add(problem));
            byFamily.computeIfAbsent(ResultsView.family(problem), f -> new ArrayList<>()).add(problem);
        }
        Set<Set<String>> seen = new HashSet<>();
        seen.add(new HashSet<>(problems));
        byTag.forEach((tag, members) -> add(groups, seen, "tag-" + tag, members.size() + " " + tag + " problems", members));
        byFamily.forEach((family, members) -> add(groups, seen, "family-" + NamedChart.slug(family),
                members.size() + " " + family + " problems", members));
        return groups;
    }

    private static void add(List<ProblemGroup> groups, Set<Set<String>> seen, String name, String description,
                            List<String> members) {
        if (members.size() >= MINIMUM_PROBLEMS && seen.add(new HashSet<>(members))) {
            groups.add(new ProblemGroup(name, description, members));
        }
    }

    static List<Ecdf> build(ResultsView view, Ladder ladder, Style style) {
        List<Ecdf> ecdfs = new ArrayList<>();
        for (ProblemGroup group : groups(view)) {
            ecdfs.add(ecdf(view, ladder, group, style));
        }
        return ecdfs;
    }

    private static Ecdf ecdf(ResultsView view, Ladder ladder, ProblemGroup group, Style style) {
        List<String> optimizers = view.optimizers();
        boolean perDimension = group.problems().stream().mapToInt(p -> dimension(view, p)).distinct().count() > 1;
        List<double[]> rowsToTarget = new ArrayList<>();
        List<double[]> rowsSpent = new ArrayList<>();
        List<Double> divisors = new ArrayList<>();
        int seedCount = 0;
        for (String problem : group.problems()) {
            List<Map<Long, SummaryRow>> runs = new ArrayList<>();
            Set<Long> seeds = new TreeSet<>();
            for (String optimizer : optimizers) {
                Map<Long, SummaryRow> bySeed = new LinkedHashMap<>();
                view.runs(problem, optimizer).forEach(r -> bySeed.put(r.seed(), r));
                runs.add(bySeed);
                view.rows(problem, optimizer).forEach(r -> seeds.add(r.seed()));
            }
            seedCount = Math.max(seedCount, seeds.size());
            double divisor = perDimension ? dimension(view, problem) : 1;
            for (long seed : seeds) {
                double[][] hits = new double[optimizers.size()][];
                double[] budgets = new double[optimizers.size()];
                for (int o = 0; o < optimizers.size(); o++) {
                    SummaryRow run = runs.get(o).get(seed);
                    hits[o] = run == null ? null : view.costs(run, ladder).gradients();
                    budgets[o] = run == null ? Double.NaN : ResultsView.spent(run, hits[o]);
                }
                for (int t = 0; t < ladder.size(); t++) {
                    double[] toTarget = new double[optimizers.size()];
                    for (int o = 0; o < optimizers.size(); o++) {
                        double hit = hits[o] == null ? Double.NaN : hits[o][t];
                        toTarget[o] = Double.isNaN(hit) ? Double.POSITIVE_INFINITY : hit;
                    }
                    rowsToTarget.add(toTarget);
                    rowsSpent.add(budgets);
                    divisors.add(divisor);
                }
            }
        }
        int triples = divisors.size();
        double[][] toTarget = new double[optimizers.size()][triples];
        double[][] spent = new double[optimizers.size()][triples];
        for (int t = 0; t < triples; t++) {
            for (int o = 0; o < optimizers.size(); o++) {
                toTarget[o][t] = rowsToTarget.get(t)[o];
                spent[o][t] = rowsSpent.get(t)[o];
            }
        }
        List<RuntimeEcdf> curves = RuntimeEcdf.of(optimizers, toTarget, spent,
                divisors.stream().mapToDouble(Double::doubleValue).toArray());
        boolean virtualBest = optimizers.size() > 1;
        List<EcdfCurve> drawn = new ArrayList<>();
        ReportCsv csv = new ReportCsv(COLUMNS);
        for (RuntimeEcdf curve : curves) {
            boolean best = curve.optimizer().equals(RuntimeEcdf.VIRTUAL_BEST);
            if (best && !virtualBest) {
                continue;
            }
            double[] at = curve.evaluations();
            double[] fraction = curve.fraction();
            for (int i = 0; i < at.length; i++) {
                csv.row(List.of(curve.optimizer(), ReportCsv.real(at[i]), ReportCsv.real(fraction[i])));
            }
            if (!best) {
                String label = view.optimizerLabel(curve.optimizer());
                double budget = curve.budget() > 0 ? curve.budget() : Double.NaN;
                drawn.add(new EcdfCurve(new StepCurve(curve.optimizer(), label, at, fraction), budget));
            }
        }
        Optional<StepCurve> best = virtualBest ? Optional.of(new StepCurve(RuntimeEcdf.VIRTUAL_BEST,
                RuntimeEcdf.VIRTUAL_BEST, curves.get(curves.size() - 1).evaluations(),
                curves.get(curves.size() - 1).fraction())) : Optional.empty();
        String unit = perDimension ? "gradient evaluations / dimension" : "gradient evaluations";
        String ladderText = ladder.kind() == Ladder.Kind.ABSOLUTE
                ? ladder.size() + " targets f − f* <= 10^k, k = 2, 1.8, ..., −8 (COCO)"
                : ladder.size() + " targets f − f* <= τ (f(x0) − f*), τ = " + String.join(", ", ladder.labels());
        int count = group.problems().size();
        String triplesText = count + (count == 1 ? " problem × " : " problems × ") + ladderText + " × " + seedCount
                + (seedCount == 1 ? " seed" : " seeds") + " = " + triples + " triples";
        String caption = "Runtime ECDF over " + group.description() + ": the fraction of the " + triplesText
                + " reached within the " + unit + (virtualBest ? "; the wide light line is the virtual best (the best"
                + " optimizer on each triple)" : "") + "; a bar marks the median budget of an optimizer's runs that"
                + " missed a target; an optimizer the problem cannot support reaches none of its targets";
        EcdfFigure figure = EcdfFigure.of("", unit, drawn, best);
        NamedChart chart = new NamedChart("ecdf-" + group.name(), caption, EcdfChart.render(figure, style));
        return new Ecdf(chart, new NamedTable("ecdf-" + group.name(), decades(view, group, unit, triplesText, curves,
                virtualBest), csv.text()));
    }

    /** The fraction of triples each curve reaches within each power of ten of evaluations its data span. */
    private static Table decades(ResultsView view, ProblemGroup group, String unit, String triplesText,
                                 List<RuntimeEcdf> curves, boolean virtualBest) {
        double smallest = Double.POSITIVE_INFINITY;
        double largest = 0;
        for (RuntimeEcdf curve : curves) {
            for (double x : curve.evaluations()) {
                if (x > 0) {
                    smallest = Math.min(smallest, x);
                    largest = Math.max(largest, x);
                }
            }
            if (curve.budget() > 0) {
                largest = Math.max(largest, curve.budget());
            }
        }
        List<Integer> exponents = new ArrayList<>();
        if (largest > 0) {
            int low = (int) Math.floor(Math.log10(Math.min(smallest, largest)));
            int high = (int) Math.ceil(Math.log10(largest));
            int step = high - low + 1 > MAXIMUM_DECADES ? 2 : 1;
            for (int k = low; k <= high; k += step) {
                exponents.add(k);
            }
        }
        List<Row> rows = new ArrayList<>();
        for (RuntimeEcdf curve : curves) {
            boolean best = curve.optimizer().equals(RuntimeEcdf.VIRTUAL_BEST);
            if (best && !virtualBest) {
                continue;
            }
            StepCurve steps = new StepCurve(curve.optimizer(), curve.optimizer(), curve.evaluations(), curve.fraction());
            rows.add(new Row(best ? RuntimeEcdf.VIRTUAL_BEST : view.optimizerLabel(curve.optimizer()),
                    exponents.stream().map(k -> Cell.rate(steps.valueAt(Math.pow(10, k)))).toList()));
        }
        return new Table("Runtime ECDF over " + group.description() + ": the fraction of the " + triplesText
                + " reached within 10^k " + unit, "optimizer", unit, exponents.stream().map(k -> "1e" + k).toList(),
                rows, Best.none());
    }

    private static int dimension(ResultsView view, String problem) {
        return view.summary().stream().filter(r -> r.problem().equals(problem) && r.dimension() > 0)
                .mapToInt(SummaryRow::dimension).findFirst().orElse(1);
    }
}
