/**
 * Result tables: a {@link steepest.reports.table.Table} of typed cells (numbers, medians with
 * quantile intervals, success rates, censored costs) with the best value per row or column marked,
 * rendered as Markdown, LaTeX (booktabs), CSV and HTML.
 */
package steepest.reports.table;
