/**
 * The common contracts of steepest, and how every family of gradient methods plugs into them.
 *
 * <h2>Contracts</h2>
 * <ul>
 *   <li>{@link steepest.optimizers.Objective}: f and ∇f (or a subgradient) in one call into the
 *       caller's array. Capabilities an objective may add: {@link steepest.optimizers.TwiceDifferentiable}
 *       (Hessian-vector products, dense Hessian), {@link steepest.optimizers.FiniteSum} (batch
 *       gradients over sample indices), {@link steepest.optimizers.Constrained} (a
 *       {@link steepest.optimizers.FeasibleSet} with projection and linear minimization oracle),
 *       {@link steepest.optimizers.Composite} (smooth part plus a {@link steepest.optimizers.Regularizer}
 *       with a prox), {@link steepest.optimizers.FisherInformation} (Fisher-vector products),
 *       {@link steepest.optimizers.Residuals} (f = c·‖r‖² with r, J, J·v and Jᵀ·u),
 *       {@link steepest.optimizers.GeneralizedLinearSum} (a finite sum whose sample gradients are loss
 *       derivatives times rows); and, required by no optimizer but read by LAMB and Adafactor,
 *       {@link steepest.optimizers.ParameterBlocks} (the matrix and vector blocks its variables form).</li>
 *   <li>{@link steepest.optimizers.DataParallel}: an objective whose full evaluations split over the
 *       threads of a {@link steepest.optimizers.ThreadShare} (serial until the harness hands it one),
 *       in fixed {@link steepest.optimizers.Chunks} reduced in chunk order, so that its results have
 *       the same bits on any number of threads.</li>
 *   <li>{@link steepest.optimizers.Oracle}: the counted view an optimizer sees. Function, gradient,
 *       Hessian(-vector) and sample-gradient evaluations are counted there and nowhere else
 *       ({@link steepest.optimizers.Evaluations}).</li>
 *   <li>{@link steepest.optimizers.Optimizer}: immutable settings; {@code start} returns a
 *       {@link steepest.optimizers.Search}, one run advanced an iteration at a time, which reports
 *       x_k (for averaging methods, the average) and may keep a second point
 *       ({@link steepest.optimizers.Search#averagedIterate()}, ASGD's ax).</li>
 *   <li>{@link steepest.optimizers.Driver}: the one loop. It owns stopping
 *       ({@link steepest.optimizers.StoppingRules}, ending with a
 *       {@link steepest.optimizers.Termination} from a closed set), recording
 *       ({@link steepest.optimizers.RecordSchedule}, {@link steepest.optimizers.Observer}) and timing.</li>
 * </ul>
 *
 * <h2>How each family plugs in</h2>
 * <ul>
 *   <li><b>Batch, stochastic and mini-batch gradient descent</b>: one
 *       {@link steepest.optimizers.firstorder.GradientMethod} whose
 *       {@link steepest.optimizers.firstorder.Sampling} is the full batch
 *       ({@code Oracle.valueAndGradient}) or a sampler over {@code FiniteSum} indices
 *       ({@code Oracle.batchValueAndGradient}, counted as b/n gradients).</li>
 *   <li><b>Variance reduction (SVRG, SAGA, SAG, SARAH)</b>: further samplings of the same
 *       {@code GradientMethod} (package {@code variance}), declaring
 *       {@link steepest.optimizers.Capability#FINITE_SUM}; on a
 *       {@link steepest.optimizers.GeneralizedLinearSum} they store K loss derivatives per sample
 *       ({@code Oracle.sampleDerivatives}, counted as sample gradients) instead of whole gradients.</li>
 *   <li><b>Momentum, Nesterov, AdaGrad, RMSProp, Adam and relatives</b>: an
 *       {@link steepest.optimizers.firstorder.UpdateRule} (settings record + per-run state) inside the
 *       same {@code GradientMethod}, composed with a {@link steepest.optimizers.firstorder.Schedule}
 *       and {@link steepest.optimizers.firstorder.Clipping}.</li>
 *   <li><b>Line-search methods</b> (GD with Armijo or strong Wolfe, nonlinear CG, BFGS, L-BFGS): a
 *       {@code Search} that evaluates {@code Oracle.value}/{@code valueAndGradient} along a direction;
 *       it knows f and ∇f at the accepted point and reports them via {@code Search.value()} and
 *       {@code gradient()}, so recording costs nothing. A failed search ends with
 *       {@code LINE_SEARCH_FAILED}.</li>
 *   <li><b>Newton and Newton-CG</b>: declare {@link steepest.optimizers.Capability#HESSIAN}; use
 *       {@code Oracle.hessian} (dense, Cholesky with a τI modification) or {@code Oracle.hessianVector}
 *       (matrix-free CG), counted separately from gradients.</li>
 *   <li><b>Frank-Wolfe (conditional gradient), away-step and pairwise</b>: declare
 *       {@link steepest.optimizers.Capability#FEASIBLE_SET}; call the set's linear minimization oracle
 *       and report the Frank-Wolfe gap ⟨∇f(x), x − s⟩ as {@code Search.gap()}, which the gap
 *       tolerance stops on.</li>
 *   <li><b>Projected gradient</b>: declare {@code FEASIBLE_SET}; project each step with
 *       {@code FeasibleSet.projectInPlace}.</li>
 *   <li><b>Proximal gradient (ISTA, FISTA)</b>: declare {@link steepest.optimizers.Capability#COMPOSITE};
 *       step on {@code Oracle.smoothValueAndGradient} and apply {@code Regularizer.proxInPlace}.</li>
 *   <li><b>Natural gradient</b>: declare {@link steepest.optimizers.Capability#FISHER}; solve
 *       (F + λI)d = ∇f by conjugate gradient with {@code Oracle.fisherVector}.</li>
 *   <li><b>Subgradient methods</b>: any {@code Objective}; {@code valueAndGradient} returns a
 *       subgradient for non-smooth f; the search tracks its best iterate.</li>
 *   <li><b>Gauss–Newton and Levenberg–Marquardt</b>: declare {@link steepest.optimizers.Capability#RESIDUALS};
 *       work on {@code Oracle.residuals} (a function evaluation) and {@code Oracle.jacobian} (a gradient
 *       evaluation) through a pivoted QR factorization; Levenberg–Marquardt ends on MINPACK's own
 *       tests ({@code VALUE_TOLERANCE}, {@code STEP_TOLERANCE}, and its scaled gradient as the gap).</li>
 *   <li><b>Trust-region Newton</b> ({@code trust-ncg}, {@code trust-exact}): declare {@code HESSIAN}; one
 *       loop over a subproblem solver; a trial costs a function evaluation, a taken step a value and
 *       gradient.</li>
 *   <li><b>Barzilai–Borwein and spectral projected gradient</b>: any {@code Objective} ({@code bb}) or
 *       {@code FEASIBLE_SET} ({@code spg}); a nonmonotone line search over the last M values.</li>
 * </ul>
 */
package steepest.optimizers;
