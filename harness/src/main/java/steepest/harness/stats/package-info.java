/**
 * Statistics across seeds and problems: quantiles with censoring, median and quantile bands of
 * curves, per (problem, optimizer) groups, and performance and data profiles.
 */
package steepest.harness.stats;
