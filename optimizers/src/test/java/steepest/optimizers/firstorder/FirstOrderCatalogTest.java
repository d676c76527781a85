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
            "adadelta", "radam", "rprop", "asgd", "lion", "lamb", "adabelief", "yogi", "adafactor", "schedule-free-sgd",
            "schedule-free-adamw");

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
        "adamax,lr,0.002", "adadelta,lr,1", "adadelta,rho,0.9", "adadelta,eps,1.0E-6",
        "radam,lr,0.001", "radam,beta1,0.9", "radam,beta2,0.999", "radam,eps,1.0E-8", "radam,weight_decay,0",
        "rprop,lr,0.01", "rprop,eta_minus,0.5", "rprop,eta_plus,1.2", "rprop,step_size_min,1.0E-6",
        "rprop,step_size_max,50", "asgd,lr,0.01", "asgd,lambd,1.0E-4", "asgd,alpha,0.75", "asgd,t0,1000000",
        "asgd,weight_decay,0"})
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

    /** optax's defaults, read from optax/_src/alias.py (lion, lamb, adabelief, yogi, adafactor). */
    @ParameterizedTest(name = "{0}.{1} = {2}")
    @CsvSource({"lion,beta1,0.9", "lion,beta2,0.99", "lion,weight_decay,0.001",
        "lamb,beta1,0.9", "lamb,beta2,0.999", "lamb,eps,1.0E-6", "lamb,eps_root,0", "lamb,weight_decay,0",
        "adabelief,beta1,0.9", "adabelief,beta2,0.999", "adabelief,eps,1.0E-16", "adabelief,eps_root,1.0E-16",
        "yogi,beta1,0.9", "yogi,beta2,0.999", "yogi,eps,0.001", "yogi,initial_accumulator_value,1.0E-6",
        "adafactor,min_dim_size_to_factor,128", "adafactor,decay_rate,0.8", "adafactor,decay_offset,0",
        "adafactor,multiply_by_parameter_scale,true", "adafactor,clipping_threshold,1", "adafactor,momentum,0",
        "adafactor,weight_decay_rate,0", "adafactor,eps,1.0E-30", "adafactor,factored,true"})
    void defaultsAreOptaxs(String rule, String key, String value) {
        assertEquals(value, defaults(rule).get(key));
    }

    /** torch's scheduler defaults (where they differ between schedulers, the one named first in the key's doc). */
    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({"start_factor,0.3333333333333333", "end_factor,1", "total_iters,5", "pct_start,0.3",
        "anneal_strategy,cos", "div_factor,25", "final_div_factor,10000", "three_phase,false", "cycle_momentum,true",
        "step_size_up,2000", "t_mult,1", "factor,0.1", "patience,10", "threshold,1.0E-4", "threshold_mode,rel",
        "cooldown,0", "min_lr,0", "plateau_eps,1.0E-8", "gamma,0.1", "mode,triangular", "base_momentum,0.85",
        "max_momentum,0.95"})
    void scheduleDefaultsAreTorchs(String key, String value) {
        assertEquals(value, defaults("sgd").get(key));
    }

    /** Where torch's defaults differ between schedulers, each schedule gets its own. */
    @Test
    void defaultsFollowTheChosenSchedule() {
        String cyclic = BuiltinOptimizers.asCatalog().canonical("sgd:momentum=0.9,schedule=cyclic,max_lr=0.1");
        for (String expected : List.of("gamma=1", "mode=triangular", "base_momentum=0.8", "max_momentum=0.9")) {
            assertTrue(cyclic.contains("," + expected + ","), cyclic);
        }
        String oneCycle = BuiltinOptimizers.asCatalog().canonical("sgd:momentum=0.9,schedule=onecycle,max_lr=0.1,total_steps=9");
        assertTrue(oneCycle.contains(",base_momentum=0.85,max_momentum=0.95,"), oneCycle);
        assertTrue(BuiltinOptimizers.asCatalog().canonical("adam:schedule=plateau").contains(",mode=min,"));
    }

    /** The schedulers' keys stay out of the canonical specs of other schedules (their text predates them). */
    @Test
    void otherSchedulesKeepTheirCanonicalText() {
        assertEquals("adam:lr=0.001,beta1=0.9,beta2=0.999,eps=1.0E-8,weight_decay=0,amsgrad=false,batch=0,"
                + "replacement=false,schedule=constant,step_size=none,gamma=0.1,t_max=none,eta_min=0,power=1,offset=1,"
                + "warmup=0,warmup_start=0.3333333333333333,clip_value=inf,clip_norm=inf",
                BuiltinOptimizers.asCatalog().canonical("adam"));
    }

    @Test
    void everyRuleTakesTheSharedKeysOnce() {
        for (String rule : RULES) {
            Map<String, String> keys = defaults(rule);
            for (String shared : List.of("batch", "replacement", "schedule", "step_size", "gamma", "t_max", "eta_min",
                    "power", "offset", "milestones", "start_factor", "max_lr", "total_steps", "base_lr", "mode",
                    "cycle_momentum", "t_0", "patience", "plateau_eps", "warmup", "warmup_start", "clip_value",
                    "clip_norm")) {
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
        "adamw:warmup=3,warmup_start=0.5", "sgd:momentum=0.9,schedule=cyclic,max_lr=0.01",
        "adam:schedule=onecycle,max_lr=0.1,total_steps=100", "radam:schedule=multistep,milestones=3-8",
        "lookahead:inner=(adam:lr=0.01,batch=4)", "ema:decay=0.9,inner=(lookahead:k=3,inner=(sgd:momentum=0.5))",
        "adafactor:factored=false", "schedule-free:inner=(rprop)"})
    void canonicalSpecReplays(String spec) {
        String canonical = BuiltinOptimizers.asCatalog().canonical(spec);
        assertEquals(BuiltinOptimizers.asCatalog().create(spec), BuiltinOptimizers.asCatalog().create(canonical));
    }

    /** Every rule, with a zero gradient and no weight decay, leaves x exactly where it was. */
    @ParameterizedTest
    @ValueSource(strings = {"gd:lr=0.1", "sgd:lr=0.1", "sgd:lr=0.1,momentum=0.9,nesterov=true", "adagrad", "rmsprop",
        "rmsprop:centered=true,momentum=0.5", "adam", "adam:amsgrad=true", "adamw:weight_decay=0", "nadam", "adamax",
        "adadelta", "radam", "rprop", "asgd:lambd=0", "lion:weight_decay=0", "lamb", "adabelief", "adafactor",
        "schedule-free-sgd", "schedule-free-adamw", "lookahead:inner=(adam)", "polyak:inner=(sgd:momentum=0.9)",
        "ema:inner=(rmsprop)", "schedule-free:inner=(adagrad)", "sgd:momentum=0.9,schedule=onecycle,max_lr=0.1,"
        + "total_steps=20", "adam:schedule=plateau,patience=0"})
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
        "adam:schedule=lineal|optimizer 'adam': schedule='lineal' is not one of constant, step",
        "adam:schedule=multistep|optimizer 'adam': schedule=multistep requires milestones",
        "adam:schedule=multistep,milestones=30-20|optimizer 'adam': milestones must be increasing, got 30 then 20",
        "adam:schedule=multistep,milestones=30-30|optimizer 'adam': milestones must be increasing",
        "adam:schedule=multistep,milestones=3-x|optimizer 'adam': milestones='3-x' is not a list of integers",
        "adam:schedule=multistep,milestones=5,gamma=-0.5|optimizer 'adam': gamma must be > 0",
        "sgd:momentum=0.9,schedule=cyclic,max_lr=0.01,base_lr=0.1|optimizer 'sgd': max_lr must be >= base_lr, got max_lr=0.01 below base_lr=0.1",
        "sgd:lr=0.1,momentum=0.9,schedule=cyclic,max_lr=0.01|optimizer 'sgd': max_lr must be >= base_lr",
        "sgd:momentum=0.9,schedule=cyclic|optimizer 'sgd': schedule=cyclic requires max_lr",
        "adagrad:schedule=cyclic,max_lr=0.1|optimizer 'adagrad': cycle_momentum=true needs a rule with a momentum key",
        "adam:schedule=cyclic,max_lr=0.1|optimizer 'adam': cycle_momentum=true needs a rule with a momentum key",
        "adadelta:schedule=onecycle,max_lr=0.1,total_steps=10|optimizer 'adadelta': cycle_momentum=true needs a rule with a momentum or beta1 key",
        "adam:schedule=onecycle,max_lr=0.1|optimizer 'adam': schedule=onecycle requires total_steps",
        "adam:schedule=onecycle,total_steps=10|optimizer 'adam': schedule=onecycle requires max_lr",
        "adam:schedule=onecycle,max_lr=0.1,total_steps=10,div_factor=-25|optimizer 'adam': div_factor must be > 0",
        "adam:schedule=onecycle,max_lr=0.1,total_steps=10,final_div_factor=0|optimizer 'adam': final_div_factor must be > 0",
        "adam:schedule=onecycle,max_lr=0.1,total_steps=10,pct_start=1.5|optimizer 'adam': pct_start must be in",
        "adam:schedule=onecycle,max_lr=0.1,total_steps=10,pct_start=0.1|optimizer 'adam': pct_start=0.1 with total_steps=10 makes a phase of zero length",
        "adam:schedule=onecycle,max_lr=0.1,total_steps=10,anneal_strategy=cosine|optimizer 'adam': anneal_strategy='cosine' is not one of cos, linear",
        "adam:schedule=onecycle,max_lr=0.1,total_steps=10,base_momentum=-0.1|optimizer 'adam': base_momentum must be in",
        "adam:schedule=plateau,factor=-0.1|optimizer 'adam': factor must be in [0.0, 1.0)",
        "adam:schedule=plateau,factor=1|optimizer 'adam': factor must be in [0.0, 1.0)",
        "adam:schedule=plateau,patience=-1|optimizer 'adam': patience must be >= 0",
        "adam:schedule=plateau,mode=triangular|optimizer 'adam': mode='triangular' is not one of min, max",
        "adam:schedule=plateau,min_lr=-1|optimizer 'adam': min_lr must be >= 0",
        "adam:schedule=linear,start_factor=-0.5|optimizer 'adam': start_factor must be in",
        "adam:schedule=linear,end_factor=2|optimizer 'adam': end_factor must be in",
        "adam:schedule=cosine_restarts|optimizer 'adam': schedule=cosine_restarts requires t_0",
        "adam:schedule=cosine_restarts,t_0=10,t_mult=0|optimizer 'adam': t_mult must be >= 1",
        "adam:schedule=cosine_restarts,t_0=10,t_mult=1.5|optimizer 'adam': t_mult='1.5' is not an integer",
        "adam:patience=3|optimizer 'adam': key 'patience' has no effect with schedule=constant",
        "adam:schedule=cosine,t_max=5,max_lr=3|optimizer 'adam': key 'max_lr' has no effect with schedule=cosine",
        "rprop:eta_minus=1|optimizer 'rprop': eta_minus must be in (0, 1)",
        "rprop:eta_plus=0.9|optimizer 'rprop': eta_plus must be > 1",
        "rprop:step_size_min=1,step_size_max=0.5|optimizer 'rprop': step_size_max must be >= step_size_min",
        "asgd:lambd=-1|optimizer 'asgd': lambd must be >= 0",
        "asgd:t0=-5|optimizer 'asgd': t0 must be >= 0",
        "lion:beta2=1|optimizer 'lion': beta2 must be in",
        "yogi:initial_accumulator_value=0|optimizer 'yogi': initial_accumulator_value must be > 0",
        "adafactor:clipping_threshold=0.5|optimizer 'adafactor': clipping_threshold must be >= 1",
        "adafactor:momentum=1|optimizer 'adafactor': momentum must be in",
        "schedule-free-adamw:beta1=2|optimizer 'schedule-free-adamw': beta1 must be in",
        "lookahead:k=5,alpha=0.5,inner=(adam:lr=1e-3,weight_decay=1e-4,foo=1)|optimizer 'lookahead': inner=(adam:lr=1e-3,weight_decay=1e-4,foo=1): optimizer 'adam': unknown key 'foo'",
        "lookahead:inner=(adamm:lr=1e-3)|optimizer 'lookahead': inner=(adamm:lr=1e-3): unknown optimizer 'adamm'",
        "lookahead:alpha=0.5|optimizer 'lookahead': key 'inner' is required",
        "lookahead:inner=(lbfgs)|optimizer 'lookahead': inner=(lbfgs) is not a first-order rule",
        "lookahead:k=0,inner=(adam)|optimizer 'lookahead': k must be >= 1",
        "lookahead:alpha=-0.5,inner=(adam)|optimizer 'lookahead': alpha must be in",
        "lookahead:inner=(ema:inner=(adam))|optimizer 'lookahead': inner: lookahead needs a rule that reports its own iterate",
        "lookahead:inner=(adam),batch=3|optimizer 'lookahead': unknown key 'batch'; valid keys: k, alpha, inner",
        "ema:decay=1,inner=(adam)|optimizer 'ema': decay must be in",
        "polyak:start=-1,inner=(adam)|optimizer 'polyak': start must be >= 0",
        "schedule-free:momentum=-0.1,inner=(sgd)|optimizer 'schedule-free': momentum must be in",
        "schedule-free:inner=(schedule-free:inner=(sgd))|optimizer 'schedule-free': inner: schedule-free needs a rule",
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
