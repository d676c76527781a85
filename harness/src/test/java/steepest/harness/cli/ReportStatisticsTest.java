package steepest.harness.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import steepest.harness.stats.Alternative;
import steepest.harness.stats.Holm;
import steepest.harness.stats.SignedRankTest;
import steepest.harness.store.CsvTable;

/**
 * The statistics of a report checked against what the test computes itself from the results
 * folder: the p-values of significance.csv against the signed-rank test and Holm's correction of
 * the engine (themselves checked against scipy), the numbers of the summary tables against medians,
 * quartiles and rates computed here from summary.csv, and aRT against values worked out by hand for
 * a folder whose first hits and budgets the test writes.
 */
class ReportStatisticsTest {

    /**
     * Random starts make every seed a different run; gd at lr = 0.05 diverges on Rosenbrock. Twelve
     * seeds let a pair differ significantly after Holm over 12 comparisons (the smallest exact
     * two-sided p is 2⁻¹¹).
     */
    private static final String EXPERIMENT = """
            name: stats
            seeds: 12
            problems: ["quadratic:d=4,cond=10", rosenbrock:d=2]
            optimizers: [gd:lr=1e-3, gd:lr=3e-3, "sgd:lr=1e-3,momentum=0.9", gd:lr=0.05]
            budget: {iterations: 400}
            start: {uniform: [-2, 2]}
            record: {per_decade: 5}
            report: {figures: [ecdf, critical_difference]}
            """;
    private static final double ALPHA = 0.05;

    @TempDir
    static Path temp;
    private static Path results;
    private static Path report;

    @BeforeAll
    static void run() throws IOException {
        Path spec = Files.writeString(temp.resolve("stats.yaml"), EXPERIMENT);
        results = temp.resolve("results");
        CliRun run = CliRun.of("run", spec.toString(), "--out", results.toString());
        assertEquals(0, run.status(), run.err());
        report = results.resolve("report");
    }

    /** A run's final gap as the tables count it: +∞ when it diverged or failed. */
    private static double gap(Map<String, String> row) {
        boolean broken = row.get("status").equals("diverged") || row.get("status").equals("failed");
        return broken ? Double.POSITIVE_INFINITY : Double.parseDouble(row.get("gap_to_opt"));
    }

    /** A run's gradient evaluations to the target: +∞ when never reached. */
    private static double cost(Map<String, String> row, String target) {
        String text = row.get("gevals_to_" + target);
        return text.isEmpty() ? Double.POSITIVE_INFINITY : Double.parseDouble(text);
    }

    /** The rows of summary.csv by problem, then optimizer, in file order. */
    private static Map<String, Map<String, List<Map<String, String>>>> byProblem(CsvTable summary) {
        Map<String, Map<String, List<Map<String, String>>>> grouped = new LinkedHashMap<>();
        for (int i = 0; i < summary.rows().size(); i++) {
            Map<String, String> row = summary.row(i);
            grouped.computeIfAbsent(row.get("problem"), p -> new LinkedHashMap<>())
                    .computeIfAbsent(row.get("optimizer"), o -> new ArrayList<>()).add(row);
        }
        return grouped;
    }

