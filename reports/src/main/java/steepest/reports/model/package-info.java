/** The data model figures are drawn from: series, axes and figures, as immutable records. */
package steepest.reports.model;
