package steepest.optimizers.firstorder;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import steepest.optimizers.BuiltinOptimizers;
import steepest.optimizers.Oracle;
import steepest.optimizers.Search;

/**
 * Every rule, wrapper and stateful schedule steps without allocating: after a warm-up, 10⁴ steps
 * of a run (estimate, schedule, update) on a blocked problem allocate less than 16 KiB, under two
 * bytes a step, where a single array or boxed value per step would show as 10⁵ bytes or more.
 */
class StepAllocationTest {

    @ParameterizedTest
    @ValueSource(strings = {"radam", "rprop", "asgd:t0=10", "lion", "lamb", "adabelief", "yogi", "adafactor",
        "adafactor:min_dim_size_to_factor=2,momentum=0.9,weight_decay_rate=1e-4", "schedule-free-sgd:lr=0.01",
        "schedule-free-adamw", "lookahead:inner=(adam)", "polyak:inner=(sgd:lr=0.01)", "ema:inner=(nadam)",
        "sgd:lr=0.01,momentum=0.9,schedule=onecycle,max_lr=0.01,total_steps=20000",
        "rmsprop:momentum=0.5,schedule=cyclic,max_lr=0.05", "adam:schedule=plateau,patience=2",
        "adamw:schedule=cosine_restarts,t_0=10,t_mult=2,warmup=5", "adam:schedule=multistep,milestones=10-500",
        "adamax:schedule=linear"})
    void stepsAllocateNothing(String spec) {
        Search search = BuiltinOptimizers.asCatalog().create(spec).start(new Oracle(new BlockQuadratic()), BlockQuadratic.start(),
                new SplittableRandom(0));
        for (int k = 0; k < 1000; k++) {
            search.step();
        }
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long thread = Thread.currentThread().getId();
        threads.getThreadAllocatedBytes(thread);
        long before = threads.getThreadAllocatedBytes(thread);
        for (int k = 0; k < 10_000; k++) {
            search.step();
        }
        long allocated = threads.getThreadAllocatedBytes(thread) - before;
        assertTrue(allocated < 16_384, spec + " allocated " + allocated + " bytes in 10^4 steps");
    }
}
