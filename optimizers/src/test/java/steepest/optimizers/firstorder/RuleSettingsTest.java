package steepest.optimizers.firstorder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every field of every update rule's settings record is checked in its compact constructor, with a
 * message that starts with the spec key, so that a wrong value built directly (not through the
 * catalog) fails as clearly as one from a spec. One case per field and kind of bad value.
 */
class RuleSettingsTest {

    private static final double NAN = Double.NaN;
    private static final double INF = Double.POSITIVE_INFINITY;

    static Stream<Arguments> badSettings() {
        return Stream.of(
                bad("lr must be > 0, got -1.0", () -> new Sgd(-1, 0, 0, false, 0)),
                bad("lr must be a finite number, got Infinity", () -> new Sgd(INF, 0, 0, false, 0)),
                bad("momentum must be >= 0, got NaN", () -> new Sgd(0.1, NAN, 0, false, 0)),
                bad("momentum must be a finite number, got Infinity", () -> new Sgd(0.1, INF, 0, false, 0)),
                bad("dampening must be a finite number, got NaN", () -> new Sgd(0.1, 0.9, NAN, false, 0)),
                bad("weight_decay must be >= 0, got -0.5", () -> new Sgd(0.1, 0, 0, false, -0.5)),
                bad("weight_decay must be a finite number, got Infinity", () -> new Sgd(0.1, 0, 0, false, INF)),
                bad("lr must be > 0, got 0.0", () -> new AdaGrad(0, 0, 0, 0, 1e-10)),
                bad("lr must be a finite number, got Infinity", () -> new AdaGrad(INF, 0, 0, 0, 1e-10)),
                bad("lr_decay must be >= 0, got -1.0", () -> new AdaGrad(0.1, -1, 0, 0, 1e-10)),
                bad("lr_decay must be a finite number, got Infinity", () -> new AdaGrad(0.1, INF, 0, 0, 1e-10)),
                bad("weight_decay must be >= 0, got -1.0", () -> new AdaGrad(0.1, 0, -1, 0, 1e-10)),
                bad("initial_accumulator_value must be >= 0, got -1.0", () -> new AdaGrad(0.1, 0, 0, -1, 1e-10)),
                bad("eps must be > 0, got 0.0", () -> new AdaGrad(0.1, 0, 0, 0, 0)),
                bad("eps must be a finite number, got Infinity", () -> new AdaGrad(0.1, 0, 0, 0, INF)),
                bad("lr must be > 0, got NaN", () -> new RmsProp(NAN, 0.99, 1e-8, 0, 0, false)),
                bad("alpha must be in [0.0, 1.0], got 1.5", () -> new RmsProp(0.01, 1.5, 1e-8, 0, 0, false)),
                bad("eps must be > 0, got -1.0", () -> new RmsProp(0.01, 0.99, -1, 0, 0, false)),
                bad("weight_decay must be >= 0, got -1.0", () -> new RmsProp(0.01, 0.99, 1e-8, -1, 0, false)),
                bad("momentum must be >= 0, got -1.0", () -> new RmsProp(0.01, 0.99, 1e-8, 0, -1, false)),
                bad("lr must be > 0, got -1.0", () -> new Adam(-1, 0.9, 0.999, 1e-8, 0, false)),
                bad("beta1 must be in [0.0, 1.0), got 1.0", () -> new Adam(1e-3, 1, 0.999, 1e-8, 0, false)),
                bad("beta2 must be in [0.0, 1.0), got 1.0", () -> new Adam(1e-3, 0.9, 1, 1e-8, 0, false)),
                bad("eps must be > 0, got 0.0", () -> new Adam(1e-3, 0.9, 0.999, 0, 0, false)),
                bad("weight_decay must be >= 0, got -1.0", () -> new Adam(1e-3, 0.9, 0.999, 1e-8, -1, false)),
                bad("lr must be > 0, got 0.0", () -> new AdamW(0, 0.9, 0.999, 1e-8, 0.01, false)),
                bad("beta1 must be in [0.0, 1.0), got -0.1", () -> new AdamW(1e-3, -0.1, 0.999, 1e-8, 0.01, false)),
                bad("beta2 must be in [0.0, 1.0), got 1.0", () -> new AdamW(1e-3, 0.9, 1, 1e-8, 0.01, false)),
                bad("eps must be > 0, got 0.0", () -> new AdamW(1e-3, 0.9, 0.999, 0, 0.01, false)),
                bad("weight_decay must be >= 0, got -1.0", () -> new AdamW(1e-3, 0.9, 0.999, 1e-8, -1, false)),
                bad("lr must be > 0, got 0.0", () -> new NAdam(0, 0.9, 0.999, 1e-8, 0, 4e-3)),
                bad("beta1 must be in [0.0, 1.0), got 1.0", () -> new NAdam(2e-3, 1, 0.999, 1e-8, 0, 4e-3)),
                bad("beta2 must be in [0.0, 1.0), got 1.0", () -> new NAdam(2e-3, 0.9, 1, 1e-8, 0, 4e-3)),
                bad("eps must be > 0, got 0.0", () -> new NAdam(2e-3, 0.9, 0.999, 0, 0, 4e-3)),
                bad("weight_decay must be >= 0, got -1.0", () -> new NAdam(2e-3, 0.9, 0.999, 1e-8, -1, 4e-3)),
                bad("momentum_decay must be >= 0, got -1.0", () -> new NAdam(2e-3, 0.9, 0.999, 1e-8, 0, -1)),
                bad("lr must be > 0, got 0.0", () -> new Adamax(0, 0.9, 0.999, 1e-8, 0)),
                bad("beta1 must be in [0.0, 1.0), got 1.0", () -> new Adamax(2e-3, 1, 0.999, 1e-8, 0)),
                bad("beta2 must be in [0.0, 1.0), got 1.0", () -> new Adamax(2e-3, 0.9, 1, 1e-8, 0)),
                bad("eps must be > 0, got 0.0", () -> new Adamax(2e-3, 0.9, 0.999, 0, 0)),
                bad("weight_decay must be >= 0, got -1.0", () -> new Adamax(2e-3, 0.9, 0.999, 1e-8, -1)),
                bad("lr must be > 0, got 0.0", () -> new AdaDelta(0, 0.9, 1e-6, 0)),
                bad("rho must be in [0.0, 1.0], got 2.0", () -> new AdaDelta(1, 2, 1e-6, 0)),
                bad("eps must be > 0, got 0.0", () -> new AdaDelta(1, 0.9, 0, 0)),
                bad("weight_decay must be >= 0, got -1.0", () -> new AdaDelta(1, 0.9, 1e-6, -1)),
                bad("clip_value must be > 0, got 0.0", () -> new Clipping.ByValue(0)),
                bad("clip_norm must be > 0, got -1.0", () -> new Clipping.ByNorm(-1)),
                bad("batch must be >= 1, got 0", () -> new MiniBatch(0, true)),
                bad("warmup must be >= 1, got 0", () -> new Schedule.Warmup(0, 0.5, Schedule.CONSTANT)),
                bad("lr must be > 0, got 0.0", () -> new RAdam(0, 0.9, 0.999, 1e-8, 0)),
                bad("beta1 must be in [0.0, 1.0), got 1.0", () -> new RAdam(1e-3, 1, 0.999, 1e-8, 0)),
                bad("beta2 must be in [0.0, 1.0), got -0.1", () -> new RAdam(1e-3, 0.9, -0.1, 1e-8, 0)),
                bad("eps must be > 0, got 0.0", () -> new RAdam(1e-3, 0.9, 0.999, 0, 0)),
                bad("weight_decay must be >= 0, got -1.0", () -> new RAdam(1e-3, 0.9, 0.999, 1e-8, -1)),
                bad("lr must be > 0, got -1.0", () -> new Rprop(-1, 0.5, 1.2, 1e-6, 50)),
                bad("eta_minus must be in (0, 1), got 1.0", () -> new Rprop(0.01, 1, 1.2, 1e-6, 50)),
                bad("eta_minus must be in (0, 1), got 0.0", () -> new Rprop(0.01, 0, 1.2, 1e-6, 50)),
                bad("eta_plus must be > 1, got 1.0", () -> new Rprop(0.01, 0.5, 1, 1e-6, 50)),
                bad("eta_plus must be a finite number, got Infinity", () -> new Rprop(0.01, 0.5, INF, 1e-6, 50)),
                bad("step_size_min must be >= 0, got -1.0", () -> new Rprop(0.01, 0.5, 1.2, -1, 50)),
                bad("step_size_max must be a finite number, got Infinity", () -> new Rprop(0.01, 0.5, 1.2, 1e-6, INF)),
                bad("step_size_max must be >= step_size_min, got 1.0 < 2.0", () -> new Rprop(0.01, 0.5, 1.2, 2, 1)),
                bad("lr must be > 0, got 0.0", () -> new Asgd(0, 1e-4, 0.75, 1e6, 0)),
                bad("lambd must be >= 0, got -1.0", () -> new Asgd(0.01, -1, 0.75, 1e6, 0)),
                bad("alpha must be >= 0, got -1.0", () -> new Asgd(0.01, 1e-4, -1, 1e6, 0)),
                bad("t0 must be >= 0, got -1.0", () -> new Asgd(0.01, 1e-4, 0.75, -1, 0)),
                bad("weight_decay must be >= 0, got -1.0", () -> new Asgd(0.01, 1e-4, 0.75, 1e6, -1)),
                bad("lr must be > 0, got 0.0", () -> new Lion(0, 0.9, 0.99, 0)),
                bad("beta1 must be in [0.0, 1.0), got 1.0", () -> new Lion(1e-4, 1, 0.99, 0)),
                bad("beta2 must be in [0.0, 1.0), got 1.0", () -> new Lion(1e-4, 0.9, 1, 0)),
                bad("weight_decay must be >= 0, got -1.0", () -> new Lion(1e-4, 0.9, 0.99, -1)),
                bad("lr must be > 0, got 0.0", () -> new Lamb(0, 0.9, 0.999, 1e-6, 0, 0)),
                bad("beta1 must be in [0.0, 1.0), got 1.0", () -> new Lamb(1e-3, 1, 0.999, 1e-6, 0, 0)),
                bad("beta2 must be in [0.0, 1.0), got 1.0", () -> new Lamb(1e-3, 0.9, 1, 1e-6, 0, 0)),
                bad("eps must be > 0, got 0.0", () -> new Lamb(1e-3, 0.9, 0.999, 0, 0, 0)),
                bad("eps_root must be >= 0, got -1.0", () -> new Lamb(1e-3, 0.9, 0.999, 1e-6, -1, 0)),
                bad("weight_decay must be >= 0, got -1.0", () -> new Lamb(1e-3, 0.9, 0.999, 1e-6, 0, -1)),
                bad("lr must be > 0, got 0.0", () -> new AdaBelief(0, 0.9, 0.999, 1e-16, 1e-16, 0)),
                bad("beta1 must be in [0.0, 1.0), got 1.0", () -> new AdaBelief(1e-3, 1, 0.999, 1e-16, 1e-16, 0)),
                bad("beta2 must be in [0.0, 1.0), got 1.0", () -> new AdaBelief(1e-3, 0.9, 1, 1e-16, 1e-16, 0)),
                bad("eps must be > 0, got 0.0", () -> new AdaBelief(1e-3, 0.9, 0.999, 0, 1e-16, 0)),
                bad("eps_root must be >= 0, got -1.0", () -> new AdaBelief(1e-3, 0.9, 0.999, 1e-16, -1, 0)),
                bad("weight_decay must be >= 0, got -1.0", () -> new AdaBelief(1e-3, 0.9, 0.999, 1e-16, 1e-16, -1)),
                bad("lr must be > 0, got 0.0", () -> new Yogi(0, 0.9, 0.999, 1e-3, 0, 1e-6)),
                bad("beta1 must be in [0.0, 1.0), got 1.0", () -> new Yogi(1e-2, 1, 0.999, 1e-3, 0, 1e-6)),
                bad("beta2 must be in [0.0, 1.0), got 1.0", () -> new Yogi(1e-2, 0.9, 1, 1e-3, 0, 1e-6)),
                bad("eps must be > 0, got 0.0", () -> new Yogi(1e-2, 0.9, 0.999, 0, 0, 1e-6)),
                bad("eps_root must be >= 0, got -1.0", () -> new Yogi(1e-2, 0.9, 0.999, 1e-3, -1, 1e-6)),
                bad("initial_accumulator_value must be > 0, got 0.0", () -> new Yogi(1e-2, 0.9, 0.999, 1e-3, 0, 0)),
                bad("initial_accumulator_value must be a finite number, got Infinity",
                        () -> new Yogi(1e-2, 0.9, 0.999, 1e-3, 0, INF)),
                bad("lr must be > 0, got 0.0", () -> new Adafactor(0, 128, 0.8, 0, true, 1, 0, 0, 1e-30, true)),
                bad("min_dim_size_to_factor must be >= 1, got 0",
                        () -> new Adafactor(1e-2, 0, 0.8, 0, true, 1, 0, 0, 1e-30, true)),
                bad("decay_rate must be >= 0, got -1.0", () -> new Adafactor(1e-2, 128, -1, 0, true, 1, 0, 0, 1e-30, true)),
                bad("decay_offset must be >= 0, got -1", () -> new Adafactor(1e-2, 128, 0.8, -1, true, 1, 0, 0, 1e-30, true)),
                bad("clipping_threshold must be >= 1 (inf: no clipping), got 0.5",
                        () -> new Adafactor(1e-2, 128, 0.8, 0, true, 0.5, 0, 0, 1e-30, true)),
                bad("momentum must be in [0.0, 1.0), got 1.0", () -> new Adafactor(1e-2, 128, 0.8, 0, true, 1, 1, 0, 1e-30, true)),
                bad("weight_decay_rate must be >= 0, got -1.0",
                        () -> new Adafactor(1e-2, 128, 0.8, 0, true, 1, 0, -1, 1e-30, true)),
                bad("eps must be > 0, got 0.0", () -> new Adafactor(1e-2, 128, 0.8, 0, true, 1, 0, 0, 0, true)),
                bad("momentum must be in [0.0, 1.0], got 1.5", () -> new ScheduleFree(Sgd.plain(1), 1.5, 0, 2, 0)),
                bad("weight_decay must be >= 0, got -1.0", () -> new ScheduleFree(Sgd.plain(1), 0.9, -1, 2, 0)),
                bad("r must be >= 0, got -1.0", () -> new ScheduleFree(Sgd.plain(1), 0.9, 0, -1, 0)),
                bad("weight_lr_power must be >= 0, got -1.0", () -> new ScheduleFree(Sgd.plain(1), 0.9, 0, 2, -1)));
    }

