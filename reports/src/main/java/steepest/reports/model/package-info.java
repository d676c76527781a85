/**
 * The data model figures are drawn from, as validated immutable records with defensive copies:
 * series and axes, quantile bands, sampled grids and level values, step curves, sensitivity curves
 * and target bars, and one figure record per chart type.
 */
package steepest.reports.model;
