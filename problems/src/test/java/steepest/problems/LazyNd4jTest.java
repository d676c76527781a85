package steepest.problems;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Listing the catalog and running analytic and linear problems must not load nd4j, whose native
 * start-up costs seconds: a child JVM with {@code -verbose:class} reports every class it loads.
 * The control case (a network) shows that the probe does see nd4j when it is used.
 */
class LazyNd4jTest {

    private static String run(String... specs) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String[] command = new String[5 + specs.length];
        command[0] = java;
        command[1] = "-verbose:class";
        command[2] = "-cp";
        command[3] = System.getProperty("java.class.path");
        command[4] = LazyNd4jProbe.class.getName();
        System.arraycopy(specs, 0, command, 5, specs.length);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, process.waitFor(), output);
        assertTrue(output.contains("probe listed"), output);
        return output;
    }

    @Test
    void listingAndAnalyticAndLinearProblemsLoadNoNd4jClass() throws IOException, InterruptedException {
        String output = run("rosenbrock:d=10", "logreg", "lasso");
        assertFalse(output.contains("org.nd4j"), "an org.nd4j class was loaded");
    }

    @Test
    void aNetworkDoesLoadNd4j() throws IOException, InterruptedException {
        assertTrue(run("mlp:dataset=iris,layers=4-3-3").contains("org.nd4j"));
    }
}
