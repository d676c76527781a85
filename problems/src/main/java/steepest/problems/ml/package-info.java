/**
 * Linear machine-learning objectives as finite sums over real and synthetic data: least squares
 * (ridge), logistic and softmax regression (with Fisher-vector products), SVMs with the hinge and
 * squared hinge losses, the Lasso (composite, with the ℓ1 prox) and Huber regression. They share
 * {@link steepest.problems.ml.LinearModel}'s single pass over the design matrix; each class states
 * its loss, gradient and Hessian. {@link steepest.problems.ml.DataSpec} turns a spec's data keys
 * into {@link steepest.problems.ml.PreparedData}, and every model offers held-out metrics and
 * gradients with respect to its inputs ({@link steepest.problems.ml.InputGradients}). No class here
 * uses nd4j.
 */
package steepest.problems.ml;
