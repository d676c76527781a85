/**
 * The problems steepest benchmarks on: each a {@link steepest.problems.Problem} with its objective,
 * standard start, known optimum and tags, reachable by spec through
 * {@link steepest.problems.Problems#catalog()}. Subpackages hold one kind each.
 */
package steepest.problems;
