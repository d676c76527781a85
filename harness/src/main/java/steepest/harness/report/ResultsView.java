package steepest.harness.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import steepest.harness.catalog.Catalogs;
import steepest.harness.experiment.Experiment;
import steepest.harness.experiment.ReportSettings.LadderChoice;
import steepest.harness.results.Status;
import steepest.harness.results.TargetCosts;
import steepest.harness.stats.Group;
import steepest.harness.stats.Ladder;
import steepest.harness.store.CsvTable;
import steepest.harness.store.ResultsFolder;
import steepest.harness.store.Summaries;
import steepest.harness.store.TargetFiles;
import steepest.harness.results.SummaryRow;
import steepest.harness.results.TraceColumn;
import steepest.optimizers.spec.Catalog;
import steepest.optimizers.spec.Spec;
import steepest.optimizers.Optimizer;
import steepest.problems.Problem;
import steepest.problems.Tag;

/**
 * A results folder read back for reporting: the experiment, the typed summary rows, their
 * (problem, optimizer) groups, and each cell's trace on demand; labels and problem instances come
 * from the catalogs of this invocation (so plugin entries are labelled like built-ins, and specs
 * the catalogs lack are shown as written). Everything is ordered as the summary is, so a report
 * built twice from the same folder is the same.
 */
final class ResultsView {

    private final Path root;
    private final Experiment experiment;
    private final List<SummaryRow> summary;
    private final List<Group> groups;
    private final Catalogs catalogs;
    private final Map<String, CsvTable> traces = new HashMap<>();
    private final Map<String, TargetCosts> absoluteTargets = new HashMap<>();
    private final Map<String, List<String>> tags = new HashMap<>();
    private final Map<String, String> optimizerLabels;
    private final Map<String, String> problemLabels;

    private ResultsView(Path root, Experiment experiment, List<SummaryRow> summary, Catalogs catalogs) {
        this.root = root;
        this.experiment = experiment;
        this.summary = List.copyOf(summary);
        this.catalogs = catalogs;
        this.groups = Group.of(summary);
        this.optimizerLabels = optimizerLabels(catalogs.optimizers(), groups.stream().map(Group::optimizer).distinct().toList());
        this.problemLabels = SpecLabels.of(catalogs.problems(), groups.stream().map(Group::problem).distinct().toList(),
                UnaryOperator.identity());
    }

    /** Reads the folder {@code root}. */
    static ResultsView of(Path root, Catalogs catalogs) throws IOException {
        ResultsFolder.hashOf(root);
        return new ResultsView(root, ResultsFolder.experimentOf(root), Summaries.read(root.resolve("summary.csv")), catalogs);
    }

    Path root() {
        return root;
    }

    Experiment experiment() {
        return experiment;
    }

    List<SummaryRow> summary() {
        return summary;
    }

    List<Group> groups() {
        return groups;
    }

    /**
     * An optimizer spec as a label: the keys that differ from their defaults, and any key whose value
     * differs between this folder's settings of the same optimizer, so that {@code gd:lr=0.001} beside
     * {@code gd:lr=0.002} is not shown as a bare {@code gd} (0.001 being gd's default); long reals
     * are shortened to four significant digits. Specs the folder does not hold (optimizer families)
     * get the compact form.
     */
    String optimizerLabel(String spec) {
        String label = optimizerLabels.get(spec);
        return label != null ? label : compact(catalogs.optimizers(), spec);
    }

    static Map<String, String> optimizerLabels(Catalog<?> catalog, List<String> specs) {
        return SpecLabels.of(catalog, specs, ResultsView::readable);
    }

    /** A long real as four significant digits ({@code 0.042240457426589155} as {@code 0.04224}); anything else as is. */
    static String readable(String value) {
        if (value.length() <= 8) {
            return value;
        }
        try {
            double number = Double.parseDouble(value);
            return Double.isFinite(number) ? new java.math.BigDecimal(number).round(new java.math.MathContext(4))
                    .stripTrailingZeros().toString() : value;
        } catch (NumberFormatException e) {
            return value;
        }
    }

    private static String compact(Catalog<?> catalog, String spec) {
        try {
            return catalog.compact(spec);
        } catch (IllegalArgumentException e) {
            return spec;
        }
    }

    /**
     * A problem spec as a label: the keys that differ from their defaults and those whose values
     * differ between this folder's problems of the same entry, nested specs alike ({@link
     * SpecLabels}); the compact form for specs the folder does not hold.
     */
    String problemLabel(String spec) {
        String label = problemLabels.get(spec);
        return label != null ? label : compact(catalogs.problems(), spec);
    }

    /**
     * Short labels for problem specs shown side by side: only the keys whose values differ between
     * them ({@code activation=sigmoid,init=normal}), or each compact spec when none differ.
     */
    List<String> distinguishingProblemLabels(List<String> specs) {
        List<Map<String, String>> keys = new ArrayList<>();
        for (String spec : specs) {
            String canonical;
            try {
                canonical = catalogs.problems().canonical(spec);
            } catch (IllegalArgumentException e) {
                canonical = spec;
            }
            keys.add(Spec.parse("problem", canonical).arguments());
        }
        List<String> varying = keys.isEmpty() ? List.of() : keys.get(0).keySet().stream()
                .filter(k -> keys.stream().map(m -> m.get(k)).distinct().count() > 1).toList();
        if (varying.isEmpty()) {
            return specs.stream().map(this::problemLabel).toList();
        }
        return keys.stream().map(m -> varying.stream().map(k -> k + "=" + m.get(k))
                .collect(java.util.stream.Collectors.joining(","))).toList();
    }

