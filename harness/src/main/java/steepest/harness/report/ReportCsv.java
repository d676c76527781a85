package steepest.harness.report;

import java.util.List;
import steepest.harness.store.Csv;

/**
 * The CSV files of {@code report/tables/} whose columns are a contract ({@code art.csv},
 * {@code significance.csv}, {@code ecdf-<group>.csv}): a header and rows, RFC 4180 quoting, CRLF
 * line ends as the other report tables have. Reals are written so they read back exactly
 * ({@link Double#toString}), infinities as {@code inf} and {@code -inf} (as Python and R read them),
 * and NaN, a number that does not exist, as an empty field.
 */
final class ReportCsv {

    private final StringBuilder text = new StringBuilder();

    /** A file starting with the header {@code columns}. */
    ReportCsv(List<String> columns) {
        row(columns);
    }

    /** Appends one row of fields, quoted where needed. */
    void row(List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                text.append(',');
            }
            text.append(Csv.text(fields.get(i)));
        }
        text.append("\r\n");
    }

    /** A real as a field. */
    static String real(double value) {
        if (Double.isNaN(value)) {
            return "";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "inf" : "-inf";
        }
        return Double.toString(value);
    }

    /** The file's text. */
    String text() {
        return text.toString();
    }
}
