package steepest.problems.bbob;

/**
 * f3 (separable Rastrigin) and f15 (rotated Rastrigin): f(x) = 10 (n − Σᵢ cos 2πzᵢ) + ‖z‖² + f_opt
 * with z = B T_asy^0.2(T_osz(A(x − x_opt))); f3: A = I, B = Λ^10; f15: A = R, B = R Λ^10 Q.
 * Gradient by the chain rule in reverse: ∂f/∂z = 20π sin 2πz + 2z, then Bᵀ, T_asy', T_osz', Aᵀ.
 *
 * <p>f3 is continuously differentiable: T_osz's kink at uᵢ = 0 meets ∂f/∂zᵢ = 0 there, because
 * uᵢ = 0 gives zᵢ = 0 coordinate by coordinate. f15 is not: its zᵢ mix every coordinate of
 * T_osz(u), so f has kinks on the hyperplanes uᵢ = 0, where the subgradient uses T_osz'(0) = 1 (see
 * {@link Transforms#oscillate}). Hansen et al., INRIA RR-6829, f3, f15 (COCO: f_rastrigin.c).
 */
final class Rastrigin extends BbobObjective {

    private static final double TWO_PI = 2 * Math.PI;

    private final double[] optimum;
    private final Pipeline pipeline;
    private final double[] z;

    private Rastrigin(int function, int n, int instance, LinearMap inner, LinearMap outer) {
        super(n, LegacyRandom.optimalValue(function, instance));
        this.optimum = LegacyRandom.optimum(n, LegacyRandom.seed(function, instance));
        this.pipeline = Pipeline.oscillatedAsymmetric(optimum, inner, 0.2, outer);
        this.z = new double[n];
    }

    /** f3. */
    static Rastrigin separable(int n, int instance) {
        return new Rastrigin(3, n, instance, new LinearMap.Identity(),
                new LinearMap.Diagonal(Transforms.conditioning(10, n)));
    }

    /** f15. */
    static Rastrigin rotated(int n, int instance) {
        long seed = LegacyRandom.seed(15, instance);
        double[][] r = LegacyRandom.rotation(n, seed + 1000000);
        double[][] q = LegacyRandom.rotation(n, seed);
        return new Rastrigin(15, n, instance, new LinearMap.Dense(r),
                LinearMap.Dense.product(r, Transforms.conditioning(10, n), q));
    }

    @Override
    double evaluate(double[] x, double[] gradOut) {
        boolean gradient = gradOut != null;
        pipeline.forward(x, z, gradient);
        double cosines = 0;
        double squares = 0;
        for (int i = 0; i < n; i++) {
            cosines += Math.cos(TWO_PI * z[i]);
            squares += z[i] * z[i];
        }
        if (Double.isInfinite(squares)) {
            // cos(±∞) is NaN; COCO returns the infinite sum of squares.
            if (gradient) {
                java.util.Arrays.fill(gradOut, Double.NaN);
            }
            return squares;
        }
        if (gradient) {
            for (int i = 0; i < n; i++) {
                z[i] = 10 * TWO_PI * Math.sin(TWO_PI * z[i]) + 2 * z[i];
            }
            pipeline.backward(z, gradOut);
        }
        return 10 * (n - cosines) + squares + optimalValue;
    }

    @Override
    double[] minimizer() {
        return optimum.clone();
    }
}
