package steepest.harness.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import steepest.harness.catalog.PluginJarBuilder;
import steepest.harness.results.Status;
import steepest.harness.results.SummaryRow;
import steepest.harness.store.Summaries;
import steepest.optimizers.spi.OptimizerProvider;
import steepest.problems.spi.ProblemProvider;

/**
 * Plugin jars built from source in the test, loaded with --plugin: their entries work wherever
 * built-in ones do, their provenance is recorded, and every way a jar can be broken is one line
 * with exit status 2 and nothing written.
 */
class PluginsTest {

    /** Sign descent x <- x - lr sign(g): an optimizer the suite does not have. */
    static final String OPTIMIZERS = """
            package demo;

            import java.util.List;
            import java.util.random.RandomGenerator;
            import steepest.optimizers.Optimizer;
            import steepest.optimizers.Oracle;
            import steepest.optimizers.Search;
            import steepest.optimizers.Termination;
            import steepest.optimizers.spec.CatalogEntry;
            import steepest.optimizers.spec.Key;
            import steepest.optimizers.spi.OptimizerProvider;

            public final class DemoOptimizers implements OptimizerProvider {
                @Override
                public List<CatalogEntry<Optimizer>> optimizers() {
                    return List.of(
                            new CatalogEntry<>("sign-descent", "x <- x - lr sign(grad f)",
                                    List.of(Key.of("lr", 0.01, "step, > 0")), a -> new SignDescent(a.real("lr"))),
                            new CatalogEntry<>("explodes", "a factory that throws", List.of(),
                                    a -> { throw new IllegalStateException("the plugin broke"); }));
                }

                record SignDescent(double lr) implements Optimizer {
                    SignDescent {
                        if (!(lr > 0)) {
                            throw new IllegalArgumentException("lr must be > 0, got " + lr);
                        }
                    }

                    @Override
                    public Search start(Oracle oracle, double[] x0, RandomGenerator random) {
                        double[] x = x0.clone();
                        double[] g = new double[x.length];
                        return new Search() {
                            @Override
                            public boolean step() {
                                oracle.valueAndGradient(x, g);
                                for (int i = 0; i < x.length; i++) {
                                    x[i] -= lr * Math.signum(g[i]);
                                }
                                return true;
                            }

                            @Override
                            public double[] x() {
                                return x;
                            }

                            @Override
                            public Termination termination() {
                                return null;
                            }
                        };
                    }
                }
            }
            """;

    /** f(x) = sum (x_i - shift)^2: a problem with its own keys, start and optimum. */
    static final String PROBLEMS = """
            package demo;

            import java.util.Arrays;
            import java.util.List;
            import java.util.Set;
            import steepest.optimizers.Objective;
            import steepest.optimizers.spec.CatalogEntry;
            import steepest.optimizers.spec.Key;
            import steepest.problems.Problem;
            import steepest.problems.Tag;
            import steepest.problems.spi.ProblemProvider;

            public final class DemoProblems implements ProblemProvider {
                @Override
                public List<CatalogEntry<Problem>> problems() {
                    return List.of(new CatalogEntry<>("shifted-sphere", "sum (x_i - shift)^2",
                            List.of(Key.of("d", 3, "dimension, >= 1"), Key.of("shift", 1, "the minimizer's entries")),
                            List.of("convex", "smooth"), a -> problem(a.integer("d"), a.real("shift"))));
                }

                static Problem problem(int d, double shift) {
                    if (d < 1) {
                        throw new IllegalArgumentException("d must be >= 1, got " + d);
                    }
                    Objective f = new Objective() {
                        public int dimension() {
                            return d;
                        }

                        public double valueAndGradient(double[] x, double[] g) {
                            double sum = 0;
                            for (int i = 0; i < d; i++) {
                                g[i] = 2 * (x[i] - shift);
                                sum += (x[i] - shift) * (x[i] - shift);
                            }
                            return sum;
                        }

                        public double value(double[] x) {
                            return valueAndGradient(x, new double[d]);
                        }
                    };
                    double[] optimum = new double[d];
                    Arrays.fill(optimum, shift);
                    return new Problem(f, new double[d], 0, optimum, Set.of(Tag.CONVEX, Tag.SMOOTH));
                }
            }
            """;

    private static final String EXPERIMENT = """
            name: with-plugins
            seeds: 2
            problems: ["shifted-sphere:d=4", "quadratic:d=4,cond=10"]
            optimizers: ["sign-descent:lr=0.001", adam]
            budget: {iterations: 200}
            """;

    @TempDir
    static Path jars;

    static Path demo;

    @BeforeAll
    static void buildJars() throws IOException {
        demo = new PluginJarBuilder().source("demo.DemoOptimizers", OPTIMIZERS).source("demo.DemoProblems", PROBLEMS)
                .service(OptimizerProvider.class, "demo.DemoOptimizers").service(ProblemProvider.class, "demo.DemoProblems")
                .version("1.2.3").write(jars.resolve("demo.jar"));
    }

