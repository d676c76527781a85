package steepest.optimizers.linesearch;

import steepest.optimizers.Oracle;
import steepest.optimizers.linalg.Vectors;

/**
 * The restriction of f to a ray, φ(α) = f(x + α·d) with φ'(α) = ∇f(x + α·d)ᵀd, evaluated through
 * the run's {@link Oracle} (every trial counts one function and one gradient evaluation). It owns
 * the trial point x + α·d and its gradient, so after a search the accepted point, its value and its
 * gradient are read here without another evaluation.
 *
 * <p>For a sum of squares f = c·‖r‖² a line function {@linkplain #ofResiduals made from the
 * residuals} evaluates r alone at each trial (one function evaluation; Gauss–Newton has the slope
 * φ'(0) from its Jacobian): φ(α) = c·‖r(x + α·d)‖², the slope is unknown (NaN) and the trial's
 * residuals are kept instead of a gradient. Searches that test values only ({@link Armijo}) run on
 * it unchanged.
 *
 * <p>A trial whose value or slope is not finite reads as φ = +∞ (a step too long), so searches
 * back off from overflow and NaN instead of failing. One instance per run; the buffers are
 * allocated in the constructor. Not thread-safe.
 */
public final class LineFunction {

    private final Oracle oracle;
    private final double[] residuals;
    private final double squaresScale;
    private double[] point;
    private double[] gradient;
    private double[] origin;
    private double[] direction;
    private double value0;
    private double slope0;
    private double step;
    private double value;
    private double slope;
    private boolean moved;
    private int evaluations;

    /** A line function over the oracle's objective, with buffers of its dimension. */
    public LineFunction(Oracle oracle) {
        this(oracle, null, Double.NaN);
    }

    private LineFunction(Oracle oracle, double[] residuals, double squaresScale) {
        this.oracle = oracle;
        this.point = new double[oracle.dimension()];
        this.gradient = residuals == null ? new double[oracle.dimension()] : null;
        this.residuals = residuals;
        this.squaresScale = squaresScale;
    }

    /**
     * A line function over a sum of squares that evaluates only the residuals at each trial (see
     * the class comment).
     *
     * @throws UnsupportedOperationException if the objective has no residuals
     */
    public static LineFunction ofResiduals(Oracle oracle) {
        return new LineFunction(oracle, new double[oracle.residualCount()], oracle.squaresScale());
    }

    /**
     * Aims at the ray from x along d, with φ(0) and φ'(0) already known.
     *
     * @param x      the origin. Not modified; kept by reference until the next aim.
     * @param value  f(x)
     * @param d      the direction. Not modified; kept by reference until the next aim.
     * @param slope  φ'(0) = ∇f(x)ᵀd
     */
    public void aim(double[] x, double value, double[] d, double slope) {
        this.origin = x;
        this.direction = d;
        this.value0 = value;
        this.slope0 = slope;
        this.step = 0;
        this.value = value;
        this.slope = slope;
        this.evaluations = 0;
    }

    /**
     * Evaluates φ(α) and φ'(α) at x + α·d, counted by the oracle.
     *
     * @return φ(α), or +∞ when the value or the slope is not finite
     */
    public double evaluate(double alpha) {
        boolean changed = false;
        for (int i = 0; i < point.length; i++) {
            double xi = origin[i] + alpha * direction[i];
            changed |= xi != origin[i];
            point[i] = xi;
        }
        double f;
        double s;
        if (residuals == null) {
            f = oracle.valueAndGradient(point, gradient);
            s = Vectors.dot(gradient, direction);
        } else {
            oracle.residuals(point, residuals);
            f = squaresScale * Vectors.dot(residuals, residuals);
            s = 0;
        }
        evaluations++;
        step = alpha;
        moved = changed;
        boolean finite = Double.isFinite(f) && Double.isFinite(s);
        value = finite ? f : Double.POSITIVE_INFINITY;
        slope = finite && residuals == null ? s : Double.NaN;
        return value;
    }

    /**
     * Whether the steps a and b give the same point, x + a·d = x + b·d in every coordinate after
     * rounding, so that evaluating at one tells nothing new about the other. Evaluates nothing.
     */
    public boolean samePoint(double a, double b) {
        for (int i = 0; i < origin.length; i++) {
            if (origin[i] + a * direction[i] != origin[i] + b * direction[i]) {
                return false;
            }
        }
        return true;
    }

    /** φ(0) = f(x). */
    public double value0() {
        return value0;
    }

    /** φ'(0) = ∇f(x)ᵀd, negative for a descent direction. */
    public double slope0() {
        return slope0;
    }

    /** The step α of the last evaluation (0 before any). */
    public double step() {
        return step;
    }

    /** φ at the last evaluation (+∞ if not finite). */
    public double value() {
        return value;
    }

    /** φ' at the last evaluation (NaN if the value was not finite). */
    public double slope() {
        return slope;
    }

    /** Whether the last trial point differs from x in some coordinate (else α·d is below rounding). */
    public boolean moved() {
        return moved;
    }

    /** Evaluations since the last {@link #aim}. */
    public int evaluations() {
        return evaluations;
    }

    /** The last trial point x + α·d: a read-only view, valid until the next evaluation. */
    public double[] point() {
        return point;
    }

    /** r at the last trial point of a line function {@linkplain #ofResiduals over residuals}: a read-only view. */
    public double[] residuals() {
        return residuals;
    }

    /** ∇f at the last trial point (null over residuals): a read-only view, valid until the next evaluation. */
    public double[] gradient() {
        return gradient;
    }

    /**
     * Makes these arrays the buffers of later trial points and their gradients, replacing the
     * current ones, which the caller may then keep: read {@link #point()} and {@link #gradient()},
     * hand over the arrays of the previous iterate, and the accepted point is taken without a copy.
     * Call {@link #aim} before the next evaluation.
     *
     * @param pointBuffer    of the dimension's length; overwritten by later evaluations
     * @param gradientBuffer of the dimension's length; overwritten by later evaluations
     */
    public void useBuffers(double[] pointBuffer, double[] gradientBuffer) {
        point = pointBuffer;
        gradient = gradientBuffer;
    }
}
