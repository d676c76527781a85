package steepest.problems.mgh;

/**
 * MGH problem 19, Osborne 2: n = 11, m = 65,
 * rᵢ = yᵢ − (x₁e^(−tᵢx₅) + x₂e^(−(tᵢ−x₉)²x₆) + x₃e^(−(tᵢ−x₁₀)²x₇) + x₄e^(−(tᵢ−x₁₁)²x₈)) with
 * tᵢ = (i − 1)/10 and the paper's data y; x0 = (1.3, 0.65, 0.65, 0.7, 0.6, 3, 5, 7, 2, 4.5, 5.5).
 * f* = 4.01377...·10⁻² (stated to full precision). Osborne (1972), as for problem 17.
 */
public final class Osborne2 extends MghFunction {

    private static final double[] Y = {1.366, 1.191, 1.112, 1.013, 0.991, 0.885, 0.831, 0.847, 0.786, 0.725,
        0.746, 0.679, 0.608, 0.655, 0.616, 0.606, 0.602, 0.626, 0.651, 0.724, 0.649, 0.649, 0.694, 0.644, 0.624,
        0.661, 0.612, 0.558, 0.533, 0.495, 0.500, 0.423, 0.395, 0.375, 0.372, 0.391, 0.396, 0.405, 0.428, 0.429,
        0.523, 0.562, 0.607, 0.653, 0.672, 0.708, 0.633, 0.668, 0.645, 0.632, 0.591, 0.559, 0.597, 0.625, 0.739,
        0.710, 0.729, 0.720, 0.636, 0.581, 0.428, 0.292, 0.162, 0.098, 0.054};

    /** The only instance shape: n = 11, m = 65. */
    public Osborne2() {
        super(11, 65);
    }

    @Override
    protected double residual(int i, double[] x, double[] gradient, double[] direction, double[] curvature) {
        double t = i / 10.0;
        double a = Math.exp(-t * x[4]);
        double model = x[0] * a;
        if (gradient != null) {
            gradient[0] = -a;
            gradient[4] = t * x[0] * a;
        }
        if (curvature != null) {
            curvature[0] = t * a * direction[4];
            curvature[4] = t * a * direction[0] - t * t * x[0] * a * direction[4];
        }
        // three Gaussian bumps: amplitude x[1 + k], width x[5 + k], centre x[8 + k]; r = y − model, ∇²r = −∇²model
        for (int k = 0; k < 3; k++) {
            int amp = 1 + k;
            int width = 5 + k;
            int centre = 8 + k;
            double d = t - x[centre];
            double w = x[width];
            double q = Math.exp(-d * d * w);
            model += x[amp] * q;
            if (gradient != null) {
                gradient[amp] = -q;
                gradient[width] = x[amp] * d * d * q;
                gradient[centre] = -2 * x[amp] * w * d * q;
            }
            if (curvature != null) {
                double mAW = -d * d * q;
                double mAC = 2 * d * w * q;
                double mWW = d * d * d * d * x[amp] * q;
                double mWC = 2 * x[amp] * d * q * (1 - d * d * w);
                double mCC = 2 * x[amp] * w * q * (2 * d * d * w - 1);
                double va = direction[amp];
                double vw = direction[width];
                double vc = direction[centre];
                curvature[amp] = -(mAW * vw + mAC * vc);
                curvature[width] = -(mAW * va + mWW * vw + mWC * vc);
                curvature[centre] = -(mAC * va + mWC * vw + mCC * vc);
            }
        }
        return Y[i] - model;
    }

    @Override
    public double[] standardStart() {
        return new double[] {1.3, 0.65, 0.65, 0.7, 0.6, 3, 5, 7, 2, 4.5, 5.5};
    }

    @Override
    public Optimum optimum() {
        return Optimum.at(0.040137736293547735, 1.3099771546273007, 0.43155379460298887, 0.633661698960724,
                0.5994305347859162, 0.7541832263280113, 0.904288579859634, 1.3658118352370276, 4.823698817227158,
                2.3986848661317546, 4.568874597667672, 5.6753414705806415);
    }
}