    @TempDir
    Path temp;

    @Test
    void pluginEntriesAreListedWithTheirJar() {
        CliRun list = CliRun.of("list", "optimizers", "--plugin", demo.toString());
        assertEquals(0, list.status(), list.err());
        assertTrue(list.out().lines().anyMatch(l -> l.contains("sign-descent") && l.endsWith("{plugin demo.jar}")),
                list.out());
        assertTrue(list.out().lines().anyMatch(l -> l.trim().startsWith("adam ") && !l.contains("{plugin")), list.out());
        CliRun problems = CliRun.of("--plugin", demo.toString(), "list", "problems");
        assertTrue(problems.out().contains("shifted-sphere"), problems.out());
    }

    @Test
    void pluginEntriesPassVerifyAndTrace() {
        CliRun verify = CliRun.of("--plugin", demo.toString(), "verify", "sign-descent", "shifted-sphere");
        assertEquals(0, verify.status(), verify.out() + verify.err());
        assertTrue(verify.out().contains("verify: 2 entries"), verify.out());
        assertFalse(verify.out().contains("FAIL"), verify.out());

        CliRun trace = CliRun.of("--plugin", demo.toString(), "trace", "--problem", "shifted-sphere:d=2",
                "--optimizer", "sign-descent:lr=0.25", "--iterations", "4");
        assertEquals(0, trace.status(), trace.err());
        assertEquals(List.of("iter,f,grad_norm,fevals,gevals", "0,2.0,2.8284271247461903,0,0",
                "1,1.125,2.1213203435596424,1,1", "2,0.5,1.4142135623730951,2,2", "3,0.125,0.7071067811865476,3,3",
                "4,0.0,0.0,4,4"), trace.out().lines().toList());
    }

    @Test
    void verifyFailsAnEntryThatCannotBuild() {
        CliRun verify = CliRun.of("--plugin", demo.toString(), "verify", "explodes");
        assertEquals(1, verify.status(), verify.out());
        assertTrue(verify.out().lines().anyMatch(line -> line.matches(
                "explodes +optimizer +builds +FAIL +IllegalStateException: the plugin broke")), verify.out());
    }

    @Test
    void runsRecordsProvenanceAndRefusesAResumeWithAChangedJar() throws IOException {
        Path spec = Files.writeString(temp.resolve("with-plugins.yaml"), EXPERIMENT);
        Path jar = Files.copy(demo, temp.resolve("demo.jar"));
        Path out = temp.resolve("results");
        CliRun run = CliRun.of("--plugin", jar.toString(), "run", spec.toString(), "--out", out.toString(), "--threads", "2");
        assertEquals(0, run.status(), run.err());
        List<SummaryRow> rows = Summaries.read(out.resolve("summary.csv"));
        assertEquals(8, rows.size());
        assertTrue(rows.stream().noneMatch(r -> r.status() == Status.FAILED || r.status() == Status.UNSUPPORTED));
        JsonNode plugin = new ObjectMapper().readTree(out.resolve("manifest.json").toFile()).get("plugins").get(0);
        assertEquals("demo.jar", plugin.get("file").asText());
        assertEquals("1.2.3", plugin.get("implementation_version").asText());
        assertEquals(64, plugin.get("sha256").asText().length());

        CliRun again = CliRun.of("--plugin", jar.toString(), "run", spec.toString(), "--out", out.toString());
        assertEquals(0, again.status(), again.err());
        assertTrue(again.out().contains("0 run, 8 kept"), again.out());

        Files.write(jar, new byte[] {1}, java.nio.file.StandardOpenOption.APPEND);
        CliRun changed = CliRun.of("--plugin", jar.toString(), "run", spec.toString(), "--out", out.toString());
        assertEquals(2, changed.status(), changed.err());
        assertTrue(changed.err().startsWith("steepest: results folder " + out + " was run with plugin demo.jar (sha256 "),
                changed.err());
        assertTrue(changed.err().contains("has changed"), changed.err());

        CliRun without = CliRun.of("run", spec.toString(), "--out", temp.resolve("other").toString());
        assertEquals(2, without.status());
        assertTrue(without.err().contains("unknown problem 'shifted-sphere'"), without.err());
    }

