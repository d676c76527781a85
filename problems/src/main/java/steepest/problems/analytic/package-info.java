/**
 * Analytic test functions ({@link steepest.problems.analytic.AnalyticFunction}) with closed-form
 * gradients and Hessian-vector products, standard starts and known minima: sphere, quadratics
 * (diagonal and rotated), Rosenbrock, Beale, Booth, Himmelblau, Goldstein–Price, six-hump camel,
 * Rastrigin, Ackley, Griewank, Styblinski–Tang, a saddle and a plateau. Those of arbitrary dimension
 * run in O(d) memory and one fused, allocation-free pass.
 */
package steepest.problems.analytic;
