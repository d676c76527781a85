/**
 * Data for the model-fitting problems: the design matrix in dense ({@link
 * steepest.problems.data.DenseMatrix}) or sparse ({@link steepest.problems.data.SparseMatrix}) storage
 * with the two kernels every linear model is built from, the bundled real datasets and the readers
 * for users' CSV and LIBSVM files ({@link steepest.problems.data.Datasets}), seeded synthetic
 * generators ({@link steepest.problems.data.Synthetic}), and the preprocessing a problem spec asks
 * for: a seeded train/test split and standardization fitted on the training rows. Loaded datasets
 * are immutable and cached, so the many runs of one experiment share them. Nothing here uses nd4j.
 */
package steepest.problems.data;
