/** Turns figures of the data model into XChart charts. */
package steepest.reports.charts;
