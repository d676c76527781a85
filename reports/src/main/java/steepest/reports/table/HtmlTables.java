package steepest.reports.table;

/**
 * Renders a {@link Table} as an HTML {@code <table class="results">}: a {@code <caption>} if any,
 * a header row, row labels as {@code <th scope="row">}, numeric cells with class {@code num}, best
 * cells in {@code <strong>}, cells tied for best in {@code <em>}; text is escaped.
 */
public final class HtmlTables {

    private HtmlTables() {
    }

    /** The table as an HTML fragment, ending with a newline. */
    public static String render(Table table) {
        StringBuilder out = new StringBuilder("<table class=\"results\">\n");
        if (!table.caption().isEmpty()) {
            out.append("<caption>").append(escape(table.caption())).append("</caption>\n");
        }
        out.append("<thead><tr><th scope=\"col\">").append(escape(table.rowHeader())).append("</th>");
        for (String column : table.columns()) {
            out.append("<th scope=\"col\">").append(escape(column)).append("</th>");
        }
        out.append("</tr></thead>\n<tbody>\n");
        Mark[][] marks = table.marks();
        for (int r = 0; r < table.rows().size(); r++) {
            Row row = table.rows().get(r);
            out.append("<tr><th scope=\"row\">").append(escape(row.label())).append("</th>");
            for (int c = 0; c < row.cells().size(); c++) {
                String text = escape(row.cells().get(c).text());
                out.append("<td class=\"num\">").append(switch (marks[r][c]) {
                    case BEST -> "<strong>" + text + "</strong>";
                    case TIED -> "<em>" + text + "</em>";
                    case NONE -> text;
                }).append("</td>");
            }
            out.append("</tr>\n");
        }
        out.append("</tbody>\n</table>\n");
        return out.toString();
    }

    /** {@code text} safe in HTML text and attribute values. */
    public static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
