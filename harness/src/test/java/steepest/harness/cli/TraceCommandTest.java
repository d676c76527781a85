package steepest.harness.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TraceCommandTest {

    private static List<String[]> rows(String csv) {
        return csv.lines().skip(1).map(l -> l.split(",")).toList();
    }

    @Test
    void printsTheContractHeaderTheStartAndOneRowPerIteration() {
        CliRun run = CliRun.of("trace", "--problem", "rosenbrock:d=2", "--optimizer", "gd:lr=1e-3",
                "--iterations", "3", "--record-x");
        assertEquals(0, run.status(), run.err());
        assertEquals("iter,f,grad_norm,fevals,gevals,x0,x1", run.out().lines().findFirst().orElseThrow());
        List<String[]> rows = rows(run.out());
        assertEquals(4, rows.size());
        String[] start = rows.get(0);
        assertEquals("0", start[0]);
        // f(-1.2, 1) = 100 (1 - 1.44)^2 + (1 + 1.2)^2 = 24.2; grad = (-215.6, -88).
        assertEquals(24.2, Double.parseDouble(start[1]), 1e-13);
        assertEquals(Math.hypot(215.6, 88), Double.parseDouble(start[2]), 1e-12);
        assertEquals("0", start[3], "nothing spent at the start");
        assertEquals("0", start[4]);
        assertEquals("-1.2", start[5]);
        assertEquals("1.0", start[6]);
        String[] first = rows.get(1);
        assertEquals("1", first[3]);
        assertEquals("1", first[4]);
        assertEquals(-1.2 + 1e-3 * 215.6, Double.parseDouble(first[5]), 1e-15);
        assertEquals(1 + 1e-3 * 88, Double.parseDouble(first[6]), 1e-15);
        assertTrue(run.err().contains("max_iterations"), run.err());
    }

    @Test
    void printsRealsRoundTripExact() {
        CliRun run = CliRun.of("trace", "--problem", "quadratic:d=5,cond=7", "--optimizer", "gd:lr=0.1",
                "--iterations", "20", "--record-x");
        for (String[] row : rows(run.out())) {
            for (int column = 1; column < row.length; column++) {
                if (column == 3 || column == 4) {
                    assertTrue(row[column].matches("\\d+"), "full-batch counts are integers: " + row[column]);
                    continue;
                }
                double value = Double.parseDouble(row[column]);
                assertEquals(row[column], Double.toString(value), "shortest round-trip text");
            }
        }
        String[] last = rows(run.out()).get(20);
        double lambda = Math.pow(7, 1 / 4.0);
        double expected = (1 / lambda) * (1 - Math.pow(1 - 0.1 * lambda, 20));
        assertEquals(expected, Double.parseDouble(last[6]), 1e-15, "x1 after 20 GD steps, closed form");
    }

    @Test
    void stopsWhenTheGradientNormReachesTheTolerance() {
        CliRun run = CliRun.of("trace", "--problem", "quadratic:d=3,cond=10", "--optimizer", "gd:lr=0.1",
                "--iterations", "100000", "--gtol", "1e-6");
        List<String[]> rows = rows(run.out());
        String[] last = rows.get(rows.size() - 1);
        assertTrue(Double.parseDouble(last[2]) <= 1e-6);
        assertTrue(Double.parseDouble(rows.get(rows.size() - 2)[2]) > 1e-6, "stops at the first such row");
        assertTrue(run.err().contains("gradient_tolerance"), run.err());
    }

    @Test
    void startsFromAGivenPoint() {
        CliRun run = CliRun.of("trace", "--problem", "rosenbrock:d=2", "--optimizer", "gd", "--iterations", "0",
                "--x0", "1,1");
        assertEquals(0, run.status(), run.err());
        assertEquals("0,0.0,0.0,0,0", run.out().lines().skip(1).findFirst().orElseThrow());
    }

    @Test
    void badInputExitsWithTwoAndOneLineNamingTheToken() {
        assertBad(CliRun.of("trace", "--problem", "rosenbrock", "--optimizer", "gdd"),
                "steepest: unknown optimizer 'gdd'; valid optimizers: gd");
        assertBad(CliRun.of("trace", "--problem", "rosenbrok", "--optimizer", "gd"),
                "steepest: unknown problem 'rosenbrok'; valid problems: ");
        assertBad(CliRun.of("trace", "--problem", "rosenbrock", "--optimizer", "gd:step=1"),
                "steepest: optimizer 'gd': unknown key 'step'; valid keys: lr");
        assertBad(CliRun.of("trace", "--problem", "rosenbrock", "--optimizer", "gd:lr=fast"),
                "steepest: optimizer 'gd': lr='fast' is not a number");
        assertBad(CliRun.of("trace", "--problem", "rosenbrock", "--optimizer", "gd:lr=-0.1"),
                "steepest: optimizer 'gd': lr must be > 0, got -0.1");
        assertBad(CliRun.of("trace", "--problem", "rosenbrock", "--optimizer", "gd:lr=0"),
                "steepest: optimizer 'gd': lr must be > 0, got 0.0");
        assertBad(CliRun.of("trace", "--problem", "rosenbrock:d=2", "--optimizer", "gd", "--x0", "1,2,3"),
                "steepest: --x0 has 3 values but problem 'rosenbrock:d=2' has dimension 2");
        assertBad(CliRun.of("trace", "--problem", "rosenbrock:d=2", "--optimizer", "gd", "--x0", "1,two"),
                "steepest: --x0: 'two' is not a number");
        assertBad(CliRun.of("trace", "--problem", "rosenbrock", "--optimizer", "gd", "--iterations", "many"),
                "steepest: Invalid value for option '--iterations': 'many' is not a long");
    }

    private static void assertBad(CliRun run, String expectedStart) {
        assertEquals(2, run.status(), run.err());
        String firstLine = run.err().lines().findFirst().orElse("");
        assertTrue(firstLine.startsWith(expectedStart), "got: " + run.err());
        assertFalse(run.err().contains("\tat "), "no stack trace without --verbose: " + run.err());
        assertEquals("", run.out());
    }

    @Test
    void verboseShowsTheStackTrace() {
        CliRun run = CliRun.of("--verbose", "trace", "--problem", "rosenbrock", "--optimizer", "gdd");
        assertEquals(2, run.status());
        assertTrue(run.err().contains("\tat "), run.err());
    }

    @Test
    void listShowsEveryEntryOnOneLine() {
        CliRun run = CliRun.of("list");
        assertEquals(0, run.status(), run.err());
        assertTrue(run.out().lines().anyMatch(l -> l.strip().startsWith("gd ") && l.contains("lr=0.001")), run.out());
        assertTrue(run.out().lines().anyMatch(l -> l.strip().startsWith("rosenbrock ") && l.contains("d=2")), run.out());
        assertTrue(run.out().lines().anyMatch(l -> l.strip().startsWith("quickstart ")), run.out());
    }
}
