package steepest.optimizers;

/**
 * A composite objective F(x) = f(x) + g(x) with f smooth and g a {@link Regularizer} with a cheap
 * prox (Lasso: least squares + λ‖x‖₁). The object itself is F: {@link #value} returns F(x) and
 * {@link #valueAndGradient} a subgradient of F, so subgradient methods apply unchanged, while
 * proximal methods (ISTA, FISTA) use the split.
 */
public interface Composite extends Objective {

    /** The smooth part f. */
    Objective smoothPart();

    /** The non-smooth part g. */
    Regularizer regularizer();
}
