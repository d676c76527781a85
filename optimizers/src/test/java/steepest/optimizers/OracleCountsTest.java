package steepest.optimizers;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * What each oracle call returns and counts, and what the recorder's memo charges, on objectives
 * whose values are known in closed form: f(x) = ½Σcᵢxᵢ² − Σxᵢ (with c = 1, 2, 3, 4, so f(1, 1, 1, 1)
 * = 5 − 4 = 1), a composite ½‖x‖² + ‖x‖₁ and a Fisher product F = 2I.
 */
class OracleCountsTest {

    private final TestObjectives.Separable separable = new TestObjectives.Separable(1, 2, 3, 4);
    private final double[] ones = {1, 1, 1, 1};

    @Test
    void valuesAreTheObjectivesAndAreCountedOnce() {
        Oracle oracle = new Oracle(separable);
        assertEquals(1.0, oracle.value(ones));
        double[] g = new double[4];
        assertEquals(1.0, oracle.valueAndGradient(ones, g));
        assertArrayEquals(new double[] {0, 1, 2, 3}, g);
        assertEquals(2.0, oracle.evaluations().functions());
        assertEquals(1.0, oracle.gradientEvaluations());
    }

    /** The batch {0, 3}: the mean of 4·(½c₀ − 1) = −2 and 4·(½c₃ − 1) = 4, i.e. 1, with gradient 4·(cᵢ − 1)/2. */
    @Test
    void batchValueIsTheFiniteSumsBatchMean() {
        Oracle oracle = new Oracle(separable);
        double[] g = new double[4];
        assertEquals(1.0, oracle.batchValueAndGradient(ones, new int[] {0, 3}, 2, g));
        assertArrayEquals(new double[] {0, 0, 0, 6}, g);
        assertEquals(0.5, oracle.gradientEvaluations(), "b/n = 2/4");
    }

    /** Epochs are sample gradients over n for a finite sum, gradient evaluations otherwise. */
    @Test
    void epochsOfAnObjectiveThatIsNoFiniteSumAreItsGradientEvaluations() {
        Oracle oracle = new Oracle(new Square());
        double[] g = new double[1];
        oracle.valueAndGradient(new double[] {3}, g);
        oracle.valueAndGradient(new double[] {2}, g);
        assertEquals(0, oracle.sampleCount());
        assertEquals(2.0, oracle.epochs());
        Oracle sum = new Oracle(separable);
        sum.valueAndGradient(ones, new double[4]);
        sum.batchValueAndGradient(ones, new int[] {1, 2}, 2, new double[4]);
        assertEquals(1.5, sum.epochs(), "4 + 2 sample gradients of 4 samples");
    }

    @Test
    void capabilitiesAreThoseTheObjectiveImplements() {
        Oracle oracle = new Oracle(separable);
        assertTrue(oracle.offers(Capability.HESSIAN));
        assertTrue(oracle.offers(Capability.FINITE_SUM));
        assertFalse(oracle.offers(Capability.FISHER));
        assertFalse(new Oracle(new Square()).offers(Capability.HESSIAN));
    }

    @Test
    void fisherProductsCountAsHessianVectorProducts() {
        Oracle oracle = new Oracle(new Square());
        double[] out = new double[1];
        oracle.fisherVector(new double[] {1}, new double[] {3}, out);
        oracle.fisherVector(new double[] {1}, new double[] {3}, out);
        assertEquals(6.0, out[0], "F = 2");
        assertEquals(2, oracle.evaluations().hessianVectorProducts());
        assertEquals(0.0, oracle.evaluations().gradients());
    }

    /** At x = (1, −2): smooth part ½·5 = 2.5 with gradient x; F = 2.5 + 3 = 5.5. */
    @Test
    void smoothPartOfACompositeIsEvaluatedAndCountedAsAFunctionAndAGradient() {
        Oracle oracle = new Oracle(new Square());
        double[] x = {1, -2};
        Oracle composite = new Oracle(new HalfSquarePlusL1());
        assertEquals(2.5, composite.smoothValue(x));
        double[] g = new double[2];
        assertEquals(2.5, composite.smoothValueAndGradient(x, g));
        assertArrayEquals(x, g);
        Evaluations e = composite.evaluations();
        assertEquals(2.0, e.functions());
        assertEquals(1.0, e.gradients());
        assertEquals(0, e.sampleGradients(), "not a finite sum");
        assertEquals(3.0, composite.regularizer().value(x));
        assertEquals(Evaluations.NONE, oracle.evaluations());
    }

