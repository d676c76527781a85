package org.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import steepest.harness.api.CheckReport;
import steepest.harness.api.Results;
import steepest.harness.api.Steepest;
import steepest.harness.results.Status;
import steepest.harness.verify.Verification;
import steepest.problems.conformance.Verdict;

/**
 * The gate on this project's optimizer, run by {@code mvn test}: its entries pass the suite's own
 * conformance checks, and the comparison with the suite's built-ins does not regress against the
 * committed baseline (update it with {@code ./steepest --plugin target/custom-optimizer-0.1.0.jar
 * check --update --baseline baselines/signum-vs-builtins.json RESULTS}).
 */
class SignumGateTest {

    /** The suite's entries and this project's, found on the test class path. */
    private static final Steepest SUITE = Steepest.onClassPath();

    @TempDir
    Path results;

    @Test
    void theEntriesPassTheSuitesConformanceChecks() {
        List<String> failures = SUITE.verify(List.of("signum", "zakharov")).stream()
                .filter(row -> row.finding().verdict() == Verdict.FAIL)
                .map(row -> row.spec() + " " + row.finding().check() + ": " + row.finding().measured())
                .toList();
        assertTrue(failures.isEmpty(), () -> String.join("\n", failures));
    }

    @Test
    void signumDoesNotRegressAgainstTheBaseline() throws IOException {
        Results run = SUITE.run("experiments/signum-vs-builtins.yaml", results.resolve("signum-vs-builtins"));
        assertEquals(0, run.count(Status.FAILED), "no cell may fail");
        CheckReport report = SUITE.check(Path.of("baselines/signum-vs-builtins.json"), run);
        assertTrue(report.passed(), report::describe);
    }

    @Test
    void signumMovesEveryCoordinateByItsStep() {
        List<Verification.Row> rows = SUITE.verify(List.of("signum:lr=0.5,momentum=0"));
        assertTrue(rows.stream().allMatch(row -> row.finding().verdict() != Verdict.FAIL), rows::toString);
    }
}