    private static Arguments bad(String message, Supplier<Object> settings) {
        return Arguments.of(message, settings);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badSettings")
    void badFieldIsRejectedNamingItsKey(String message, Supplier<Object> settings) {
        assertEquals(message, assertThrows(IllegalArgumentException.class, settings::get).getMessage());
    }

    /** The boundaries the records document are themselves valid. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("boundaries")
    void documentedBoundariesAreAccepted(String what, Supplier<Object> settings) {
        assertEquals(settings.get(), settings.get(), what);
    }

    static List<Arguments> boundaries() {
        return List.of(
                Arguments.of("momentum, weight decay 0", (Supplier<Object>) () -> new Sgd(0.1, 0, 0, false, 0)),
                Arguments.of("beta1 = beta2 = 0", (Supplier<Object>) () -> new Adam(0.1, 0, 0, 1e-8, 0, false)),
                Arguments.of("alpha in {0, 1}", (Supplier<Object>) () -> List.of(new RmsProp(0.1, 0, 1e-8, 0, 0, false),
                        new RmsProp(0.1, 1, 1e-8, 0, 0, false))),
                Arguments.of("rho in {0, 1}", (Supplier<Object>) () -> List.of(new AdaDelta(1, 0, 1e-6, 0),
                        new AdaDelta(1, 1, 1e-6, 0))),
                Arguments.of("rprop step_size_max = step_size_min", (Supplier<Object>) () -> new Rprop(0.01, 0.5, 1.2, 1e-3, 1e-3)));
    }
}
