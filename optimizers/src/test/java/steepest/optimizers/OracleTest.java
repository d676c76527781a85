package steepest.optimizers;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class OracleTest {

    private final TestObjectives.Separable f = new TestObjectives.Separable(1, 2, 3, 4);

    @Test
    void countsEachKindOfCallSeparately() {
        Oracle oracle = new Oracle(f);
        double[] x = {1, 1, 1, 1};
        double[] g = new double[4];
        oracle.value(x);
        oracle.valueAndGradient(x, g);
        oracle.valueAndGradient(x, g);
        oracle.hessianVector(x, x, g);
        oracle.hessian(x, new double[4][4]);
        Evaluations e = oracle.evaluations();
        assertEquals(3, e.functions());
        assertEquals(2, e.gradients());
        assertEquals(1, e.hessianVectorProducts());
        assertEquals(1, e.hessians());
        assertEquals(8, e.sampleGradients(), "two full gradients of a 4-sample finite sum");
        assertEquals(2.0, e.epochs(4));
    }

    @Test
    void miniBatchCountsAFractionOfAGradient() {
        Oracle oracle = new Oracle(f);
        double[] g = new double[4];
        oracle.batchValueAndGradient(new double[4], new int[] {0, 3, 1}, 2, g);
        Evaluations e = oracle.evaluations();
        assertEquals(0.5, e.gradients(), "b/n = 2/4");
        assertEquals(0.5, e.functions());
        assertEquals(2, e.sampleGradients());
        assertEquals(0.5, oracle.epochs());
    }

    @Test
    void observationIsUncountedAndItsMemoIsCountedWhenUsed() {
        Oracle oracle = new Oracle(f);
        double[] x = {0.5, 0.25, 2, -1};
        double[] observed = new double[4];
        double fx = oracle.observe(x, observed);
        assertEquals(Evaluations.NONE, oracle.evaluations());
        double[] g = new double[4];
        assertEquals(fx, oracle.valueAndGradient(x, g));
        assertArrayEquals(observed, g);
        assertEquals(1, oracle.evaluations().gradients());
        double[] elsewhere = {0, 0, 0, 0};
        assertEquals(f.value(elsewhere), oracle.value(elsewhere));
        assertEquals(2, oracle.evaluations().functions());
    }

    @Test
    void missingCapabilityIsNamed() {
        Objective plain = new Objective() {
            @Override
            public int dimension() {
                return 1;
            }

            @Override
            public double valueAndGradient(double[] x, double[] g) {
                g[0] = 2 * x[0];
                return x[0] * x[0];
            }

            @Override
            public double value(double[] x) {
                return x[0] * x[0];
            }
        };
        Oracle oracle = new Oracle(plain);
        UnsupportedOperationException e = assertThrows(UnsupportedOperationException.class,
                () -> oracle.hessianVector(new double[1], new double[1], new double[1]));
        assertEquals("the objective does not offer Hessians", e.getMessage());
    }
}
