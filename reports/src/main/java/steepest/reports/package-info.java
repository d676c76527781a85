/**
 * Charts, tables and reports for papers, drawn from a small data model of this module's own
 * ({@link steepest.reports.model}); it knows nothing of where the numbers come from.
 */
package steepest.reports;
