package steepest.optimizers.cg;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;
import steepest.optimizers.Oracle;
import steepest.optimizers.descent.DirectionRule;
import steepest.optimizers.testing.Quadratic;

/** The CG directions against the β formulas written out by hand (Hager and Zhang, 2006, Table 1). */
class NonlinearConjugateGradientTest {

    private static final double[] G = {1.0, -2.0, 0.5, 3.0};
    private static final double[] D = {-1.5, 2.5, 0.0, -2.0};
    private static final double[] G_NEW = {0.4, 0.5, 0.6, 0.1};

    @ParameterizedTest
    @EnumSource(Beta.class)
    void directionIsMinusGradientPlusBetaTimesThePreviousDirection(Beta beta) {
        // g⁺ᵀg = 0: no Powell restart
        DirectionRule.State state = new NonlinearConjugateGradient(beta).start(new Oracle(Quadratic.logSpaced(4, 10)));
        double[] d = new double[4];
        state.direction(new double[4], 0, G, d);
        assertArrayEquals(new double[] {-1, 2, -0.5, -3}, d, "the first direction is −g");
        state.accept(new double[4], G, new double[4], G_NEW, 1.0, D);
        state.direction(new double[4], 0, G_NEW, d);
        double expected = expectedBeta(beta);
        for (int i = 0; i < 4; i++) {
            assertEquals(-G_NEW[i] + expected * D[i], d[i], 1e-14, beta + " coordinate " + i);
        }
    }

    @Test
    void powellsTestRestartsWhenConsecutiveGradientsAreFarFromOrthogonal() {
        DirectionRule.State state = new NonlinearConjugateGradient(Beta.PR_PLUS).start(new Oracle(Quadratic.logSpaced(4, 10)));
        double[] d = new double[4];
        state.direction(new double[4], 0, G, d);
        double[] parallel = {0.5, -1.0, 0.25, 1.5};
        state.accept(new double[4], G, new double[4], parallel, 1.0, D);
        state.direction(new double[4], 0, parallel, d);
        assertArrayEquals(new double[] {-0.5, 1.0, -0.25, -1.5}, d, "|g⁺ᵀg| = 2‖g⁺‖² >= 0.2‖g⁺‖²: restart");
    }

    @Test
    void withoutPowellsTestTheDirectionRestartsEverySixNIterations() {
        // consecutive gradients alternate between G and G_NEW, which are orthogonal, and FR's β > 0
        DirectionRule.State state = new NonlinearConjugateGradient(Beta.FR).start(new Oracle(Quadratic.logSpaced(4, 10)));
        double[] d = new double[4];
        double[][] gradients = {G, G_NEW};
        int restartAfter = NonlinearConjugateGradient.RESTART_FACTOR * 4;
        for (int k = 1; k <= restartAfter; k++) {
            double[] g = gradients[(k - 1) % 2];
            double[] next = gradients[k % 2];
            state.direction(new double[4], 0, g, d);
            state.accept(new double[4], g, new double[4], next, 1.0, d.clone());
            state.direction(new double[4], 0, next, d);
            boolean steepest = true;
            for (int i = 0; i < 4; i++) {
                steepest &= d[i] == -next[i];
            }
            assertEquals(k == restartAfter, steepest, "after " + k + " iterations");
        }
    }

    @Test
    void unknownBetaIsRejectedListingTheChoices() {
        assertEquals("beta='dy' is not one of fr, pr+, hs, hz",
                assertThrows(IllegalArgumentException.class, () -> Beta.of("dy")).getMessage());
    }

    private static double expectedBeta(Beta beta) {
        double[] y = new double[4];
        for (int i = 0; i < 4; i++) {
            y[i] = G_NEW[i] - G[i];
        }
        double gg = dot(G, G);
        double dy = dot(D, y);
        return switch (beta) {
            case FR -> dot(G_NEW, G_NEW) / gg;
            case PR_PLUS -> Math.max(0, dot(G_NEW, y) / gg);
            case HS -> dot(G_NEW, y) / dy;
            case HZ -> {
                double[] v = new double[4];
                for (int i = 0; i < 4; i++) {
                    v[i] = y[i] - 2 * D[i] * dot(y, y) / dy;
                }
                double eta = -1 / (Math.sqrt(dot(D, D)) * Math.min(0.01, Math.sqrt(gg)));
                yield Math.max(dot(v, G_NEW) / dy, eta);
            }
        };
    }

    private static double dot(double[] a, double[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }
}
