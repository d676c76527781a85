package steepest.harness.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import steepest.harness.catalog.Catalogs;
import steepest.optimizers.spec.CatalogEntry;
import steepest.optimizers.spec.Key;

/**
 * Random and mutated inputs fed to the CLI's entry point ({@link Main#execute} through
 * {@link CliRun}): specs, experiment files, CSV and LIBSVM data files and damaged results folders.
 * Whatever the input, the outcome is success (exit 0) or one line of error with exit 2: never an
 * internal error, a stack trace, or a message of several lines. Sizes stay small (dimensions,
 * budgets, cell limits), so that a valid input also finishes quickly; the tries are few enough for
 * CI (under a minute together) and jqwik draws new inputs on every build.
 */
class CliPropertiesTest {

    /** Values that are wrong in many ways, or right but at an edge; none large enough to be slow. */
    private static final List<String> VALUES = List.of("0", "1", "2", "3", "10", "-1", "0.5", "1e-3", "1e3", "1e-400",
            "1e400", "NaN", "inf", "-inf", ".inf", "2147483648", "99999999999999999999", "abc", "", "true", "0x10",
            "1_000", "(gd)", "((", ")", "a=b", "\u00e9", "\u0000", "64-32-10", "5-0-2", "/nonexistent/data.csv");
    private static final List<String> MUTATION_CHARS = List.of(":", ",", "=", "(", ")", " ", "-", "1", "9", "e",
            "\n", "\t", "'", "\"", "#", "\u00ff", "\u0001", "{", "[", "&a", "*a", "!!binary ", "---\n");

    private static Path temp;
    private static Path results;
    private static Catalogs catalogs;

    @BeforeContainer
    static void makeAResultsFolder() throws IOException {
        temp = Files.createTempDirectory("steepest-properties");
        catalogs = Catalogs.builtin();
        Path spec = Files.writeString(temp.resolve("base.yaml"), BASE);
        results = temp.resolve("base");
        CliRun run = CliRun.of("run", spec.toString(), "--out", results.toString(), "--threads", "1");
        if (run.status() != 0) {
            throw new IllegalStateException(run.err());
        }
    }

    @AfterContainer
    static void removeTemp() throws IOException {
        delete(temp);
    }

    private static final String BASE = """
            name: base
            seeds: 2
            problems: [rosenbrock:d=2, "quadratic:d=5,cond=10"]
            optimizers: [gd:lr=1e-3, {name: sgd, params: {lr: [0.01, 0.1], momentum: 0.9}}]
            budget: {iterations: 30}
            stop: {gtol: 1e-8}
            record: {per_decade: 5}
            """;

    // --- properties -------------------------------------------------------------------------------

    @Property(tries = 120, edgeCases = EdgeCasesMode.NONE)
    void traceOfRandomSpecs(@ForAll("problems") String problem, @ForAll("optimizers") String optimizer,
                            @ForAll("mutationSeeds") long seed) {
        Random random = new Random(seed);
        String p = random.nextInt(5) == 0 ? mutate(problem, random) : problem;
        String o = random.nextInt(5) == 0 ? mutate(optimizer, random) : optimizer;
        assertClean(CliRun.of("trace", "--problem", p, "--optimizer", o, "--iterations", "5"), "trace " + p + " " + o);
    }

    @Property(tries = 12, edgeCases = EdgeCasesMode.NONE)
    void runOfMutatedExperimentFiles(@ForAll("mutationSeeds") long seed) throws IOException {
        Random random = new Random(seed);
        String text = BASE;
        int edits = 1 + random.nextInt(3);
        for (int i = 0; i < edits; i++) {
            text = random.nextBoolean() ? mutateLine(text, random) : mutate(text, random);
        }
        Path folder = Files.createTempDirectory(temp, "run");
        Path spec = Files.writeString(folder.resolve("e.yaml"), text);
        assertClean(CliRun.of("run", spec.toString(), "--out", folder.resolve("out").toString(), "--threads", "1",
                "--max-cells", "40"), "run of\n" + text);
        delete(folder);
    }

    @Property(tries = 40, edgeCases = EdgeCasesMode.NONE)
    void traceOnRandomDataFiles(@ForAll("mutationSeeds") long seed, @ForAll boolean libsvm) throws IOException {
        Random random = new Random(seed);
        Path folder = Files.createTempDirectory(temp, "data");
        Path file = folder.resolve(libsvm ? "d.svm" : "d.csv");
        Files.write(file, libsvm ? libsvm(random) : csv(random));
        String problem = List.of("logreg", "least-squares", "softmax", "lasso").get(random.nextInt(4));
        assertClean(CliRun.of("trace", "--problem", problem + ":file=" + file, "--optimizer", "gd:lr=0.01",
                "--iterations", "3"), problem + " on " + show(Files.readAllBytes(file)));
        delete(folder);
    }

