package steepest.harness.report;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import steepest.harness.results.SummaryRow;
import steepest.harness.stats.AverageRuntime;
import steepest.harness.stats.Bootstrap;
import steepest.harness.stats.Ladder;
import steepest.reports.table.Best;
import steepest.reports.table.Cell;
import steepest.reports.table.Notation;
import steepest.reports.table.Row;
import steepest.reports.table.Table;

/**
 * The average runtime (aRT, {@link AverageRuntime}) of every (problem, optimizer, target) of the
 * ladder, over the runs made (unsupported cells were not run): in gradient evaluations, a
 * successful run counting those until its first hit and an unsuccessful run all it spent, divided
 * by the successes; +∞ without one. The 95% interval is the seeded percentile bootstrap over the
 * runs, seeded by the (problem, optimizer, target) alone, so a row does not change when other
 * optimizers are added; with one run there is nothing to resample and the interval is left blank.
 *
 * <p>{@code art.csv} holds every target; the Markdown and LaTeX table shows the report's target,
 * problems by optimizers, unmarked: aRT has no paired test (the tables of medians carry the marks).
 */
final class AverageRuntimeTables {

    /** art.csv's columns. */
    static final List<String> COLUMNS = List.of("problem", "optimizer", "target", "art", "ci_low", "ci_high", "successes",
            "runs");
    private static final Notation NOTATION = Notation.scientific(2);

    private AverageRuntimeTables() {
    }

    /** art.csv and the table at {@code target}, over {@code ladder} (one of {@link ResultsView#ladder}'s). */
    static NamedTable build(ResultsView view, Ladder ladder, String target) {
        ReportCsv csv = new ReportCsv(COLUMNS);
        int shown = ladder.labels().indexOf(target);
        List<String> optimizers = view.optimizers();
        List<Row> rows = new ArrayList<>();
        for (String problem : view.problemsWithOptimum()) {
            List<Cell> cells = new ArrayList<>();
            for (String optimizer : optimizers) {
                List<SummaryRow> runs = view.runs(problem, optimizer);
                if (runs.isEmpty()) {
                    cells.add(Cell.empty());
                    continue;
                }
                double[] spent = new double[runs.size()];
                double[][] toTarget = new double[ladder.size()][runs.size()];
                for (int i = 0; i < runs.size(); i++) {
                    double[] hits = view.costs(runs.get(i), ladder).gradients();
                    spent[i] = ResultsView.spent(runs.get(i), hits);
                    for (int t = 0; t < ladder.size(); t++) {
                        toTarget[t][i] = Double.isNaN(hits[t]) ? Double.POSITIVE_INFINITY : hits[t];
                    }
                }
                Cell cell = Cell.empty();
                for (int t = 0; t < ladder.size(); t++) {
                    String label = ladder.label(t);
                    long seed = seed(problem + '\u0000' + optimizer + '\u0000' + label);
                    boolean resample = runs.size() > 1;
                    AverageRuntime art = AverageRuntime.of(toTarget[t], spent,
                            resample ? Bootstrap.seeded(seed) : new Bootstrap(1, seed));
                    double low = resample ? art.low() : Double.NaN;
                    double high = resample ? art.high() : Double.NaN;
                    csv.row(List.of(problem, optimizer, label, ReportCsv.real(art.art()), ReportCsv.real(low),
                            ReportCsv.real(high), Integer.toString(art.successes()), Integer.toString(art.runs())));
                    if (t == shown) {
                        cell = cell(art, low, high);
                    }
                }
                cells.add(cell);
            }
            rows.add(new Row(view.problemLabel(problem), cells));
        }
        String level = ladder.kind() == Ladder.Kind.ABSOLUTE ? "f − f* <= " + target
                : "f − f* <= " + target + " (f(x0) − f*)";
        Table table = new Table("aRT: gradient evaluations of all runs (an unsuccessful run counts its whole budget) per"
                + " run that reached " + level + ", with a 95% bootstrap interval over the runs and (successes/runs)"
                + " where some missed; ∞: none reached it. Every target of the " + (ladder.kind() == Ladder.Kind.ABSOLUTE
                ? "COCO" : "relative") + " ladder in art.csv", "problem", "optimizer",
                optimizers.stream().map(view::optimizerLabel).toList(), rows, Best.none());
        return new NamedTable("art", table, csv.text());
    }

    private static Cell cell(AverageRuntime art, double low, double high) {
        StringBuilder text = new StringBuilder(NOTATION.format(art.art()));
        if (!Double.isNaN(low) && Double.isFinite(art.art())) {
            int exponent = NOTATION.exponent(art.art());
            text.append(" [").append(NOTATION.formatAt(low, exponent)).append(", ")
                    .append(NOTATION.formatAt(high, exponent)).append(']');
        }
        if (art.successes() < art.runs()) {
            text.append(" (").append(art.successes()).append('/').append(art.runs()).append(')');
        }
        return Cell.text(text.toString());
    }

    /** A seed from {@code text}: its 64-bit FNV-1a hash over UTF-8, stable across runs and JVMs. */
    static long seed(String text) {
        long hash = 0xcbf29ce484222325L;
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            hash ^= b & 0xff;
            hash *= 0x100000001b3L;
        }
        return hash;
    }
}
