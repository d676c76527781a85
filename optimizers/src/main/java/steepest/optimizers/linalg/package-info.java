/** Dense vector kernels over {@code double[]} shared by every algorithm, written once. */
package steepest.optimizers.linalg;
