package steepest.problems.ml;

/**
 * A linear support vector machine with the hinge loss ({@code svm-hinge}), in the primal form of
 * Pegasos (Shalev-Shwartz, Singer, Srebro and Cotter, "Pegasos: primal estimated sub-gradient
 * solver for SVM", Math. Program. 127(1), 2011): with labels yᵢ ∈ {−1, +1},
 *
 * <pre>
 *   f(w) = (1/n) Σᵢ max(0, 1 − yᵢ⟨xᵢ, w⟩) + (λ/2)‖w‖²,
 *   g(w) = −(1/n) Σ_{yᵢ⟨xᵢ,w⟩ &lt; 1} yᵢxᵢ + λw ∈ ∂f(w).
 * </pre>
 *
 * f is convex and not differentiable where a margin equals 1; there the sample contributes 0, one
 * element of its subdifferential {−θyᵢxᵢ : θ ∈ [0, 1]}, as Pegasos does. λ &gt; 0 makes f
 * λ-strongly convex. No Hessian: it is the problem for subgradient methods.
 */
public final class HingeSvm extends LinearModel {

    /**
     * @param data   prepared data with targets in {−1, +1} ({@link TargetEncoding#BINARY_SIGNED})
     * @param lambda λ &gt;= 0 ({@code lambda})
     */
    public HingeSvm(PreparedData data, double lambda) {
        super(data, 1, lambda);
        requireSigned(trainTargets, "svm-hinge");
    }

    static void requireSigned(double[] targets, String model) {
        for (double y : targets) {
            if (y != -1 && y != 1) {
                throw new IllegalArgumentException(model + " needs targets in {-1, +1}, got " + y);
            }
        }
    }

    @Override
    protected double lossBlock(double[] z, double[] y, int count, double[] derivativesOut) {
        double sum = 0;
        for (int t = 0; t < count; t++) {
            double margin = 1 - y[t] * z[t];
            if (margin > 0) {
                sum += margin;
                derivativesOut[t] = -y[t];
            } else {
                derivativesOut[t] = 0.0;
            }
        }
        return sum;
    }
}
