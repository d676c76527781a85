package steepest.optimizers;

/**
 * An objective to be minimized over a feasible set: min_{x∈C} f(x). The standard start of a
 * constrained problem lies in C; projected-gradient and Frank-Wolfe methods keep every iterate in C.
 */
public interface Constrained extends Objective {

    /** The feasible set C. */
    FeasibleSet feasibleSet();
}
