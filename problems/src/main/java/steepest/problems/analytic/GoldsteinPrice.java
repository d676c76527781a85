package steepest.problems.analytic;

/**
 * The Goldstein–Price function f(x, y) = A·B on [−2, 2]² with
 * A = 1 + (x + y + 1)²(19 − 14x + 3x² − 14y + 6xy + 3y²) and
 * B = 30 + (2x − 3y)²(18 − 32x + 12x² + 48y − 36xy + 27y²). f* = 3 at (0, −1), with local minima
 * 30 at (−0.6, −0.4), 84 at (1.8, 0.2) and 840 at (1.2, 0.8). Standard start (1, 1), from which
 * descent methods usually stop at a local minimum. Goldstein and Price, "On descent from local
 * minima", Math. Comp. 25, 1971; Jamil and Yang (2013) no. 58.
 *
 * <p>Derivatives by the product rule: ∇f = B∇A + A∇B, ∇²f = B∇²A + A∇²B + ∇A∇Bᵀ + ∇B∇Aᵀ, where
 * A = 1 + p²q with p = x + y + 1, so ∇A = 2pq∇p + p²∇q, ∇²A = 2q∇p∇pᵀ + 2p(∇p∇qᵀ + ∇q∇pᵀ) + p²∇²q;
 * likewise B = 30 + s²t with s = 2x − 3y.
 */
public final class GoldsteinPrice implements AnalyticFunction {

    @Override
    public int dimension() {
        return 2;
    }

    @Override
    public double valueAndGradient(double[] x, double[] gradOut) {
        double u = x[0];
        double w = x[1];
        double p = u + w + 1;
        double q = 19 - 14 * u + 3 * u * u - 14 * w + 6 * u * w + 3 * w * w;
        double qxy = -14 + 6 * u + 6 * w;                   // ∂q/∂x = ∂q/∂y
        double a = 1 + p * p * q;
        double aSlope = 2 * p * q + p * p * qxy;             // ∂A/∂x = ∂A/∂y
        double s = 2 * u - 3 * w;
        double t = 18 - 32 * u + 12 * u * u + 48 * w - 36 * u * w + 27 * w * w;
        double b = 30 + s * s * t;
        double bx = 4 * s * t + s * s * (-32 + 24 * u - 36 * w);
        double by = -6 * s * t + s * s * (48 - 36 * u + 54 * w);
        gradOut[0] = b * aSlope + a * bx;
        gradOut[1] = b * aSlope + a * by;
        return a * b;
    }

    @Override
    public double value(double[] x) {
        double u = x[0];
        double w = x[1];
        double p = u + w + 1;
        double s = 2 * u - 3 * w;
        double a = 1 + p * p * (19 - 14 * u + 3 * u * u - 14 * w + 6 * u * w + 3 * w * w);
        double b = 30 + s * s * (18 - 32 * u + 12 * u * u + 48 * w - 36 * u * w + 27 * w * w);
        return a * b;
    }

    @Override
    public void hessianVector(double[] x, double[] v, double[] out) {
        double u = x[0];
        double w = x[1];
        double p = u + w + 1;
        double q = 19 - 14 * u + 3 * u * u - 14 * w + 6 * u * w + 3 * w * w;
        double qx = -14 + 6 * u + 6 * w;
        double qy = qx;
        double aVal = 1 + p * p * q;
        double ax = 2 * p * q + p * p * qx;
        double ay = 2 * p * q + p * p * qy;
        // ∇p = (1, 1), ∇²q = [[6, 6], [6, 6]]
        double axx = 2 * q + 4 * p * qx + 6 * p * p;
        double axy = 2 * q + 2 * p * (qy + qx) + 6 * p * p;
        double ayy = 2 * q + 4 * p * qy + 6 * p * p;
        double s = 2 * u - 3 * w;
        double t = 18 - 32 * u + 12 * u * u + 48 * w - 36 * u * w + 27 * w * w;
        double tx = -32 + 24 * u - 36 * w;
        double ty = 48 - 36 * u + 54 * w;
        double bVal = 30 + s * s * t;
        double bx = 4 * s * t + s * s * tx;
        double by = -6 * s * t + s * s * ty;
        // ∇s = (2, −3), ∇²t = [[24, −36], [−36, 54]]
        double bxx = 2 * t * 4 + 2 * s * (2 * tx + tx * 2) + s * s * 24;
        double bxy = 2 * t * -6 + 2 * s * (2 * ty - 3 * tx) + s * s * -36;
        double byy = 2 * t * 9 + 2 * s * (-3 * ty - 3 * ty) + s * s * 54;
        double hxx = bVal * axx + aVal * bxx + 2 * ax * bx;
        double hxy = bVal * axy + aVal * bxy + ax * by + ay * bx;
        double hyy = bVal * ayy + aVal * byy + 2 * ay * by;
        out[0] = hxx * v[0] + hxy * v[1];
        out[1] = hxy * v[0] + hyy * v[1];
    }

    @Override
    public double[] standardStart() {
        return new double[] {1, 1};
    }

    @Override
    public double optimalValue() {
        return 3;
    }

    @Override
    public double[] minimizer() {
        return new double[] {0, -1};
    }
}
