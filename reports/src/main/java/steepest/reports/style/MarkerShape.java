package steepest.reports.style;

/**
 * A marker drawn on a series (a few per line, or at every point of a short series). {@link #STAR},
 * {@link #RING} and {@link #X} are reserved (a contour plot's optimum and start, a diverged run);
 * optimizers never get them.
 */
public enum MarkerShape {
    /** A filled disc. */
    CIRCLE,
    /** A filled square. */
    SQUARE,
    /** A filled diamond. */
    DIAMOND,
    /** A filled triangle pointing up. */
    TRIANGLE_UP,
    /** A filled triangle pointing down. */
    TRIANGLE_DOWN,
    /** A diagonal cross (×). */
    CROSS,
    /** An upright cross (+). */
    PLUS,
    /** A five-pointed star: a known optimum. */
    STAR,
    /** An open circle: where a trajectory starts. */
    RING,
    /** A thin stroked ×: a run that diverged. */
    X;

    /** The shapes optimizers and categories cycle through, in order. */
    public static final MarkerShape[] SERIES = {CIRCLE, SQUARE, DIAMOND, TRIANGLE_UP, TRIANGLE_DOWN, CROSS, PLUS};
}
