package steepest.problems.mgh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import steepest.problems.mgh.ScipyComparison.Outcome;
import steepest.problems.mgh.ScipyComparison.Pair;
import steepest.problems.mgh.ScipyComparison.Row;
import steepest.problems.mgh.ScipyComparison.Suite;

/**
 * What every scipy comparison on the 35 Moré–Garbow–Hillstrom problems (catalog default sizes,
 * standard starts) asserts; a subclass passes its {@link Suite} and its lists of explained exceptions
 * to the constructor, each keyed by "label on problem" (the label is our method's spec unless the
 * suite pairs it with several of scipy's methods).
 *
 * <p>Asserted: on every problem scipy solves, ours solves it too and reaches the same minimum (or
 * the documented other minimum listed in {@code otherMinimum}); per method pair the median
 * evaluation count over the problems scipy solves is at most the suite's factor times scipy's (or
 * the pair is listed in {@code medianExceptions}); the problems where ours costs more than 1.5
 * times scipy's are exactly {@code costlier}; ours never ends further from a minimum than scipy
 * (solved, at a minimum uncertified, elsewhere: {@link Outcome#rank()}), and the problems where it
 * ends closer are exactly {@code better}. Each list is compared with the measured set, so none can
 * go stale. The per-problem table is written to {@code problems/target/} under the suite's name.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ScipyComparisonContract {

    /** Worse than scipy by more than this factor in evaluations needs a listed reason. */
    static final double COSTLIER_FACTOR = 1.5;

    private final Suite suite;
    private final Map<String, String> otherMinimum;
    private final Map<String, String> medianExceptions;
    private final Map<String, String> costlier;
    private final Map<String, String> better;
    private List<Row> rows;

    /**
     * @param suite            the comparison
     * @param otherMinimum     (label, problem) → why ours stops at another documented minimum than scipy's
     * @param medianExceptions pair label → why its median over the problems scipy solves is above the
     *                         suite's bound
     * @param costlier         (label, problem) → why ours costs more than 1.5 times scipy's evaluations there
     * @param better           (label, problem) → how scipy ends where ours ends closer to a minimum
     */
    ScipyComparisonContract(Suite suite, Map<String, String> otherMinimum, Map<String, String> medianExceptions,
                            Map<String, String> costlier, Map<String, String> better) {
        this.suite = suite;
        this.otherMinimum = otherMinimum;
        this.medianExceptions = medianExceptions;
        this.costlier = costlier;
        this.better = better;
    }

    /** Every row, ours run once per test class. */
    final List<Row> rows() {
        if (rows == null) {
            rows = suite.rows();
        }
        return rows;
    }

    final Stream<Row> rowsScipySolves() {
        return rows().stream().filter(row -> row.scipyOutcome().solved());
    }

    final Stream<Pair> pairs() {
        return suite.pairs().stream();
    }

    @Test
    void fixtureHoldsEveryMghProblemForEveryScipyMethod() {
        Set<String> problems = MghCatalog.entries().stream().map(entry -> entry.name()).collect(Collectors.toSet());
        for (Pair pair : suite.pairs()) {
            assertEquals(problems, rows().stream().filter(row -> row.pair() == pair)
                    .map(Row::spec).collect(Collectors.toSet()), pair.scipy());
        }
        assertEquals(problems.size() * suite.pairs().size(), rows().size());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rowsScipySolves")
    void oursSolvesEveryProblemScipySolvesAtTheSameMinimum(Row row) {
        Outcome ours = row.ourOutcome();
        assertTrue(row.ours().termination().converged(), row + ": " + row.ours().termination().token()
                + " at f = " + row.ours().last().value());
        assertTrue(ours.solved(), row + ": f = " + row.ours().last().value() + " is no documented minimum");
        if (otherMinimum.containsKey(row.key())) {
            assertTrue(ours.minimum() != row.scipyOutcome().minimum(), row + " is listed as reaching another minimum");
        } else {
            assertEquals(row.scipyOutcome().minimum(), ours.minimum(), row + ": f = " + row.ours().last().value()
                    + ", scipy's " + row.scipy().value());
        }
    }

    @Test
    void otherMinimaAreExactlyTheListedOnes() {
        assertEquals(new TreeSet<>(otherMinimum.keySet()), keys(rowsScipySolves()
                .filter(row -> row.ourOutcome().solved() && row.ourOutcome().minimum() != row.scipyOutcome().minimum())));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pairs")
    void medianEvaluationsOverTheProblemsScipySolvesAreWithinTheSuitesBound(Pair pair) {
        double ours = ScipyComparison.median(rowsScipySolves().filter(row -> row.pair() == pair)
                .mapToDouble(Row::ourEvaluations).toArray());
        double scipy = ScipyComparison.median(rowsScipySolves().filter(row -> row.pair() == pair)
                .mapToDouble(Row::scipyEvaluations).toArray());
        String measured = pair.ours() + " median " + ours + " against " + pair.scipy() + " " + scipy;
        assertEquals(medianExceptions.containsKey(pair.label()), ours > suite.medianFactor() * scipy, measured);
    }

    @Test
    void problemsCostingOverOneAndAHalfTimesScipysAreExactlyTheListedOnes() {
        assertEquals(new TreeSet<>(costlier.keySet()), keys(rowsScipySolves()
                .filter(row -> row.ourEvaluations() > COSTLIER_FACTOR * row.scipyEvaluations())));
    }

    @Test
    void problemsWhereOursEndsCloserToAMinimumThanScipyAreExactlyTheListedOnes() {
        assertEquals(new TreeSet<>(better.keySet()), keys(rows().stream()
                .filter(row -> row.ourOutcome().rank() > row.scipyOutcome().rank())));
    }

    @Test
    void nowhereDoesOursEndFurtherFromAMinimumThanScipy() {
        assertEquals(Set.of(), keys(rows().stream()
                .filter(row -> row.ourOutcome().rank() < row.scipyOutcome().rank())));
    }

    @Test
    void everyListedKeyNamesARowAndEveryReasonIsGiven() {
        Set<String> keys = keys(rows().stream());
        for (Map<String, String> list : List.of(otherMinimum, costlier, better)) {
            assertTrue(keys.containsAll(list.keySet()), list.keySet().toString());
            list.values().forEach(reason -> assertFalse(reason.isBlank()));
        }
        Set<String> labels = pairs().map(Pair::label).collect(Collectors.toSet());
        assertTrue(labels.containsAll(medianExceptions.keySet()), medianExceptions.keySet().toString());
    }

    @Test
    void writesThePerProblemTable() throws IOException {
        String table = suite.markdown(rows(), otherMinimum, costlier, better, medianExceptions);
        Path file = Path.of("target", suite.table());
        Files.createDirectories(file.getParent());
        Files.writeString(file, table);
        assertEquals(rows().size(), table.lines().filter(line -> line.startsWith("| mgh-")).count());
    }

    private static Set<String> keys(Stream<Row> rows) {
        return rows.map(Row::key).collect(Collectors.toCollection(TreeSet::new));
    }
}