    /** Hyndman and Fan's type 7 quantile, written out here; +∞ sorts last. */
    private static double quantile(double[] values, double q) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        double h = (sorted.length - 1) * q;
        int low = (int) Math.floor(h);
        if (h == low || sorted[low] == sorted[low + 1]) {
            return sorted[low];
        }
        if (Double.isInfinite(sorted[low + 1])) {
            return Double.POSITIVE_INFINITY;
        }
        return sorted[low] + (h - low) * (sorted[low + 1] - sorted[low]);
    }

    private static double number(String text) {
        return switch (text) {
            case "" -> Double.NaN;
            case "inf" -> Double.POSITIVE_INFINITY;
            default -> Double.parseDouble(text);
        };
    }

    @Test
    void significancePValuesAreTheEnginesSignedRankTestsWithHolmOverEachMetric() throws IOException {
        CsvTable summary = CsvTable.read(results.resolve("summary.csv"));
        CsvTable significance = CsvTable.read(report.resolve("tables/significance.csv"));
        assertEquals(List.of("problem", "metric", "optimizer_a", "optimizer_b", "n", "statistic", "p_value", "p_holm",
                "median_a", "median_b", "better"), significance.header());
        var grouped = byProblem(summary);
        // 2 problems x 2 metrics x 6 pairs of 4 optimizers.
        assertEquals(24, significance.rows().size());
        Map<String, List<Double>> pByMetric = new LinkedHashMap<>();
        int significant = 0;
        for (int i = 0; i < significance.rows().size(); i++) {
            Map<String, String> row = significance.row(i);
            List<Map<String, String>> a = grouped.get(row.get("problem")).get(row.get("optimizer_a"));
            List<Map<String, String>> b = grouped.get(row.get("problem")).get(row.get("optimizer_b"));
            String metric = row.get("metric");
            double[] x = a.stream().mapToDouble(r -> metric.equals("final_gap") ? gap(r) : cost(r, "1e-6")).toArray();
            double[] y = b.stream().mapToDouble(r -> metric.equals("final_gap") ? gap(r) : cost(r, "1e-6")).toArray();
            for (int s = 0; s < a.size(); s++) {
                assertEquals(a.get(s).get("seed"), b.get(s).get("seed"), "paired by seed");
            }
            double p = SignedRankTest.test(x, y, Alternative.TWO_SIDED).pValue();
            assertEquals(p, Double.parseDouble(row.get("p_value")), row.toString());
            assertEquals(Integer.toString(x.length), row.get("n"));
            assertEquals(quantile(x, 0.5), number(row.get("median_a")));
            assertEquals(quantile(y, 0.5), number(row.get("median_b")));
            pByMetric.computeIfAbsent(metric, m -> new ArrayList<>()).add(p);
            double holm = number(row.get("p_holm"));
            boolean better = !row.get("better").isEmpty();
            assertEquals(holm < ALPHA, better, row.toString());
            significant += better ? 1 : 0;
        }
        assertEquals(List.of("final_gap", "gevals_to_1e-6"), List.copyOf(pByMetric.keySet()));
        int i = 0;
        for (List<Double> ps : pByMetric.values()) {
            double[] adjusted = Holm.adjust(ps.stream().mapToDouble(Double::doubleValue).toArray());
            for (double expected : adjusted) {
                assertEquals(expected, number(significance.row(i++).get("p_holm")));
            }
        }
        assertTrue(significant > 0, "twelve seeds separate some of these optimizers");
    }

    @Test
    void tableNumbersAreTheMediansQuartilesAndRatesOfTheSummary() throws IOException {
        CsvTable summary = CsvTable.read(results.resolve("summary.csv"));
        var grouped = byProblem(summary);
        CsvTable gaps = CsvTable.read(report.resolve("tables/final-gap.csv"));
        CsvTable costs = CsvTable.read(report.resolve("tables/evaluations-to-target.csv"));
        CsvTable rates = CsvTable.read(report.resolve("tables/success-rate.csv"));
        int cell = 0;
        int diverged = 0;
        for (var problem : grouped.values()) {
            for (List<Map<String, String>> runs : problem.values()) {
                double[] g = runs.stream().mapToDouble(ReportStatisticsTest::gap).toArray();
                double[] c = runs.stream().mapToDouble(r -> cost(r, "1e-6")).toArray();
                Map<String, String> gapCell = gaps.row(cell);
                if (Double.isFinite(quantile(g, 0.5))) {
                    assertEquals(quantile(g, 0.5), number(gapCell.get("value")), gapCell.toString());
                    assertEquals(quantile(g, 0.25), number(gapCell.get("lower")), gapCell.toString());
                    assertEquals(quantile(g, 0.75), number(gapCell.get("upper")), gapCell.toString());
                } else {
                    long count = runs.stream().filter(r -> r.get("status").equals("diverged")).count();
                    assertEquals(count == runs.size() ? "diverged" : "diverged (" + count + "/" + runs.size() + ")",
                            gapCell.get("text"));
                    assertEquals("", gapCell.get("value"), "a diverged cell has no number");
                    diverged++;
                }
                Map<String, String> costCell = costs.row(cell);
                if (Double.isFinite(quantile(c, 0.5))) {
                    assertEquals(quantile(c, 0.5), number(costCell.get("value")), costCell.toString());
                    assertEquals(quantile(c, 0.25), number(costCell.get("lower")), costCell.toString());
                    assertEquals(quantile(c, 0.75), number(costCell.get("upper")), costCell.toString());
                } else {
                    assertTrue(costCell.get("text").startsWith(">") || costCell.get("text").startsWith("diverged"),
                            costCell.toString());
                }
                double reached = Arrays.stream(c).filter(Double::isFinite).count();
                assertEquals(reached / runs.size(), number(rates.row(cell).get("value")));
                cell++;
            }
        }
        assertEquals(gaps.rows().size(), cell);
        assertTrue(diverged > 0, "gd at lr = 0.05 diverges on Rosenbrock");
    }

    @Test
    void cellsAreMarkedBestOnlyWhenTheyBeatEveryOtherSignificantly() throws IOException {
        CsvTable significance = CsvTable.read(report.resolve("tables/significance.csv"));
        CsvTable gaps = CsvTable.read(report.resolve("tables/final-gap.csv"));
        CsvTable summary = CsvTable.read(results.resolve("summary.csv"));
        var grouped = byProblem(summary);
        int cell = 0;
        for (var problem : grouped.entrySet()) {
            List<String> optimizers = List.copyOf(problem.getValue().keySet());
            for (String optimizer : optimizers) {
                long wins = 0;
                long losses = 0;
                for (int i = 0; i < significance.rows().size(); i++) {
                    Map<String, String> row = significance.row(i);
                    if (!row.get("problem").equals(problem.getKey()) || !row.get("metric").equals("final_gap")) {
                        continue;
                    }
                    String winner = row.get("better").equals("a") ? row.get("optimizer_a")
                            : row.get("better").equals("b") ? row.get("optimizer_b") : null;
                    boolean involved = row.get("optimizer_a").equals(optimizer) || row.get("optimizer_b").equals(optimizer);
                    wins += involved && optimizer.equals(winner) ? 1 : 0;
                    losses += involved && winner != null && !optimizer.equals(winner) ? 1 : 0;
                }
                String best = gaps.row(cell++).get("best");
                if (wins == optimizers.size() - 1) {
                    assertEquals("1", best, optimizer);
                } else {
                    assertFalse(best.equals("1"), optimizer + " does not beat every other");
                }
                if (losses > 0) {
                    assertEquals("0", best, optimizer + " is beaten");
                }
            }
        }
    }

    @Test
    void aCriticalDifferenceDiagramAndTheRuntimeEcdfsAreDrawnWithTheirPoints() throws IOException {
        assertTrue(Files.size(report.resolve("figures/critical-difference.png")) > 1000);
        assertTrue(Files.size(report.resolve("figures/ecdf-all.png")) > 1000);
        CsvTable points = CsvTable.read(report.resolve("tables/ecdf-all.csv"));
        assertEquals(List.of("optimizer", "evaluations", "fraction"), points.header());
        assertEquals("virtual best", points.row(points.rows().size() - 1).get("optimizer"));
        for (String format : List.of("md", "tex")) {
            for (String table : List.of("art", "significance", "ecdf-all")) {
                assertTrue(Files.size(report.resolve("tables/" + table + "." + format)) > 100, table + "." + format);
            }
        }
    }

    /** Writes a targets file: the first 51 labels of COCO's ladder with the given first hits (blank: none). */
    private static void targets(Path folder, String cell, double... hits) throws IOException {
        StringBuilder text = new StringBuilder("target,gevals,time_s\n");
        for (int k = 0; k <= 50; k++) {
            int tenths = 20 - 2 * k;
            String label = tenths % 10 == 0 ? "1e" + tenths / 10 : String.format(java.util.Locale.ROOT, "1e%.1f", tenths / 10.0);
            String hit = k < hits.length ? Long.toString((long) hits[k]) : "";
            text.append(label).append(',').append(hit).append(',').append(hit.isEmpty() ? "" : "0.001").append('\n');
        }
        Files.writeString(folder.resolve("targets").resolve(cell + ".csv"), text.toString());
    }

    /** Quotes a CSV field as RFC 4180 wants. */
    private static String field(String text) {
        return text.contains(",") || text.contains("\"") ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }

    @Test
    void averageRuntimeIsTheHandComputedEvaluationsPerSuccess() throws IOException {
        Path spec = Files.writeString(temp.resolve("art.yaml"), """
                name: art
                seeds: 3
                problems: [rosenbrock:d=2]
                optimizers: [gd:lr=1e-3, gd:lr=2e-3]
                budget: {iterations: 10}
                report: {figures: [ecdf]}
                """);
        Path folder = temp.resolve("art");
        assertEquals(0, CliRun.of("run", spec.toString(), "--out", folder.toString()).status());
        CsvTable summary = CsvTable.read(folder.resolve("summary.csv"));
        // Budgets (gevals) per cell, in summary order: a = gd:lr=1e-3 on seeds 0, 1, 2, then b.
        double[] budgets = {100, 200, 300, 50, 60, 70};
        int gevals = summary.column("gevals");
        StringBuilder rewritten = new StringBuilder(String.join(",", summary.header())).append('\n');
        for (int r = 0; r < 6; r++) {
            List<String> fields = new ArrayList<>(summary.rows().get(r));
            fields.set(gevals, Long.toString((long) budgets[r]));
            rewritten.append(String.join(",", fields.stream().map(ReportStatisticsTest::field).toList())).append('\n');
            String cell = summary.row(r).get("cell");
            switch (r) {
                case 0 -> targets(folder, cell, 10, 20);
                case 1 -> targets(folder, cell, 30);
                case 2 -> targets(folder, cell);
                default -> targets(folder, cell, 5);
            }
        }
        Files.writeString(folder.resolve("summary.csv"), rewritten.toString());
        Path out = temp.resolve("art-report");
        CliRun run = CliRun.of("report", folder.toString(), "--out", out.toString(), "--format", "svg");
        assertEquals(0, run.status(), run.err());
        CsvTable art = CsvTable.read(out.resolve("tables/art.csv"));
        assertEquals(List.of("problem", "optimizer", "target", "art", "ci_low", "ci_high", "successes", "runs"),
                art.header());
        assertEquals(2 * 51, art.rows().size());
        // a at 1e2: successes after 10 and 30, the third run spent 300: (10 + 30 + 300) / 2.
        assertEquals(List.of("1e2", "170.0", "2", "3"), fields(art.row(0), "target", "art", "successes", "runs"));
        // Resamples of three runs: all three the first run (10) and none successful (∞) each have
        // probability 1/27 > 2.5%, so the 95% interval runs from 10 to ∞.
        assertEquals(List.of("10.0", "inf"), fields(art.row(0), "ci_low", "ci_high"));
        // a at 1e1.8: one success after 20; the others spent 200 and 300: (20 + 200 + 300) / 1.
        assertEquals(List.of("1e1.8", "520.0", "1"), fields(art.row(1), "target", "art", "successes"));
        assertEquals(List.of("1e1.6", "inf", "0"), fields(art.row(2), "target", "art", "successes"));
        // b at 1e2: three successes after 5 each; every resample gives 5.
        assertEquals(List.of("1e2", "5.0", "5.0", "5.0", "3"), fields(art.row(51), "target", "art", "ci_low", "ci_high",
                "successes"));
        assertEquals(List.of("inf", "0"), fields(art.row(52), "art", "successes"));
        CsvTable ecdf = CsvTable.read(out.resolve("tables/ecdf-all.csv"));
        // a reaches triples at 10, 20 and 30 evaluations; b reaches 3 of the 3 x 51 triples, all at 5.
        assertEquals(List.of("10.0", "20.0", "30.0"), ecdf.rows().subList(0, 3).stream().map(r -> r.get(1)).toList());
        assertEquals(List.of(summary.row(3).get("optimizer"), "5.0", Double.toString(3 / 153.0)), ecdf.rows().get(3));
    }

    @Test
    void aFolderWithoutTargetFilesOrAskingForItTakesAverageRuntimesOnTheRelativeLadder() throws IOException {
        Path spec = Files.writeString(temp.resolve("relative.yaml"), """
                name: relative
                seeds: 3
                problems: ["quadratic:d=4,cond=10"]
                optimizers: [gd:lr=1e-2, gd:lr=3e-2]
                budget: {iterations: 200}
                start: {uniform: [-2, 2]}
                report: {figures: [ecdf], ladder: relative}
                """);
        Path folder = temp.resolve("relative");
        assertEquals(0, CliRun.of("run", spec.toString(), "--out", folder.toString()).status());
        CsvTable summary = CsvTable.read(folder.resolve("summary.csv"));
        CsvTable art = CsvTable.read(folder.resolve("report/tables/art.csv"));
        assertEquals(2 * 5, art.rows().size(), "two optimizers, five relative targets");
        int row = 0;
        for (int o = 0; o < 2; o++) {
            for (String target : List.of("1e-1", "1e-2", "1e-4", "1e-6", "1e-8")) {
                double evaluations = 0;
                int successes = 0;
                for (int r = 3 * o; r < 3 * o + 3; r++) {
                    double hit = cost(summary.row(r), target);
                    successes += Double.isFinite(hit) ? 1 : 0;
                    evaluations += Double.isFinite(hit) ? hit : Double.parseDouble(summary.row(r).get("gevals"));
                }
                Map<String, String> line = art.row(row++);
                assertEquals(target, line.get("target"));
                assertEquals(successes == 0 ? Double.POSITIVE_INFINITY : evaluations / successes, number(line.get("art")));
                assertEquals(Integer.toString(successes), line.get("successes"));
            }
        }
        // Without targets/ (a folder written before the files existed), COCO's ladder is not available.
        try (var files = Files.list(folder.resolve("targets"))) {
            for (Path file : files.toList()) {
                Files.delete(file);
            }
        }
        Files.writeString(folder.resolve("experiment.yaml"), Files.readString(folder.resolve("experiment.yaml"))
                .replace(", ladder: relative", ""));
        Path out = temp.resolve("relative-report");
        assertEquals(0, CliRun.of("report", folder.toString(), "--out", out.toString(), "--format", "svg").status());
        assertEquals(Files.readString(folder.resolve("report/tables/art.csv")), Files.readString(out.resolve("tables/art.csv")));
    }

    private static List<String> fields(Map<String, String> row, String... columns) {
        return Arrays.stream(columns).map(row::get).toList();
    }
}
