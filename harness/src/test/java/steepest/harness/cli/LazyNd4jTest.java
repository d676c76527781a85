package steepest.harness.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * {@code list} and {@code trace} on an analytic problem must not load nd4j (its native start-up costs
 * seconds). Checked in a fresh JVM with {@code -verbose:class}, which prints every class loaded.
 */
class LazyNd4jTest {

    @Test
    void listAndAnalyticTraceLoadNoNd4jClass() throws IOException, InterruptedException {
        assertNoNd4j("list");
        assertNoNd4j("trace", "--problem", "rosenbrock:d=2", "--optimizer", "gd:lr=1e-3", "--iterations", "10");
    }

    private static void assertNoNd4j(String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-verbose:class", "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, process.exitValue(), output);
        List<String> nd4j = output.lines().filter(l -> l.contains("org.nd4j") || l.contains("org.bytedeco")).toList();
        assertTrue(nd4j.isEmpty(), String.join(" ", arguments) + " loaded " + nd4j);
        assertTrue(output.lines().anyMatch(l -> l.contains("steepest.harness.cli.Main")), "the class log is there");
    }
}
