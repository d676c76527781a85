/**
 * Regression checks of results against a committed baseline, for CI: exact tolerances on medians,
 * and for metrics that vary by seed a one-sided paired test together with the tolerance.
 */
package steepest.harness.check;
