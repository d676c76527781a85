package steepest.reports.table;

/**
 * Renders a {@link Table} as a LaTeX {@code tabular} with booktabs rules ({@code \toprule},
 * {@code \midrule}, {@code \bottomrule}; needs the booktabs package), ready to
 * {@code \input} inside the author's own {@code table} float: row labels left-aligned, cells
 * right-aligned, best cells in {@code \textbf}, cells tied for best in {@code \textit}, the caption
 * as a comment line above. Text is
 * escaped: LaTeX's special characters ({@code \ & % $ # _ { } ~ ^ < >}) and the Unicode the
 * cells write ({@code —} becomes {@code ---}, {@code ∞} {@code $\infty$}, {@code −} {@code $-$}).
 */
public final class LatexTables {

    private LatexTables() {
    }

    /** The table as LaTeX, ending with a newline. */
    public static String render(Table table) {
        StringBuilder out = new StringBuilder();
        if (!table.caption().isEmpty()) {
            out.append("% ").append(table.caption().replaceAll("[\\r\\n]+", " ")).append('\n');
        }
        out.append("\\begin{tabular}{l").append("r".repeat(table.columns().size())).append("}\n");
        out.append("\\toprule\n");
        out.append(escape(table.rowHeader()));
        for (String column : table.columns()) {
            out.append(" & ").append(escape(column));
        }
        out.append(" \\\\\n\\midrule\n");
        Mark[][] marks = table.marks();
        for (int r = 0; r < table.rows().size(); r++) {
            Row row = table.rows().get(r);
            String label = escape(row.label());
            // After \\ a leading '[' would be read as the line break's optional argument.
            out.append(label.startsWith("[") ? "{}" + label : label);
            for (int c = 0; c < row.cells().size(); c++) {
                String text = escape(row.cells().get(c).text());
                out.append(" & ").append(switch (marks[r][c]) {
                    case BEST -> "\\textbf{" + text + "}";
                    case TIED -> "\\textit{" + text + "}";
                    case NONE -> text;
                });
            }
            out.append(" \\\\\n");
        }
        out.append("\\bottomrule\n\\end{tabular}\n");
        return out.toString();
    }

    /** {@code text} safe in LaTeX text mode. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '\\' -> out.append("\\textbackslash{}");
                case '&', '%', '$', '#', '_', '{', '}' -> out.append('\\').append(c);
                case '~' -> out.append("\\textasciitilde{}");
                case '^' -> out.append("\\textasciicircum{}");
                case '<' -> out.append("\\textless{}");
                case '>' -> out.append("\\textgreater{}");
                case '—' -> out.append("---");
                case '–' -> out.append("--");
                case '∞' -> out.append("$\\infty$");
                case '−' -> out.append("$-$");
                case '\n', '\r' -> out.append(' ');
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
