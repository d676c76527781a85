package steepest.reports.style;

/**
 * A marker drawn on a series (a few per line, or at every point of a short series). {@link #STAR},
 * {@link #RING}, {@link #X}, {@link #ARROW_UP}, {@link #ARROW_DOWN} and {@link #BAR} are reserved (a
 * contour plot's optimum and start, a diverged run, a value beyond the top or the bottom of a log
 * axis, where a curve's data end); optimizers never get them.
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
    X,
    /** A stroked arrow pointing up: a value above the axis (a target never reached), drawn at the top. */
    ARROW_UP,
    /** A stroked arrow pointing down: a value the log axis cannot show (0), drawn at the bottom. */
    ARROW_DOWN,
    /** A short vertical bar: where a curve's data end (the budget). */
    BAR;

    /** The shapes optimizers and categories cycle through, in order. */
    public static final MarkerShape[] SERIES = {CIRCLE, SQUARE, DIAMOND, TRIANGLE_UP, TRIANGLE_DOWN, CROSS, PLUS};
}
