package steepest.optimizers.firstorder;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The branch-free sign agrees with Math.signum on every kind of double, the extremes included. */
class SignTest {

    @ParameterizedTest
    @ValueSource(doubles = {0.0, -0.0, Double.MIN_VALUE, -Double.MIN_VALUE, Double.MIN_NORMAL, 1e-300, -1e-200, 0.5,
        -1, 3, 1e300, -Double.MAX_VALUE, Double.MAX_VALUE, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY,
        Double.NaN})
    void agreesWithSignum(double v) {
        assertEquals(Math.signum(v), Sign.of(v), 0.0, "sign of " + v);
    }
}
