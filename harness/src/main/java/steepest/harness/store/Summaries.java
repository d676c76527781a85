package steepest.harness.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import steepest.harness.experiment.Targets;
import steepest.harness.results.Status;
import steepest.harness.results.SummaryColumn;
import steepest.harness.results.SummaryRow;
import steepest.harness.results.TargetCosts;
import steepest.optimizers.Evaluations;
import steepest.optimizers.Termination;

/**
 * Reads {@code summary.csv} (or any file of summary rows under its header) into typed
 * {@link SummaryRow}s. A file that is not what steepest writes (a missing column, a row with the
 * wrong number of fields, a value that does not parse) fails with a {@link ResultsFileException}
 * naming the file, the line and the column.
 */
public final class Summaries {

    /** The layout steepest writes now. */
    private static final Layout CURRENT = Layout.of("the current header", SummaryColumn.names(Targets.labels()));

    private Summaries() {
    }

    /** Reads every row of {@code file}. */
    public static List<SummaryRow> read(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new ResultsFileException(file + ": missing (not a results folder, or one whose run never finished)");
        }
        List<String> lines = TextFiles.lines(file);
        if (lines.isEmpty()) {
            throw new ResultsFileException(file + ": empty; a summary starts with its header line");
        }
        Layout layout = Layout.of(file + ":1", CsvTable.parseLine(lines.get(0)));
        List<SummaryRow> rows = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            if (!lines.get(i).isEmpty()) {
                rows.add(layout.row(CsvTable.parseLine(lines.get(i)), file + ":" + (i + 1)));
            }
        }
        return rows;
    }

    /**
     * Reads one summary row written under the current header (a cell's row in {@code cells/}).
     *
     * @param where the file and line, for messages
     * @throws ResultsFileException if the row does not parse
     */
    public static SummaryRow row(String line, String where) {
        return CURRENT.row(CsvTable.parseLine(line), where);
    }

    /** The target labels of a summary's header, in ladder order. */
    public static List<String> targets(List<SummaryRow> rows) {
        return rows.isEmpty() ? List.of() : rows.get(0).targets().labels();
    }

    /** Where each column sits in a header. */
    private record Layout(List<String> header, List<String> targets) {

        static Layout of(String where, List<String> header) {
            List<String> targets = header.stream().filter(h -> h.startsWith("gevals_to_"))
                    .map(h -> h.substring("gevals_to_".length())).toList();
            List<String> expected = SummaryColumn.names(targets);
            if (!header.equals(expected)) {
                List<String> missing = expected.stream().filter(c -> !header.contains(c)).toList();
                throw new ResultsFileException(where + ": not a summary header"
                        + (missing.isEmpty() ? " (columns out of order)" : "; missing columns " + String.join(", ", missing)));
            }
            return new Layout(header, targets);
        }

        SummaryRow row(List<String> fields, String where) {
            if (fields.size() != header.size()) {
                throw new ResultsFileException(where + ": " + fields.size() + " fields, the header has " + header.size()
                        + " (a truncated or edited row)");
            }
            Fields f = new Fields(fields, where);
            double[] gradients = new double[targets.size()];
            double[] seconds = new double[targets.size()];
            for (int t = 0; t < targets.size(); t++) {
                gradients[t] = f.real(SummaryColumn.gradientsTo(targets.get(t)));
                seconds[t] = f.real(SummaryColumn.secondsTo(targets.get(t)));
            }
            String termination = f.text(SummaryColumn.TERMINATION.header());
            Optional<Termination> reason;
            Status status;
            try {
                reason = termination.isEmpty() ? Optional.empty() : Optional.of(Termination.ofToken(termination));
                status = Status.ofToken(f.text(SummaryColumn.STATUS.header()));
            } catch (IllegalArgumentException e) {
                throw new ResultsFileException(where + ": " + e.getMessage());
            }
            Evaluations evaluations = new Evaluations(f.real(col(SummaryColumn.FEVALS)), f.real(col(SummaryColumn.GEVALS)),
                    f.integer(col(SummaryColumn.HVEVALS)), f.integer(col(SummaryColumn.HEVALS)),
                    f.integer(col(SummaryColumn.SAMPLE_GRADS)));
            return new SummaryRow(f.text(col(SummaryColumn.CELL)), f.text(col(SummaryColumn.PROBLEM)),
                    f.text(col(SummaryColumn.OPTIMIZER)), f.integer(col(SummaryColumn.SEED)),
                    f.integer(col(SummaryColumn.RNG_SEED)), (int) f.integer(col(SummaryColumn.DIMENSION)), status, reason,
                    f.integer(col(SummaryColumn.ITERATIONS)), f.real(col(SummaryColumn.F)), f.real(col(SummaryColumn.F_STAR)),
                    f.real(col(SummaryColumn.GAP_TO_OPT)), f.real(col(SummaryColumn.GRAD_NORM)),
                    f.real(col(SummaryColumn.FW_GAP)), evaluations, f.real(col(SummaryColumn.EPOCHS)),
                    f.real(col(SummaryColumn.TIME_S)), new TargetCosts(targets, gradients, seconds),
                    f.text(col(SummaryColumn.ERROR)));
        }

        private static String col(SummaryColumn column) {
            return column.header();
        }

        /** The fields of one row, typed by column name. */
        private final class Fields {
            private final List<String> values;
            private final String where;

            Fields(List<String> values, String where) {
                this.values = values;
                this.where = where;
            }

            String text(String column) {
                return values.get(header.indexOf(column));
            }

            /** A real; blank is NaN. */
            double real(String column) {
                String text = text(column);
                if (text.isEmpty()) {
                    return Double.NaN;
                }
                try {
                    return Double.parseDouble(text);
                } catch (NumberFormatException e) {
                    throw new ResultsFileException(where + ": column '" + column + "': '" + text + "' is not a number");
                }
            }

            /** An integer; blank is 0. */
            long integer(String column) {
                String text = text(column);
                if (text.isEmpty()) {
                    return 0;
                }
                try {
                    return Long.parseLong(text);
                } catch (NumberFormatException e) {
                    throw new ResultsFileException(where + ": column '" + column + "': '" + text + "' is not an integer");
                }
            }
        }
    }
}
