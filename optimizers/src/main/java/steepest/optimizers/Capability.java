package steepest.optimizers;

/**
 * What an optimizer may need from an objective beyond values and (sub)gradients. An optimizer
 * declares its needs in {@link Optimizer#requirements()}; {@link Driver} refuses to start a run
 * whose objective lacks one, naming both.
 */
public enum Capability {
    /** Hessian-vector products and the dense Hessian ({@link TwiceDifferentiable}). */
    HESSIAN("Hessians", TwiceDifferentiable.class),
    /** Per-sample gradients over a batch ({@link FiniteSum}). */
    FINITE_SUM("a finite-sum structure", FiniteSum.class),
    /** Sample gradients as loss derivatives times rows ({@link GeneralizedLinearSum}). */
    GENERALIZED_LINEAR("a generalized linear finite-sum structure", GeneralizedLinearSum.class),
    /** A feasible set with projection and linear minimization oracle ({@link Constrained}). */
    FEASIBLE_SET("a feasible set", Constrained.class),
    /** A smooth part and a prox-friendly regularizer ({@link Composite}). */
    COMPOSITE("a smooth + prox split", Composite.class),
    /** Fisher-vector products ({@link FisherInformation}). */
    FISHER("Fisher-vector products", FisherInformation.class);

    private final String description;
    private final Class<? extends Objective> type;

    Capability(String description, Class<? extends Objective> type) {
        this.description = description;
        this.type = type;
    }

    /** A few words naming the capability, for error messages. */
    public String description() {
        return description;
    }

    /** Whether {@code objective} offers this capability. */
    public boolean isOfferedBy(Objective objective) {
        return type.isInstance(objective);
    }
}
