package steepest.optimizers.firstorder;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import steepest.optimizers.Driver;
import steepest.optimizers.Objective;
import steepest.optimizers.BuiltinOptimizers;
import steepest.optimizers.RecordSchedule;
import steepest.optimizers.StoppingRules;
import steepest.optimizers.spec.CatalogEntry;
import steepest.optimizers.spec.Key;
import steepest.optimizers.spec.SpecException;

/** The spec surface of the first-order family: defaults, composition, and bad input named by key. */
class FirstOrderCatalogTest {

    static final List<String> RULES = List.of("sgd", "adagrad", "rmsprop", "adam", "adamw", "nadam", "adamax",
            "adadelta");

    static Map<String, String> defaults(String rule) {
        CatalogEntry<?> entry = BuiltinOptimizers.asCatalog().entries().stream().filter(e -> e.name().equals(rule))
                .findFirst().orElseThrow();
        return entry.keys().stream().collect(Collectors.toMap(Key::name, k -> String.valueOf(k.defaultValue())));
    }

    /** torch 1.13's defaults, read from its constructors (sgd's lr is torch 2's; 1.13 has none). */
    @ParameterizedTest(name = "{0}.{1} = {2}")
    @CsvSource({"sgd,lr,0.001", "sgd,momentum,0", "sgd,dampening,0", "sgd,nesterov,false",
        "adagrad,lr,0.01", "adagrad,lr_decay,0", "adagrad,initial_accumulator_value,0", "adagrad,eps,1.0E-10",
        "rmsprop,lr,0.01", "rmsprop,alpha,0.99", "rmsprop,eps,1.0E-8", "rmsprop,momentum,0", "rmsprop,centered,false",
        "adam,lr,0.001", "adam,beta1,0.9", "adam,beta2,0.999", "adam,eps,1.0E-8", "adam,weight_decay,0",
        "adam,amsgrad,false", "adamw,weight_decay,0.01", "nadam,lr,0.002", "nadam,momentum_decay,0.004",
        "adamax,lr,0.002", "adadelta,lr,1", "adadelta,rho,0.9", "adadelta,eps,1.0E-6"})
    void defaultsAreTorchs(String rule, String key, String value) {
        assertEquals(value, defaults(rule).get(key));
    }

