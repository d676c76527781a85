/**
 * Analytic test functions with closed-form gradients and Hessian-vector products, standard starts
 * and known minima. Those of arbitrary dimension run in O(d) memory and one fused pass.
 */
package steepest.problems.analytic;
