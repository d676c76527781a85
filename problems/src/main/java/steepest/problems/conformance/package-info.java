/**
 * Conformance checks for any problem or optimizer entry, the suite's own and plugins' alike: problems'
 * gradients, Hessian-vector products, optima, finite sums, feasible sets and determinism; optimizers'
 * determinism, declared capabilities, progress on a strongly convex quadratic and allocation per
 * step. The suite's catalog test runs the problem checks on every built-in entry; {@code steepest
 * verify} runs both on whatever entries a user names.
 */
package steepest.problems.conformance;
