/**
 * Statistics across seeds and problems, as pure computations over plain values: quantiles with
 * censoring, median and quantile bands of curves, per (problem, optimizer) groups, performance and
 * data profiles; target ladders ({@link steepest.harness.stats.Ladder}) and the first hit of each
 * target during a run ({@link steepest.harness.stats.FirstHits}); COCO's average runtime with
 * bootstrap intervals ({@link steepest.harness.stats.AverageRuntime}) and runtime ECDFs with the
 * virtual best ({@link steepest.harness.stats.RuntimeEcdf}); rank tests with scipy's conventions
 * (Wilcoxon signed-rank, Mann–Whitney U, Friedman, Nemenyi), Holm's correction, paired-ratio effect
 * sizes and the tables they make ({@link steepest.harness.stats.Significance}); and the statistical
 * regression gate ({@link steepest.harness.stats.RegressionGate}).
 */
package steepest.harness.stats;