    /** Only plain, full-batch, constant-step, unclipped descent reports a constant step. */
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = ';', value = {"gd:lr=0.005; 0.005", "sgd:lr=0.1; 0.1", "sgd:lr=0.1,momentum=0.9; none",
        "sgd:lr=0.1,weight_decay=1e-4; none", "sgd:lr=0.1,batch=8; none", "sgd:lr=0.1,schedule=exponential; none",
        "sgd:lr=0.1,warmup=10; none", "sgd:lr=0.1,clip_norm=1; none", "adam:lr=0.1; none", "adagrad:lr=0.1; none"})
    void constantStepIsThatOfPlainGradientDescentOnly(String spec, String expected) {
        GradientMethod method = (GradientMethod) BuiltinOptimizers.asCatalog().create(spec);
        assertEquals(expected, method.constantStep().isPresent() ? Double.toString(method.constantStep().getAsDouble())
                : "none");
    }

    @Test
    void everyRuleTakesTheSharedKeysOnce() {
        for (String rule : RULES) {
            Map<String, String> keys = defaults(rule);
            for (String shared : List.of("batch", "replacement", "schedule", "step_size", "gamma", "t_max", "eta_min",
                    "power", "offset", "warmup", "warmup_start", "clip_value", "clip_norm")) {
                assertTrue(keys.containsKey(shared), rule + " lacks " + shared);
            }
            assertInstanceOf(GradientMethod.class, BuiltinOptimizers.asCatalog().create(rule));
        }
    }

    @Test
    void sharedKeysComposeSamplingScheduleAndClipping() {
        GradientMethod method = (GradientMethod) BuiltinOptimizers.asCatalog().create(
                "adam:lr=0.01,batch=8,replacement=true,schedule=cosine,t_max=100,eta_min=0.001,warmup=10,clip_norm=1");
        assertEquals(new MiniBatch(8, true), method.sampling());
        assertEquals(new Schedule.Warmup(10, 1.0 / 3, new Schedule.Cosine(100, 0.001)), method.schedule());
        assertEquals(new Clipping.ByNorm(1), method.clipping());
        assertEquals(new Adam(0.01, 0.9, 0.999, 1e-8, 0, false), method.rule());
        GradientMethod plain = (GradientMethod) BuiltinOptimizers.asCatalog().create("sgd");
        assertEquals(new FullBatch(), plain.sampling());
        assertEquals(Schedule.CONSTANT, plain.schedule());
        assertEquals(Clipping.NONE, plain.clipping());
    }

    /** The canonical spec (every key spelled out, for manifests) builds the same optimizer. */
    @ParameterizedTest
    @ValueSource(strings = {"adam:lr=0.01,schedule=step,step_size=5", "sgd:momentum=0.9,batch=4", "rmsprop",
        "adamw:warmup=3,warmup_start=0.5"})
    void canonicalSpecReplays(String spec) {
        String canonical = BuiltinOptimizers.asCatalog().canonical(spec);
        assertEquals(BuiltinOptimizers.asCatalog().create(spec), BuiltinOptimizers.asCatalog().create(canonical));
    }

    /** Every rule, with a zero gradient and no weight decay, leaves x exactly where it was. */
    @ParameterizedTest
    @ValueSource(strings = {"gd:lr=0.1", "sgd:lr=0.1", "sgd:lr=0.1,momentum=0.9,nesterov=true", "adagrad", "rmsprop",
        "rmsprop:centered=true,momentum=0.5", "adam", "adam:amsgrad=true", "adamw:weight_decay=0", "nadam", "adamax",
        "adadelta"})
    void zeroGradientMovesNothing(String spec) {
        Objective flat = new Objective() {
            @Override
            public int dimension() {
                return 3;
            }

            @Override
            public double valueAndGradient(double[] x, double[] g) {
                java.util.Arrays.fill(g, 0);
                return 1;
            }

            @Override
            public double value(double[] x) {
                return 1;
            }
        };
        double[] x0 = {0.25, -3, 1e-300};
        double[] last = Driver.run(BuiltinOptimizers.asCatalog().create(spec), flat, x0, new SplittableRandom(0),
                StoppingRules.iterations(20), RecordSchedule.endsOnly(), (r, x) -> { }).x();
        assertArrayEquals(x0, last);
    }

    /** Bad input fails with one message naming the rule and the key. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "adam:lr=-1|optimizer 'adam': lr must be > 0",
        "sgd:lr=0|optimizer 'sgd': lr must be > 0",
        "adam:beta1=1|optimizer 'adam': beta1 must be in [0.0, 1.0)",
        "adamw:beta2=-0.1|optimizer 'adamw': beta2 must be in [0.0, 1.0)",
        "nadam:beta1=1.5|optimizer 'nadam': beta1",
        "adamax:beta2=1|optimizer 'adamax': beta2",
        "adam:eps=0|optimizer 'adam': eps must be > 0",
        "adagrad:eps=-1e-10|optimizer 'adagrad': eps must be > 0",
        "rmsprop:eps=0|optimizer 'rmsprop': eps",
        "adadelta:eps=0|optimizer 'adadelta': eps",
        "sgd:nesterov=true|optimizer 'sgd': nesterov=true requires momentum > 0 and dampening = 0",
        "sgd:momentum=0.9,dampening=0.1,nesterov=true|optimizer 'sgd': nesterov=true requires",
        "sgd:momentum=-0.5|optimizer 'sgd': momentum must be >= 0",
        "adagrad:lr_decay=-1|optimizer 'adagrad': lr_decay must be >= 0",
        "adagrad:initial_accumulator_value=-1|optimizer 'adagrad': initial_accumulator_value",
        "rmsprop:alpha=1.5|optimizer 'rmsprop': alpha must be in [0.0, 1.0]",
        "adadelta:rho=2|optimizer 'adadelta': rho",
        "nadam:momentum_decay=-1|optimizer 'nadam': momentum_decay",
        "adam:weight_decay=-1|optimizer 'adam': weight_decay must be >= 0",
        "adam:amsgrad=maybe|optimizer 'adam': amsgrad='maybe' is not true or false",
        "adam:betas=0.9|optimizer 'adam': unknown key 'betas'; valid keys: lr, beta1, beta2",
        "adam:schedule=linear|optimizer 'adam': schedule='linear' is not one of constant, step",
        "adam:schedule=cosine|optimizer 'adam': schedule=cosine requires t_max",
        "adam:schedule=step|optimizer 'adam': schedule=step requires step_size",
        "adam:schedule=step,step_size=0|optimizer 'adam': step_size must be >= 1",
        "adam:schedule=exponential,gamma=0|optimizer 'adam': gamma must be in",
        "adam:schedule=cosine,t_max=10,eta_min=-1|optimizer 'adam': eta_min must be >= 0",
        "adam:schedule=poly,offset=0|optimizer 'adam': offset must be > 0",
        "adam:gamma=0.5|optimizer 'adam': key 'gamma' has no effect with schedule=constant",
        "adam:schedule=cosine,t_max=5,step_size=3|optimizer 'adam': key 'step_size' has no effect with schedule=cosine",
        "sgd:replacement=true|optimizer 'sgd': key 'replacement' has no effect with batch=0 (full batch)",
        "adam:warmup_start=0.5|optimizer 'adam': key 'warmup_start' has no effect with warmup=0",
        "adam:warmup=-1|optimizer 'adam': warmup must be >= 0",
        "adam:warmup=5,warmup_start=0|optimizer 'adam': warmup_start must be in",
        "adam:batch=-1|optimizer 'adam': batch must be >= 0",
        "adam:batch=2.5|optimizer 'adam': batch='2.5' is not an integer",
        "adam:clip_norm=0|optimizer 'adam': clip_norm must be > 0",
        "adam:clip_value=-1|optimizer 'adam': clip_value must be > 0",
        "adamm|unknown optimizer 'adamm'"})
    void badInputNamesTheRuleAndTheKey(String spec, String message) {
        SpecException e = assertThrows(SpecException.class, () -> BuiltinOptimizers.asCatalog().create(spec));
        assertTrue(e.getMessage().startsWith(message), e.getMessage());
    }
}
