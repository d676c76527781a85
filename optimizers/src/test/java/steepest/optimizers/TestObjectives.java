package steepest.optimizers;

/** Small objectives written independently of the problems module, for the optimizers' own tests. */
final class TestObjectives {

    private TestObjectives() {
    }

    /** f(x) = ½ Σ cᵢ xᵢ² − Σ xᵢ, minimizer 1/cᵢ; a finite sum over its coordinates' terms when asked. */
    static final class Separable implements TwiceDifferentiable, FiniteSum {
        final double[] curvature;

        Separable(double... curvature) {
            this.curvature = curvature.clone();
        }

        @Override
        public int dimension() {
            return curvature.length;
        }

        @Override
        public double valueAndGradient(double[] x, double[] g) {
            double f = 0;
            for (int i = 0; i < x.length; i++) {
                f += 0.5 * curvature[i] * x[i] * x[i] - x[i];
                g[i] = curvature[i] * x[i] - 1;
            }
            return f;
        }

        @Override
        public double value(double[] x) {
            return valueAndGradient(x, new double[x.length]);
        }

        @Override
        public void hessianVector(double[] x, double[] v, double[] out) {
            for (int i = 0; i < x.length; i++) {
                out[i] = curvature[i] * v[i];
            }
        }

        /** Samples are the n = dimension coordinate terms, each scaled by n so the mean is f. */
        @Override
        public int size() {
            return curvature.length;
        }

        @Override
        public double valueAndGradient(double[] x, int[] batch, int batchSize, double[] g) {
            java.util.Arrays.fill(g, 0);
            double f = 0;
            int n = size();
            for (int k = 0; k < batchSize; k++) {
                int i = batch[k];
                f += n * (0.5 * curvature[i] * x[i] * x[i] - x[i]) / batchSize;
                g[i] += n * (curvature[i] * x[i] - 1) / batchSize;
            }
            return f;
        }
    }
}
