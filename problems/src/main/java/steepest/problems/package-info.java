/**
 * The problems steepest benchmarks on: each a {@link steepest.problems.Problem} with its objective,
 * standard start, known optimum and tags, reachable by spec through
 * the catalog of {@link steepest.problems.BuiltinProblems}. Subpackages hold one kind each.
 */
package steepest.problems;