    /**
     * The memo answers one call at the observed point (its time then charged to the run) and only
     * that: a call elsewhere evaluates the objective, and the memo is gone afterwards.
     */
    @Test
    void memoServesOneCallAtTheObservedPointAndChargesItsTime() {
        Oracle oracle = new Oracle(separable);
        double[] x = {3, 0, 0, 0};
        double[] g = new double[4];
        assertEquals(1.5, oracle.observe(x, g), "½·1·9 − 3");
        oracle.setMemoNanos(123);
        assertEquals(1.0, oracle.value(ones), "another point is evaluated, not served from the memo");
        assertEquals(0, oracle.chargedNanos());
        assertEquals(1.5, oracle.value(x), "the memo was spent on the miss; evaluated afresh");
        oracle.observe(x, g);
        oracle.setMemoNanos(123);
        assertEquals(1.5, oracle.value(x));
        assertEquals(123, oracle.chargedNanos());
        oracle.observe(x, g);
        oracle.setMemoNanos(100);
        double[] served = new double[4];
        assertEquals(1.5, oracle.valueAndGradient(x, served));
        assertArrayEquals(new double[] {2, -1, -1, -1}, served);
        assertEquals(223, oracle.chargedNanos());
    }

    /** A composite that is also a finite sum of 4 samples: its smooth gradient counts 4 sample gradients. */
    @Test
    void smoothGradientOfACompositeFiniteSumCountsEverySample() {
        class CompositeSum extends HalfSquarePlusL1 implements FiniteSum {
            @Override
            public int size() {
                return 4;
            }

            @Override
            public double valueAndGradient(double[] x, int[] batch, int batchSize, double[] g) {
                return valueAndGradient(x, g);
            }
        }
        Oracle oracle = new Oracle(new CompositeSum());
        oracle.smoothValueAndGradient(new double[] {1, 2}, new double[2]);
        oracle.smoothValueAndGradient(new double[] {1, 2}, new double[2]);
        assertEquals(8, oracle.evaluations().sampleGradients());
        assertEquals(2.0, oracle.epochs());
    }

    @Test
    void viewIsTheObjectivesDimensionAndItsRegularizerIsPassedThrough() {
        HalfSquarePlusL1 f = new HalfSquarePlusL1();
        Oracle oracle = new Oracle(f);
        assertEquals(2, oracle.dimension());
        assertSame(f.regularizer, oracle.regularizer());
    }

    /** f(x) = Σxᵢ², with Fisher product 2v; of any dimension up to 2. */
    private static final class Square implements FisherInformation {
        @Override
        public int dimension() {
            return 2;
        }

        @Override
        public double valueAndGradient(double[] x, double[] g) {
            double f = 0;
            for (int i = 0; i < x.length; i++) {
                f += x[i] * x[i];
                g[i] = 2 * x[i];
            }
            return f;
        }

        @Override
        public double value(double[] x) {
            return valueAndGradient(x, new double[x.length]);
        }

        @Override
        public void fisherVector(double[] theta, double[] v, double[] out) {
            for (int i = 0; i < v.length; i++) {
                out[i] = 2 * v[i];
            }
        }
    }

    /** F(x) = ½‖x‖² + ‖x‖₁ in two dimensions. */
    private static class HalfSquarePlusL1 implements Composite {
        final Regularizer regularizer = new Regularizer() {
            @Override
            public double value(double[] x) {
                return Math.abs(x[0]) + Math.abs(x[1]);
            }

            @Override
            public void proxInPlace(double[] v, double step) {
                throw new UnsupportedOperationException();
            }
        };
        final Objective smooth = new Objective() {
            @Override
            public int dimension() {
                return 2;
            }

            @Override
            public double valueAndGradient(double[] x, double[] g) {
                g[0] = x[0];
                g[1] = x[1];
                return 0.5 * (x[0] * x[0] + x[1] * x[1]);
            }

            @Override
            public double value(double[] x) {
                return 0.5 * (x[0] * x[0] + x[1] * x[1]);
            }
        };

        @Override
        public int dimension() {
            return 2;
        }

        @Override
        public double valueAndGradient(double[] x, double[] g) {
            smooth.valueAndGradient(x, g);
            g[0] += Math.signum(x[0]);
            g[1] += Math.signum(x[1]);
            return value(x);
        }

        @Override
        public double value(double[] x) {
            return smooth.value(x) + regularizer.value(x);
        }

        @Override
        public Objective smoothPart() {
            return smooth;
        }

        @Override
        public Regularizer regularizer() {
            return regularizer;
        }
    }
}