    @Test
    void aFactoryThatThrowsFailsItsCellsAndTheOthersGoOn() throws IOException {
        Path spec = Files.writeString(temp.resolve("explodes.yaml"), """
                name: explodes
                problems: ["shifted-sphere"]
                optimizers: [explodes, gd]
                budget: {iterations: 50}
                """);
        Path out = temp.resolve("results");
        CliRun run = CliRun.of("--plugin", demo.toString(), "run", spec.toString(), "--out", out.toString());
        assertEquals(1, run.status(), run.err());
        List<SummaryRow> rows = Summaries.read(out.resolve("summary.csv"));
        assertEquals(Status.FAILED, rows.get(0).status());
        assertEquals("IllegalStateException: the plugin broke", rows.get(0).error());
        assertEquals(Status.STOPPED, rows.get(1).status());
    }

    @Test
    void brokenPluginsAreOneLineAndWriteNothing() throws IOException {
        Path out = temp.resolve("never");
        assertRefused(temp.resolve("absent.jar"), out, "steepest: --plugin " + temp.resolve("absent.jar")
                + ": no such file or folder");
        Path text = Files.writeString(temp.resolve("text.jar"), "not a zip");
        assertRefused(text, out, "steepest: --plugin " + text + ": not a jar (");
        Path empty = new PluginJarBuilder().write(temp.resolve("empty.jar"));
        assertRefused(empty, out, "steepest: plugin empty.jar holds no provider: list one in "
                + "META-INF/services/steepest.optimizers.spi.OptimizerProvider or");
        Path missing = new PluginJarBuilder().service(OptimizerProvider.class, "demo.Missing").write(temp.resolve("missing.jar"));
        assertRefused(missing, out, "steepest: plugin missing.jar: provider steepest.optimizers.spi.OptimizerProvider "
                + "cannot be loaded: ");
        Path boom = new PluginJarBuilder().source("demo.Boom", """
                package demo;
                public final class Boom implements steepest.optimizers.spi.OptimizerProvider {
                    public Boom() {
                        throw new IllegalStateException("no licence");
                    }
                    public java.util.List<steepest.optimizers.spec.CatalogEntry<steepest.optimizers.Optimizer>> optimizers() {
                        return java.util.List.of();
                    }
                }
                """).service(OptimizerProvider.class, "demo.Boom").write(temp.resolve("boom.jar"));
        assertRefused(boom, out, "steepest: plugin boom.jar: provider demo.Boom cannot be loaded: "
                + "IllegalStateException: no licence");
        Path clash = new PluginJarBuilder().source("demo.Clash", entrySource("Clash", "adam", "0.1"))
                .service(OptimizerProvider.class, "demo.Clash").write(temp.resolve("clash.jar"));
        assertRefused(clash, out, "steepest: plugin clash.jar: optimizer 'adam' is declared twice: by the built-in "
                + "catalog and by plugin clash.jar");
        Path twice = new PluginJarBuilder().source("demo.Again", entrySource("Again", "sign-descent", "0.1"))
                .service(OptimizerProvider.class, "demo.Again").write(temp.resolve("again.jar"));
        CliRun both = CliRun.of("--plugin", demo.toString(), "--plugin", twice.toString(), "list");
        assertEquals(2, both.status());
        assertEquals("steepest: plugin again.jar: optimizer 'sign-descent' is declared twice: by plugin demo.jar "
                + "and by plugin again.jar", both.err().strip());
        Path badDefault = new PluginJarBuilder().source("demo.Bad", entrySource("Bad", "bad-default", "fast"))
                .service(OptimizerProvider.class, "demo.Bad").write(temp.resolve("bad.jar"));
        assertRefused(badDefault, out, "steepest: plugin bad.jar: optimizer 'bad-default': lr='fast' is not a number "
                + "(a declared default is invalid)");
    }

    private static String entrySource(String className, String name, String defaultRate) {
        return """
                package demo;
                import java.util.List;
                import steepest.optimizers.Optimizer;
                import steepest.optimizers.spec.CatalogEntry;
                import steepest.optimizers.spec.Key;
                public final class %s implements steepest.optimizers.spi.OptimizerProvider {
                    public List<CatalogEntry<Optimizer>> optimizers() {
                        return List.of(new CatalogEntry<>("%s", "gd under another name",
                                List.of(Key.of("lr", "%s", "step")),
                                a -> steepest.optimizers.BuiltinOptimizers.asCatalog().create("gd:lr=" + a.real("lr"))));
                    }
                }
                """.formatted(className, name, defaultRate);
    }

    private void assertRefused(Path plugin, Path out, String expectedStart) throws IOException {
        Path spec = Files.writeString(temp.resolve("quick.yaml"), EXPERIMENT);
        CliRun run = CliRun.of("--plugin", plugin.toString(), "run", spec.toString(), "--out", out.toString());
        assertEquals(2, run.status(), run.err());
        assertTrue(run.err().startsWith(expectedStart), "expected the message to start with\n  " + expectedStart
                + "\nbut it was\n  " + run.err());
        assertEquals(1, run.err().strip().lines().count(), "one line: " + run.err());
        assertFalse(Files.exists(out), "nothing written");
    }
}
