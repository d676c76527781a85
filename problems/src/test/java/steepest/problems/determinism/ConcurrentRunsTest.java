package steepest.problems.determinism;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import steepest.optimizers.Driver;
import steepest.optimizers.IterationRecord;
import steepest.optimizers.BuiltinOptimizers;
import steepest.optimizers.RecordSchedule;
import steepest.optimizers.StoppingRules;
import steepest.problems.Problem;
import steepest.problems.BuiltinProblems;

/**
 * Runs that draw random numbers (mini-batches with and without replacement, the MLP's seeded
 * initialization) give bit-identical traces whether they run alone or two at a time on two
 * threads, each with another seed, over the same shared (cached) data: no random stream, buffer or
 * nd4j state is shared between runs. Different seeds must give different traces, so the check
 * cannot pass on runs that ignore their random stream.
 */
class ConcurrentRunsTest {

    /** The values f(x_k) of every iteration and the last iterate. */
    private record Trace(double[] values, double[] last) {
    }

    private static Trace run(String problemSpec, String optimizerSpec, long seed, int iterations) {
        Problem problem = BuiltinProblems.asCatalog().create(problemSpec);
        List<Double> values = new ArrayList<>();
        double[] last = Driver.run(BuiltinOptimizers.asCatalog().create(optimizerSpec), problem.objective(), problem.start(),
                new SplittableRandom(seed), StoppingRules.iterations(iterations), RecordSchedule.everyIteration(),
                (IterationRecord r, double[] x) -> values.add(r.value())).x();
        return new Trace(values.stream().mapToDouble(Double::doubleValue).toArray(), last);
    }

    @ParameterizedTest(name = "{0} with {1}")
    @CsvSource(delimiter = '|', value = {
        "logreg:dataset=breast_cancer|sgd:lr=0.05,batch=16|200",
        "logreg:dataset=breast_cancer|sgd:lr=0.05,batch=16,replacement=true|200",
        "softmax:dataset=digits|adam:lr=0.01,batch=8|100",
        "mlp:dataset=digits,layers=64-16-10|sgd:lr=0.1,batch=32|40",
        "mlp:dataset=spirals,n=200,layers=2-8-2,batchnorm=true|adam:lr=0.01,batch=16,replacement=true|40"})
    void twoRunsAtOnceEqualEachRunAlone(String problem, String optimizer, int iterations) throws Exception {
        Trace alone1 = run(problem, optimizer, 1, iterations);
        Trace alone2 = run(problem, optimizer, 2, iterations);
        assertFalse(Arrays.equals(alone1.values(), alone2.values()), "the seed must matter");
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 2; round++) {
                Future<Trace> first = pool.submit(() -> run(problem, optimizer, 1, iterations));
                Future<Trace> second = pool.submit(() -> run(problem, optimizer, 2, iterations));
                Trace together1 = first.get();
                Trace together2 = second.get();
                assertEquals(iterations + 1, together1.values().length);
                assertArrayEquals(alone1.values(), together1.values(), "seed 1, round " + round);
                assertArrayEquals(alone1.last(), together1.last(), "seed 1, round " + round);
                assertArrayEquals(alone2.values(), together2.values(), "seed 2, round " + round);
                assertArrayEquals(alone2.last(), together2.last(), "seed 2, round " + round);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
