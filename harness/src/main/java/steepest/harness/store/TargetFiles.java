package steepest.harness.store;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import steepest.harness.results.TargetColumn;
import steepest.harness.results.TargetCosts;

/**
 * Reads a cell's {@code targets/ID.csv} (the first hits of COCO's absolute targets, in
 * {@link TargetColumn} layout) into {@link TargetCosts}, blank fields as NaN (never reached). A file
 * that is not what steepest writes fails with a {@link ResultsFileException} naming the file, the
 * line and the column.
 */
public final class TargetFiles {

    private TargetFiles() {
    }

    /** Reads {@code file}, which must hold one row per target of {@code ladder}, in its order. */
    public static TargetCosts read(Path file, List<String> ladder) throws IOException {
        List<String> lines = TextFiles.lines(file);
        if (lines.isEmpty() || !lines.get(0).equals(TargetColumn.line())) {
            throw new ResultsFileException(file + ":1: not a targets header (expected " + TargetColumn.line() + ")");
        }
        List<String> labels = new ArrayList<>();
        double[] gradients = new double[lines.size() - 1];
        double[] seconds = new double[lines.size() - 1];
        int count = 0;
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).isEmpty()) {
                continue;
            }
            String where = file + ":" + (i + 1);
            List<String> fields = CsvTable.parseLine(lines.get(i));
            if (fields.size() != TargetColumn.values().length) {
                throw new ResultsFileException(where + ": " + fields.size() + " fields, the header has "
                        + TargetColumn.values().length + " (a truncated or edited row)");
            }
            String label = fields.get(TargetColumn.TARGET.ordinal());
            if (count >= ladder.size() || !label.equals(ladder.get(count))) {
                throw new ResultsFileException(where + ": target '" + label + "' where the ladder has "
                        + (count < ladder.size() ? "'" + ladder.get(count) + "'" : "no more targets")
                        + " (an edited or damaged row)");
            }
            labels.add(label);
            gradients[count] = real(fields, TargetColumn.GEVALS, where);
            seconds[count] = real(fields, TargetColumn.TIME_S, where);
            count++;
        }
        if (count != ladder.size()) {
            throw new ResultsFileException(file + ": " + count + " targets, the ladder has " + ladder.size()
                    + " (a truncated file)");
        }
        return new TargetCosts(labels, Arrays.copyOf(gradients, count), Arrays.copyOf(seconds, count));
    }

    private static double real(List<String> fields, TargetColumn column, String where) {
        String text = fields.get(column.ordinal());
        if (text.isEmpty()) {
            return Double.NaN;
        }
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw new ResultsFileException(where + ": column '" + column.header() + "': '" + text + "' is not a number");
        }
    }
}
