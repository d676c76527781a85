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
import steepest.harness.experiment.Experiment;
import steepest.harness.stats.Group;
import steepest.harness.store.CsvTable;
import steepest.harness.store.ResultsFolder;
import steepest.optimizers.Optimizers;
import steepest.optimizers.spec.Spec;

/**
 * A results folder read back for reporting: the experiment, the summary, its (problem, optimizer)
 * groups, and each cell's trace on demand. Everything is ordered as the summary is, so a report
 * built twice from the same folder is the same.
 */
final class ResultsView {

    private final Path root;
    private final Experiment experiment;
    private final CsvTable summary;
    private final List<Group> groups;
    private final Map<String, CsvTable> traces = new HashMap<>();
    private final Map<String, String> optimizerLabels;

    private ResultsView(Path root, Experiment experiment, CsvTable summary) {
        this.root = root;
        this.experiment = experiment;
        this.summary = summary;
        this.groups = Group.of(summary);
        this.optimizerLabels = optimizerLabels(groups.stream().map(Group::optimizer).distinct().toList());
    }

    /** Reads the folder {@code root}. */
    static ResultsView of(Path root) throws IOException {
        ResultsFolder.hashOf(root);
        return new ResultsView(root, ResultsFolder.experimentOf(root), CsvTable.read(root.resolve("summary.csv")));
    }

    Path root() {
        return root;
    }

    Experiment experiment() {
        return experiment;
    }

    CsvTable summary() {
        return summary;
    }

    List<Group> groups() {
        return groups;
    }

    /**
     * An optimizer spec as a label: the keys that differ from their defaults, and any key whose value
     * differs between this folder's settings of the same optimizer, so that {@code gd:lr=0.001} beside
     * {@code gd:lr=0.002} is not shown as a bare {@code gd} (0.001 being gd's default); long reals
     * are shortened to four significant digits. Specs the
     * folder does not hold (optimizer families) get the compact form.
     */
    String optimizerLabel(String spec) {
        String label = optimizerLabels.get(spec);
        return label != null ? label : compactOptimizer(spec);
    }

    static Map<String, String> optimizerLabels(List<String> specs) {
        Map<String, List<Map<String, String>>> argumentsByName = new HashMap<>();
        Map<String, Spec> canonical = new LinkedHashMap<>();
        for (String text : specs) {
            try {
                Spec spec = Spec.parse("optimizer", Optimizers.catalog().canonical(text));
                canonical.put(text, spec);
                argumentsByName.computeIfAbsent(spec.name(), n -> new ArrayList<>()).add(spec.arguments());
            } catch (IllegalArgumentException e) {
                // not a catalog spec (a merged folder from another version): labelled as written
            }
        }
        Map<String, String> labels = new HashMap<>();
        for (Map.Entry<String, Spec> entry : canonical.entrySet()) {
            Spec spec = entry.getValue();
            List<Map<String, String>> siblings = argumentsByName.get(spec.name());
            Map<String, String> shown = Spec.parse("optimizer", compactOptimizer(entry.getKey())).arguments();
            Map<String, String> kept = new LinkedHashMap<>();
            spec.arguments().forEach((key, value) -> {
                boolean varies = siblings.stream().map(m -> m.get(key)).distinct().count() > 1;
                if (varies || shown.containsKey(key)) {
                    kept.put(key, readable(value));
                }
            });
            labels.put(entry.getKey(), new Spec(spec.name(), kept).toString());
        }
        return labels;
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

    private static String compactOptimizer(String spec) {
        try {
            return Optimizers.catalog().compact(spec);
        } catch (IllegalArgumentException e) {
            return spec;
        }
    }

    /** A problem spec as a label: only the keys that differ from their defaults. */
    static String problemLabel(String spec) {
        try {
            return steepest.problems.Problems.catalog().compact(spec);
        } catch (IllegalArgumentException e) {
            return spec;
        }
    }

    /**
     * Short labels for problem specs shown side by side: only the keys whose values differ between
     * them ({@code activation=sigmoid,init=normal}), or each compact spec when none differ.
     */
    static List<String> distinguishingProblemLabels(List<String> specs) {
        List<Map<String, String>> keys = new ArrayList<>();
        for (String spec : specs) {
            keys.add(Spec.parse("problem", steepest.problems.Problems.catalog().canonical(spec))
                    .arguments());
        }
        List<String> varying = keys.isEmpty() ? List.of() : keys.get(0).keySet().stream()
                .filter(k -> keys.stream().map(m -> m.get(k)).distinct().count() > 1).toList();
        if (varying.isEmpty()) {
            return specs.stream().map(ResultsView::problemLabel).toList();
        }
        return keys.stream().map(m -> varying.stream().map(k -> k + "=" + m.get(k))
                .collect(java.util.stream.Collectors.joining(","))).toList();
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
    List<Map<String, String>> rows(String problem, String optimizer) {
        List<Map<String, String>> rows = new ArrayList<>();
        for (int i = 0; i < summary.rows().size(); i++) {
            Map<String, String> row = summary.row(i);
            if (row.get("problem").equals(problem) && row.get("optimizer").equals(optimizer)) {
                rows.add(row);
            }
        }
        return rows;
    }

    /** f* of a problem, or NaN. */
    double optimalValue(String problem) {
        for (int i = 0; i < summary.rows().size(); i++) {
            Map<String, String> row = summary.row(i);
            if (row.get("problem").equals(problem) && !row.get("f_star").isEmpty()) {
                return Double.parseDouble(row.get("f_star"));
            }
        }
        return Double.NaN;
    }

    /** The trace of a summary row's cell, or null if it has none (a cell that failed to start). */
    CsvTable trace(Map<String, String> row) {
        Path file = root.resolve("traces").resolve(row.get("cell") + ".csv");
        if (!Files.isRegularFile(file)) {
            return null;
        }
        return traces.computeIfAbsent(row.get("cell"), cell -> {
            try {
                return CsvTable.read(file);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** The summary rows grouped by problem, then optimizer, in summary order. */
    Map<String, Map<String, List<Map<String, String>>>> byProblem() {
        Map<String, Map<String, List<Map<String, String>>>> grouped = new LinkedHashMap<>();
        for (Group group : groups) {
            grouped.computeIfAbsent(group.problem(), p -> new LinkedHashMap<>())
                    .put(group.optimizer(), rows(group.problem(), group.optimizer()));
        }
        return grouped;
    }
}