    @Property(tries = 24, edgeCases = EdgeCasesMode.NONE)
    void readersOfDamagedResultsFolders(@ForAll("mutationSeeds") long seed) throws IOException {
        Random random = new Random(seed);
        Path folder = Files.createTempDirectory(temp, "damaged");
        Path copy = folder.resolve("r");
        copy(results, copy);
        List<Path> files;
        try (Stream<Path> walk = Files.walk(copy)) {
            files = walk.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().startsWith("."))
                    .filter(f -> !f.startsWith(copy.resolve("report"))).sorted().toList();
        }
        Path victim = files.get(random.nextInt(files.size()));
        byte[] bytes = Files.readAllBytes(victim);
        Files.write(victim, damage(bytes, random));
        String[] command = switch (random.nextInt(4)) {
            case 0 -> new String[] {"report", copy.toString(), "--format", "png", "--out", folder.resolve("rep").toString()};
            case 1 -> new String[] {"check", "--update", "--baseline", folder.resolve("b.json").toString(), copy.toString()};
            case 2 -> new String[] {"merge", "--out", folder.resolve("merged").toString(), copy.toString()};
            default -> new String[] {"run", temp.resolve("base.yaml").toString(), "--out", copy.toString(), "--threads", "1"};
        };
        assertClean(CliRun.of(command), String.join(" ", command) + " after damaging " + copy.relativize(victim));
        delete(folder);
    }

    // --- generators -------------------------------------------------------------------------------

    @Provide
    Arbitrary<Long> mutationSeeds() {
        return Arbitraries.longs();
    }

    @Provide
    Arbitrary<String> problems() {
        return specs(catalogs.problems().entries());
    }

    @Provide
    Arbitrary<String> optimizers() {
        return specs(catalogs.optimizers().entries());
    }

    /**
     * A catalog name with up to three distinct keys, each set to its default (valid, so that runs
     * happen) or to a value from {@link #VALUES}; now and then a key the entry does not have.
     */
    private static <T> Arbitrary<String> specs(List<CatalogEntry<T>> entries) {
        return Arbitraries.of(entries).flatMap(entry -> {
            if (entry.keys().isEmpty()) {
                return Arbitraries.of(entry.name(), entry.name() + ":no_such_key=1");
            }
            List<String> keys = new ArrayList<>(entry.keys().stream().map(Key::name).toList());
            List<String> defaults = entry.keys().stream().map(k -> k.defaultValue() == null ? "1" : k.defaultValue()).toList();
            keys.add("no_such_key");
            Arbitrary<Integer> which = Arbitraries.frequencyOf(Tuple.of(12, Arbitraries.integers().between(0, keys.size() - 2)),
                    Tuple.of(1, Arbitraries.just(keys.size() - 1)));
            Arbitrary<String> pair = which.flatMap(k -> Arbitraries.frequencyOf(
                    Tuple.of(4, Arbitraries.just(k < defaults.size() ? defaults.get(k) : "1")),
                    Tuple.of(1, Arbitraries.of(VALUES))).map(v -> keys.get(k) + "=" + v));
            return pair.list().ofMaxSize(3).uniqueElements(p -> p.substring(0, p.indexOf('=')))
                    .map(pairs -> pairs.isEmpty() ? entry.name() : entry.name() + ":" + String.join(",", pairs));
        });
    }

    private static String mutate(String text, Random random) {
        StringBuilder out = new StringBuilder(text);
        int edits = 1 + random.nextInt(3);
        for (int i = 0; i < edits; i++) {
            int at = out.length() == 0 ? 0 : random.nextInt(out.length());
            switch (random.nextInt(3)) {
                case 0 -> out.insert(at, MUTATION_CHARS.get(random.nextInt(MUTATION_CHARS.size())));
                case 1 -> {
                    if (out.length() > 0) {
                        out.deleteCharAt(at);
                    }
                }
                default -> {
                    if (out.length() > 0) {
                        out.setCharAt(at, MUTATION_CHARS.get(random.nextInt(MUTATION_CHARS.size())).charAt(0));
                    }
                }
            }
        }
        return out.toString();
    }

    /** Deletes, duplicates or replaces a line, or sets a field to a value from {@link #VALUES}. */
    private static String mutateLine(String text, Random random) {
        List<String> lines = new ArrayList<>(text.lines().toList());
        int at = random.nextInt(lines.size());
        switch (random.nextInt(4)) {
            case 0 -> lines.remove(at);
            case 1 -> lines.add(at, lines.get(at));
            case 2 -> lines.set(at, lines.get(at).replaceFirst(":.*", ": " + value(random)));
            default -> lines.add(at, List.of("seeds: ", "seed: ", "budget: {time_seconds: ", "record: {every: ",
                    "start: {uniform: [-1, ", "stop: {target_reduction: ", "description: ")
                    .get(random.nextInt(7)) + value(random) + (random.nextBoolean() ? "}" : "]}"));
        }
        return String.join("\n", lines) + "\n";
    }

    private static String value(Random random) {
        return random.nextInt(5) == 0 ? "9000000000000000" : VALUES.get(random.nextInt(VALUES.size()));
    }

    /** A CSV table of a few rows, some of it wrong: a bad token, a short row, bytes that are not text. */
    private static byte[] csv(Random random) {
        StringBuilder text = new StringBuilder(random.nextBoolean() ? "a,b,y\n" : "");
        int rows = random.nextInt(12);
        int columns = 1 + random.nextInt(4);
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                text.append(c == 0 ? "" : ",").append(cell(random, c == columns - 1));
            }
            if (random.nextInt(10) == 0) {
                text.append(",").append(cell(random, false));
            }
            text.append(random.nextInt(15) == 0 ? "\r\n" : "\n");
        }
        return withNoise(text.toString().getBytes(StandardCharsets.UTF_8), random);
    }

    /** LIBSVM lines "label index:value ...", indexes up to a million, some of them wrong. */
    private static byte[] libsvm(Random random) {
        StringBuilder text = new StringBuilder();
        int rows = random.nextInt(12);
        for (int r = 0; r < rows; r++) {
            text.append(random.nextBoolean() ? "+1" : random.nextBoolean() ? "-1" : cell(random, true));
            int features = random.nextInt(4);
            for (int f = 0; f < features; f++) {
                int index = random.nextInt(6) == 0 ? random.nextInt(1_000_000) : random.nextInt(8) - 1;
                text.append(' ').append(index).append(':').append(cell(random, false));
            }
            text.append(random.nextInt(10) == 0 ? " # comment\n" : "\n");
        }
        return withNoise(text.toString().getBytes(StandardCharsets.UTF_8), random);
    }

    private static String cell(Random random, boolean label) {
        if (random.nextInt(12) == 0) {
            return VALUES.get(random.nextInt(VALUES.size()));
        }
        return label ? Integer.toString(random.nextInt(3)) : Double.toString(random.nextGaussian());
    }

    /** Sometimes a few bytes replaced by random ones (binary garbage, invalid UTF-8). */
    private static byte[] withNoise(byte[] bytes, Random random) {
        if (bytes.length > 0 && random.nextInt(4) == 0) {
            for (int i = 0; i < 3; i++) {
                bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
            }
        }
        return bytes;
    }

    /** Truncation, emptiness, flipped bytes or appended garbage. */
    private static byte[] damage(byte[] bytes, Random random) {
        return switch (random.nextInt(4)) {
            case 0 -> java.util.Arrays.copyOf(bytes, bytes.length == 0 ? 0 : random.nextInt(bytes.length));
            case 1 -> new byte[0];
            case 2 -> {
                byte[] flipped = bytes.clone();
                for (int i = 0; i < 1 + random.nextInt(4) && flipped.length > 0; i++) {
                    flipped[random.nextInt(flipped.length)] = (byte) random.nextInt(256);
                }
                yield flipped;
            }
            default -> {
                byte[] longer = java.util.Arrays.copyOf(bytes, bytes.length + 8);
                for (int i = bytes.length; i < longer.length; i++) {
                    longer[i] = (byte) random.nextInt(256);
                }
                yield longer;
            }
        };
    }

    // --- the assertion ----------------------------------------------------------------------------

    private static void assertClean(CliRun run, String input) {
        String err = run.err();
        boolean clean = run.status() == 0 || run.status() == Main.USAGE && err.lines().count() == 1
                && err.startsWith("steepest: ");
        if (!clean || err.contains("internal error") || err.contains("\tat ") || err.contains("Exception:")) {
            throw new AssertionError("exit " + run.status() + " for input " + input + "\nstderr: " + err);
        }
    }

    private static String show(byte[] bytes) {
        return new String(bytes, StandardCharsets.ISO_8859_1).replace("\n", "\\n");
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path source : walk.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        }
    }

    private static void delete(Path folder) throws IOException {
        if (folder == null || !Files.exists(folder)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
