package steepest.reports.table;

import java.util.List;

/**
 * Renders a {@link Table} as a GitHub-flavoured Markdown table: row labels left-aligned, cells
 * right-aligned, best cells in bold, cells tied for best in italics, Markdown's special characters
 * escaped, and the caption, if
 * any, after the table as {@code Table: caption} (pandoc's caption syntax).
 */
public final class MarkdownTables {

    private MarkdownTables() {
    }

    /** The table as Markdown, ending with a newline. */
    public static String render(Table table) {
        StringBuilder out = new StringBuilder();
        line(out, escape(table.rowHeader()), table.columns().stream().map(MarkdownTables::escape).toList());
        out.append("| :--").append(" | --:".repeat(table.columns().size())).append(" |\n");
        Mark[][] marks = table.marks();
        for (int r = 0; r < table.rows().size(); r++) {
            Row row = table.rows().get(r);
            String[] cells = new String[row.cells().size()];
            for (int c = 0; c < cells.length; c++) {
                String text = escape(row.cells().get(c).text());
                cells[c] = switch (marks[r][c]) {
                    case BEST -> "**" + text + "**";
                    case TIED -> "*" + text + "*";
                    case NONE -> text;
                };
            }
            line(out, escape(row.label()), List.of(cells));
        }
        if (!table.caption().isEmpty()) {
            out.append("\nTable: ").append(escape(table.caption())).append('\n');
        }
        return out.toString();
    }

    private static void line(StringBuilder out, String first, List<String> rest) {
        out.append("| ").append(first);
        for (String cell : rest) {
            out.append(" | ").append(cell);
        }
        out.append(" |\n");
    }

    /** Escapes the characters Markdown would read as markup; line breaks become spaces. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '\\', '|', '*', '_', '`', '<', '>' -> out.append('\\').append(c);
                case '\n', '\r' -> out.append(' ');
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
