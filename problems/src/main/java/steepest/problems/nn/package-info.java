/**
 * Neural networks trained by backpropagation, as finite sums: the {@link steepest.problems.nn.Mlp}
 * classifier, whose forward and backward passes are written here over nd4j matrices (one BLAS gemm
 * per matrix product). nd4j is touched only when a network is created, never when the catalog is
 * listed: {@link steepest.problems.nn.NeuralCatalog} names no nd4j type.
 */
package steepest.problems.nn;
