/** Machine-learning objectives as finite sums over real and synthetic data, with their loaders. */
package steepest.problems.ml;
