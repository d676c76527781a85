/**
 * Controlled noise around any problem: {@link steepest.problems.noisy.NoisyObjective} perturbs
 * gradients (and optionally values) by a {@link steepest.problems.noisy.NoiseKind} of level σ, drawn
 * from the run's random stream, while the harness records the exact objective; spec entry
 * {@code noisy:problem=(SPEC),kind=,sigma=,df=,value=} ({@link steepest.problems.noisy.NoisyCatalog}).
 */
package steepest.problems.noisy;
