/**
 * The data model figures are drawn from, as validated immutable records with defensive copies:
 * series and axes, quantile bands, sampled grids and level values, step curves, runtime ECDF curves,
 * sensitivity curves and target bars, and one figure record per chart type (the critical-difference
 * diagram's figure carries average ranks, the critical difference and the groups to join).
 */
package steepest.reports.model;
