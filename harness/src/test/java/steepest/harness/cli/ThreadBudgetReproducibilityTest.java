package steepest.harness.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import steepest.harness.api.Results;
import steepest.harness.api.RunOptions;
import steepest.harness.api.Steepest;

/**
 * Cells large enough to split their gradients (synthetic logistic and softmax regression, 2·10⁴
 * rows: 6 and 19 chunks) give the same files, timing columns aside, on 1, 2 and 3 threads: with 3
 * threads the last cells run with the idle workers' threads, inside a noisy wrapper too.
 */
class ThreadBudgetReproducibilityTest {

    private static final String EXPERIMENT = """
            name: large-sums
            seeds: 1
            problems:
              - logreg:dataset=synthetic,n=20000,d=20
              - softmax:dataset=synthetic,n=20000,d=20,classes=3
              - "noisy:problem=(logreg:dataset=synthetic,n=20000,d=20),sigma=0.01"
            optimizers: [lbfgs, gd:lr=0.5]
            budget: {iterations: 40}
            record: {every: 5}
            """;

    @TempDir
    Path temp;

    @Test
    void oneTwoAndThreeThreadsGiveTheSameFiles() throws IOException {
        Path spec = Files.writeString(temp.resolve("large-sums.yaml"), EXPERIMENT);
        Steepest suite = Steepest.onClassPath();
        Map<String, String> one = null;
        for (int threads = 1; threads <= 3; threads++) {
            Path out = temp.resolve("t" + threads);
            Results results = suite.run(spec.toString(), out, RunOptions.defaults().withThreads(threads));
            assertEquals(6, results.ran());
            Map<String, String> files = ReproducibilityTest.contents(out);
            assertEquals(1 + 3 * 6, files.size(), "summary.csv, and a trace, a targets file and a row per cell");
            if (one == null) {
                one = files;
            } else {
                assertEquals(one, files, threads + " threads");
            }
        }
    }
}
