package steepest.harness.report;

import steepest.reports.table.Table;

/**
 * A table with the file name it is written under and its CSV form: for the tables of the summary,
 * the long form {@link steepest.reports.table.CsvTables} writes; for the statistics (aRT,
 * significance, ECDF points), the file whose columns are a contract. The table itself is written as
 * Markdown and LaTeX beside it and shown in the HTML report.
 *
 * @param name  the file name without extension, unique within a report
 * @param table the table
 * @param csv   the CSV text
 */
record NamedTable(String name, Table table, String csv) {
}
