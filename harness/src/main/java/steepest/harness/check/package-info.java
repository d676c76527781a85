/** Regression checks of results against a committed baseline, for CI. */
package steepest.harness.check;
