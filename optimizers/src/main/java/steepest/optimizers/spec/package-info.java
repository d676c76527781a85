/**
 * Spec text as users write it ({@code adam:lr=1e-3,beta1=0.9}, {@code rosenbrock:d=100}): parsing,
 * typed arguments with declared keys and defaults, and the {@link steepest.optimizers.spec.Catalog}
 * that turns a spec into a value or a one-line {@link steepest.optimizers.spec.SpecException}
 * naming the offending token and the valid choices.
 */
package steepest.optimizers.spec;
