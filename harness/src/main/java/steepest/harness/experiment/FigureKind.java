package steepest.harness.experiment;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** The kinds of figure a report draws; {@link #token()} names them in an experiment's {@code report} section. */
public enum FigureKind {
    /** f − f* (or f) against iterations, evaluations, epochs or time, per problem. */
    CONVERGENCE,
    /** A method's own optimality certificate (the Frank-Wolfe gap) against iterations. */
    CERTIFICATE,
    /** Level sets of a 2-D problem with the recorded paths. */
    CONTOUR,
    /** Performance and data profiles over the problems. */
    PROFILES,
    /** The final gap against a swept hyperparameter. */
    SENSITIVITY,
    /** Evaluations and time to reach the target, as bars. */
    TIME_TO_TARGET,
    /** The cost to the target against a problem parameter (dimension, condition number). */
    SCALING,
    /** Success rates at the target with Wilson intervals. */
    SUCCESS,
    /** Per-layer gradient norms of layered models. */
    LAYERS,
    /** Gradient-based against permutation feature importance. */
    IMPORTANCE,
    /** Runtime ECDFs over (problem, target, seed) triples per problem group, with the virtual best. */
    ECDF,
    /** The critical-difference diagram of Friedman's test and Nemenyi's over the problems. */
    CRITICAL_DIFFERENCE;

    /** The lowercase token, e.g. {@code time_to_target}. */
    public String token() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Every token, in declaration order. */
    public static List<String> tokens() {
        return Arrays.stream(values()).map(FigureKind::token).toList();
    }

    /** The kind whose token is {@code token} (a valid one: callers check against {@link #tokens()}). */
    public static FigureKind ofToken(String token) {
        return valueOf(token.toUpperCase(Locale.ROOT));
    }
}
