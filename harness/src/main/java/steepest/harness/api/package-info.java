/**
 * The library facade (public API): {@link steepest.harness.api.Steepest} runs experiments, checks
 * them against baselines, draws reports and verifies entries from a user's own Java code and tests,
 * returning typed {@link steepest.harness.api.Results} and {@link steepest.harness.api.CheckReport}s.
 */
package steepest.harness.api;