    /** A fresh instance of a problem spec, or empty when the catalogs lack it. */
    Optional<Problem> problem(String spec) {
        try {
            return Optional.of(catalogs.problems().create(spec));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** A fresh instance of an optimizer spec, or empty when the catalogs lack it. */
    Optional<Optimizer> optimizer(String spec) {
        try {
            return Optional.of(catalogs.optimizers().create(spec));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The problems in summary order. */
    List<String> problems() {
        return groups.stream().map(Group::problem).distinct().toList();
    }

    /** The optimizers in summary order. */
    List<String> optimizers() {
        return groups.stream().map(Group::optimizer).distinct().toList();
    }

    /** The summary rows of one (problem, optimizer), in seed order. */
    List<SummaryRow> rows(String problem, String optimizer) {
        return summary.stream().filter(r -> r.problem().equals(problem) && r.optimizer().equals(optimizer)).toList();
    }

    /** f* of a problem, or NaN. */
    double optimalValue(String problem) {
        return summary.stream().filter(r -> r.problem().equals(problem) && !Double.isNaN(r.optimalValue()))
                .mapToDouble(SummaryRow::optimalValue).findFirst().orElse(Double.NaN);
    }

    /** The most gradient evaluations any cell spent, empty when no cell recorded any. */
    java.util.OptionalDouble largestGradientCount() {
        return summary.stream().mapToDouble(r -> r.evaluations().gradients()).filter(Double::isFinite).max();
    }

    /** The trace of a summary row's cell, or null if it has none (a cell that failed to start). */
    CsvTable trace(SummaryRow row) {
        Path file = root.resolve("traces").resolve(row.cell() + ".csv");
        if (!Files.isRegularFile(file)) {
            return null;
        }
        return traces.computeIfAbsent(row.cell(), cell -> {
            try {
                return CsvTable.readNumbers(file, TraceColumn.names());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /**
     * The problems with a known f*, in summary order: the only ones with targets, so the only ones
     * aRT, runtime ECDFs and the tests of the tables are about.
     */
    List<String> problemsWithOptimum() {
        return problems().stream().filter(p -> !Double.isNaN(optimalValue(p))).toList();
    }

    /**
     * The rows of cells that were run, i.e. not {@code unsupported}, of one (problem, optimizer), in
     * seed order.
     */
    List<SummaryRow> runs(String problem, String optimizer) {
        return rows(problem, optimizer).stream().filter(r -> r.status() != Status.UNSUPPORTED).toList();
    }

    /**
     * The ladder the report's aRT and ECDFs can use for the ladder asked for: COCO's when every cell
     * with a known f* has its {@code targets/ID.csv} (folders written before those files existed have
     * none), else the summary's relative one.
     */
    Ladder ladder(LadderChoice wanted) {
        boolean absolute = wanted == LadderChoice.COCO && summary.stream().filter(r -> !Double.isNaN(r.optimalValue()))
                .allMatch(r -> Files.isRegularFile(targetsFile(r)));
        return absolute ? Ladder.coco() : Ladder.relative();
    }

    /**
     * A row's gradient evaluations and seconds to each target of {@code ladder} (one of
     * {@link #ladder}'s), NaN where not reached.
     */
    TargetCosts costs(SummaryRow row, Ladder ladder) {
        if (ladder.kind() == Ladder.Kind.RELATIVE) {
            return row.targets();
        }
        return absoluteTargets.computeIfAbsent(row.cell(), cell -> {
            try {
                return TargetFiles.read(targetsFile(row), ladder.labels());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /**
     * The gradient evaluations a run spent in all: its last row's, and at least its latest first hit
     * (a failed run's last row may precede a hit seen at a later check).
     */
    static double spent(SummaryRow run, double[] hits) {
        double total = Double.isNaN(run.evaluations().gradients()) ? 0 : run.evaluations().gradients();
        for (double hit : hits) {
            if (Double.isFinite(hit)) {
                total = Math.max(total, hit);
            }
        }
        return total;
    }

    private Path targetsFile(SummaryRow row) {
        return root.resolve("targets").resolve(row.cell() + ".csv");
    }

    /**
     * The tags of a problem spec ({@code convex}, {@code bbob-separable}, ...), from an instance built
     * by the catalogs (a bbob instance's tags depend on its function); none when the catalogs lack it.
     */
    List<String> tags(String problem) {
        return tags.computeIfAbsent(problem, p -> problem(p).map(instance -> Tag.tokens(instance.tags())).orElse(List.of()));
    }

    /** The family of a problem spec: its catalog entry's name ({@code quadratic-rotated}, {@code bbob}). */
    static String family(String problem) {
        return Spec.parse("problem", problem).name();
    }

    /** The summary rows grouped by problem, then optimizer, in summary order. */
    Map<String, Map<String, List<SummaryRow>>> byProblem() {
        Map<String, Map<String, List<SummaryRow>>> grouped = new LinkedHashMap<>();
        for (Group group : groups) {
            grouped.computeIfAbsent(group.problem(), p -> new LinkedHashMap<>())
                    .put(group.optimizer(), rows(group.problem(), group.optimizer()));
        }
        return grouped;
    }
}
