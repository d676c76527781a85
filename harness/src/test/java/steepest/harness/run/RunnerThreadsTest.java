package steepest.harness.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import steepest.harness.catalog.Catalogs;
import steepest.harness.experiment.ExperimentParser;
import steepest.harness.experiment.ExperimentSource;
import steepest.harness.experiment.Study;
import steepest.harness.store.ResultsFolder;
import steepest.optimizers.BuiltinOptimizers;
import steepest.optimizers.DataParallel;
import steepest.optimizers.ThreadShare;
import steepest.optimizers.spec.CatalogEntry;
import steepest.optimizers.spec.Key;
import steepest.problems.BuiltinProblems;
import steepest.problems.Problem;
import steepest.problems.spi.ProblemProvider;

/**
 * The runner hands the thread budget to data-parallel objectives: a cell alone in a run with three
 * threads gets all three, directly or inside a noisy wrapper; two cells on four threads get two each.
 */
class RunnerThreadsTest {

    private static final long WAIT_SECONDS = 60;

    @TempDir
    Path temp;

    /** What the objectives of one run were handed, by the name given in their spec. */
    private static final class Grants {
        private final ConcurrentHashMap<String, Integer> most = new ConcurrentHashMap<>();
        private final CountDownLatch all;
        private final int wanted;

        Grants(int cells, int wanted) {
            this.all = new CountDownLatch(cells);
            this.wanted = wanted;
        }

        void granted(String name, int threads) {
            if (threads >= wanted && most.put(name, threads) == null) {
                all.countDown();
            }
        }
    }

    /**
     * ½‖x − 1‖²; its first evaluation waits (at most a minute) until every such cell of the run has
     * been granted the threads the test expects, so the test does not race the workers' retirement.
     */
    private static final class Waiting implements DataParallel {
        private final String name;
        private final Grants grants;
        private boolean waited;

        Waiting(String name, Grants grants) {
            this.name = name;
            this.grants = grants;
        }

        @Override
        public void useThreads(ThreadShare share) {
            grants.granted(name, share.threads());
        }

        @Override
        public int dimension() {
            return 2;
        }

        @Override
        public double value(double[] x) {
            if (!waited) {
                waited = true;
                try {
                    grants.all.await(WAIT_SECONDS, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return 0.5 * ((x[0] - 1) * (x[0] - 1) + (x[1] - 1) * (x[1] - 1));
        }

        @Override
        public double valueAndGradient(double[] x, double[] gradOut) {
            gradOut[0] = x[0] - 1;
            gradOut[1] = x[1] - 1;
            return value(x);
        }
    }

    /** Runs one cell per problem on {@code threads} threads; the names of those granted {@code wanted} or more. */
    private Set<String> run(String problems, int cells, int threads, int wanted) throws IOException {
        Grants grants = new Grants(cells, wanted);
        ProblemProvider waiting = () -> List.of(new CatalogEntry<>("waiting", "a data-parallel test objective",
                List.of(Key.of("name", "w", "which cell")),
                args -> new Problem(new Waiting(args.text("name"), grants), new double[2], 0, new double[] {1, 1},
                        Set.of())));
        Catalogs catalogs = Catalogs.of(List.of(new BuiltinOptimizers()), List.of(new BuiltinProblems(), waiting));
        Study study = ExperimentParser.study(new ExperimentSource("threads.yaml", """
                name: threads
                problems: %s
                optimizers: [gd:lr=0.1]
                budget: {iterations: 20}
                """.formatted(problems), Optional.empty()), catalogs, ExperimentParser.DEFAULT_MAX_CELLS);
        ResultsFolder folder = ResultsFolder.open(temp.resolve("r" + threads + cells), study);
        Runner.Tally tally = new Runner(threads, false, new PrintStream(OutputStream.nullOutputStream()))
                .run(study, study.cells(), folder, "1/1");
        assertEquals(cells, tally.ran());
        assertEquals(0, tally.failed());
        return grants.most.keySet();
    }

    @Test
    void aCellAloneGetsEveryThread() throws IOException {
        assertEquals(Set.of("alone"), run("[waiting:name=alone]", 1, 3, 3));
    }

    @Test
    void aNoisyWrapperPassesItsThreadsToTheExactObjective() throws IOException {
        assertEquals(Set.of("wrapped"), run("[\"noisy:problem=(waiting:name=wrapped),sigma=0.01\"]", 1, 3, 3));
    }

    @Test
    void twoCellsOnFourThreadsBothGetSpareThreads() throws IOException {
        Set<String> granted = run("[waiting:name=a, waiting:name=b]", 2, 4, 2);
        assertTrue(granted.containsAll(Set.of("a", "b")), granted.toString());
    }
}
