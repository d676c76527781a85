package steepest.reports.table;

import java.util.ArrayList;
import java.util.List;

/**
 * Renders a {@link Table} as CSV in long ("tidy") form, one line per cell, for analysis tools:
 * columns {@code <rowHeader>, <columnHeader>, text, value, lower, upper, best}. {@code text} is the
 * cell as written in the other formats; {@code value}, {@code lower} and {@code upper} are the
 * numbers behind it (median and interval for an estimate, the fraction for a rate, {@code inf} for
 * a censored cost; empty when there is none), written so they read back exactly; {@code best} is
 * 1 for a best cell, {@code tie} for a cell tied for best, else 0. Fields are quoted as RFC 4180 requires; lines end with CRLF.
 */
public final class CsvTables {

    private CsvTables() {
    }

    /** The table as CSV. */
    public static String render(Table table) {
        StringBuilder out = new StringBuilder();
        line(out, List.of(table.rowHeader(), table.columnHeader(), "text", "value", "lower", "upper", "best"));
        Mark[][] marks = table.marks();
        for (int r = 0; r < table.rows().size(); r++) {
            Row row = table.rows().get(r);
            for (int c = 0; c < row.cells().size(); c++) {
                Cell cell = row.cells().get(c);
                List<String> fields = new ArrayList<>(List.of(row.label(), table.columns().get(c), cell.text(),
                        number(cell.value()), number(cell.lower()), number(cell.upper()), switch (marks[r][c]) {
                            case BEST -> "1";
                            case TIED -> "tie";
                            case NONE -> "0";
                        }));
                line(out, fields);
            }
        }
        return out.toString();
    }

    private static String number(double value) {
        if (Double.isNaN(value)) {
            return "";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "inf" : "-inf";
        }
        return Double.toString(value);
    }

    private static void line(StringBuilder out, List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(quoted(fields.get(i)));
        }
        out.append("\r\n");
    }

    private static String quoted(String field) {
        if (field.contains(",") || field.contains("\"") || field.contains("\n") || field.contains("\r")) {
            return '"' + field.replace("\"", "\"\"") + '"';
        }
        return field;
    }
}
