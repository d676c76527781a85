/**
 * The 35 unconstrained test problems of Moré, Garbow and Hillstrom, "Testing unconstrained
 * optimization software", ACM Trans. Math. Softw. 7(1), 17–41, 1981, named {@code mgh-<name>} in
 * {@link steepest.problems.mgh.MghCatalog}. Each is a sum of squares on the shared base
 * {@link steepest.problems.mgh.SumOfSquares}: a problem class writes its residuals once, with their
 * gradient rows and curvature rows (∇²rᵢ·v), and the base assembles f, ∇f = 2Jᵀr and the exact
 * ∇²f·v = 2(Jᵀ(Jv) + Σ rᵢ∇²rᵢv). {@link steepest.problems.mgh.MghFunction} adds the paper's standard
 * (and scaled) starts and the known minima ({@link steepest.problems.mgh.Optimum}). An independent
 * numpy implementation of the set lives in {@code problems/src/test/python/mgh.py}.
 */
package steepest.problems.mgh;
