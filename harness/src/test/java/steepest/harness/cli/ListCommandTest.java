package steepest.harness.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code list problems --tag}: entries by their declared tags, bbob's functions one by one. */
class ListCommandTest {

    private static boolean listed(CliRun run, String name) {
        return run.out().lines().anyMatch(l -> l.strip().startsWith(name + " "));
    }

    /**
     * Convex among bbob's functions: f1 sphere, f5 linear slope, f13 sharp ridge (COCO's
     * definitions); the quadratic family and MGH's linear functions are convex too, Rosenbrock not.
     */
    @Test
    void listsTheEntriesAndTheSuiteFunctionsCarryingTheTag() {
        CliRun run = CliRun.of("list", "problems", "--tag", "convex");
        assertEquals(0, run.status(), run.err());
        assertTrue(run.out().startsWith("problems tagged convex:\n"), run.out());
        for (String convex : List.of("sphere", "quadratic", "quadratic-rotated", "mgh-linear-full-rank", "logreg",
                "bbob:f=1", "bbob:f=5", "bbob:f=13")) {
            assertTrue(listed(run, convex), convex + " in\n" + run.out());
        }
        for (String not : List.of("rosenbrock", "mgh-wood", "bbob:f=2", "bbob:f=8", "bbob:f=24", "bbob", "noisy")) {
            assertFalse(listed(run, not), not + " in\n" + run.out());
        }
        assertTrue(run.out().lines().anyMatch(l -> l.strip().startsWith("bbob:f=13") && l.contains("sharp ridge")
                && l.contains("bbob-ill-conditioned") && l.contains("nonsmooth")), run.out());
        assertTrue(run.out().contains("\nnot filtered (they declare no tags; an instance's may depend on its keys,"
                + " see their summaries): noisy\n"), run.out());
    }

    @Test
    void severalTagsMustAllBeCarried() {
        CliRun run = CliRun.of("list", "problems", "--tag", "bbob-multimodal,smooth");
        assertEquals(0, run.status(), run.err());
        List<String> bbob = run.out().lines().map(String::strip).filter(l -> l.startsWith("bbob:")).map(l -> l.split(" ")[0])
                .toList();
        assertEquals(List.of("bbob:f=19"), bbob, "of f15-f19 only Griewank-Rosenbrock is smooth");
    }

    @Test
    void anUnknownTagOrATagOutsideProblemsIsOneLine() {
        CliRun unknown = CliRun.of("list", "problems", "--tag", "convx");
        assertEquals(2, unknown.status());
        assertTrue(unknown.err().startsWith("steepest: list: --tag: unknown tag 'convx'; valid tags: convex, "), unknown.err());
        assertEquals(1, unknown.err().lines().count(), unknown.err());
        CliRun optimizers = CliRun.of("list", "optimizers", "--tag", "convex");
        assertEquals(2, optimizers.status());
        assertEquals("steepest: list: --tag applies to 'list problems' only", optimizers.err().strip());
    }
}
