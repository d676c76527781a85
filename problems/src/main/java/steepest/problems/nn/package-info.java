/** Neural networks trained by backpropagation, as finite sums. */
package steepest.problems.nn;
