package steepest.optimizers;

import java.util.EnumSet;
import java.util.Set;

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
    FISHER("Fisher-vector products", FisherInformation.class),
    /** Residuals and their Jacobian, f = c·‖r‖² ({@link Residuals}). */
    RESIDUALS("residuals and their Jacobian (a sum of squares)", Residuals.class);

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

    /** The interface an objective implements to offer this capability. */
    public Class<? extends Objective> type() {
        return type;
    }

    /** Whether {@code objective} offers this capability. */
    public boolean isOfferedBy(Objective objective) {
        return type.isInstance(objective);
    }

    /** The capabilities of {@code required} that {@code objective} does not offer (empty when it offers all). */
    public static Set<Capability> missing(Set<Capability> required, Objective objective) {
        Set<Capability> missing = EnumSet.noneOf(Capability.class);
        for (Capability capability : required) {
            if (!capability.isOfferedBy(objective)) {
                missing.add(capability);
            }
        }
        return missing;
    }

    /**
     * The one message that refuses a pairing: "{@code optimizer} needs Hessians and a feasible set,
     * which {@code problem} does not offer".
     *
     * @param optimizer names the optimizer, e.g. {@code optimizer 'newton'}
     * @param problem   names the problem, e.g. {@code problem 'sphere:d=2'}
     * @param missing   what the problem lacks, non-empty
     */
    public static String refusal(String optimizer, String problem, Set<Capability> missing) {
        return optimizer + " needs " + String.join(" and ", missing.stream().map(Capability::description).toList())
                + ", which " + problem + " does not offer";
    }
}
