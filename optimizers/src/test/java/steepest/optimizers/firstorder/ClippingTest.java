package steepest.optimizers.firstorder;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import steepest.optimizers.linalg.Vectors;

/** torch's clip_grad_value_ and clip_grad_norm_ semantics, including the 1e-6 in the coefficient. */
class ClippingTest {

    @Test
    void byValueClampsEachEntry() {
        double[] g = {-5, -1, 0, 0.5, 3};
        new Clipping.ByValue(1).clipInPlace(g);
        assertArrayEquals(new double[] {-1, -1, 0, 0.5, 1}, g);
    }

    @Test
    void byNormScalesByMaxNormOverNormPlusGuard() {
        double[] g = {3, 4};
        new Clipping.ByNorm(1).clipInPlace(g);
        double coefficient = 1 / (5 + 1e-6);
        assertArrayEquals(new double[] {3 * coefficient, 4 * coefficient}, g);
        assertEquals(5 / (5 + 1e-6), Vectors.norm2(g), 1e-15);
    }

    /** A gradient of norm exactly c is still scaled by c / (c + 10⁻⁶), as in torch. */
    @Test
    void byNormTouchesAGradientOfNormExactlyMaxNorm() {
        double[] g = {3, 4};
        new Clipping.ByNorm(5).clipInPlace(g);
        assertArrayEquals(new double[] {3 * (5 / (5 + 1e-6)), 4 * (5 / (5 + 1e-6))}, g);
        double[] small = {0.3, 0.4};
        new Clipping.ByNorm(5).clipInPlace(small);
        assertArrayEquals(new double[] {0.3, 0.4}, small);
    }

    @Test
    void valueThenNorm() {
        double[] g = {10, 0, 0, 0.5};
        new Clipping.ByValue(2).andThen(new Clipping.ByNorm(1)).clipInPlace(g);
        double norm = Math.sqrt(4 + 0.25);
        double coefficient = 1 / (norm + 1e-6);
        assertArrayEquals(new double[] {2 * coefficient, 0, 0, 0.5 * coefficient}, g);
    }
}
