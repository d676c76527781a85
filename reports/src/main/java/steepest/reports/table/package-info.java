/**
 * Result tables: a {@link steepest.reports.table.Table} of typed cells (numbers, medians with
 * quantile intervals, success rates, censored costs, diverged and failed runs) with cells marked
 * best, or tied for best, by a rule over the values or by significance tests, rendered as Markdown,
 * LaTeX (booktabs), CSV and HTML.
 */
package steepest.reports.table;
