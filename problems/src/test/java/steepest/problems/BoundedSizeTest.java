package steepest.problems;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import steepest.optimizers.spec.SpecException;

/**
 * Problems whose size comes from a key are refused, before anything of that size is allocated,
 * with one line naming the key, the size and the heap (or the array limit), never an
 * OutOfMemoryError or nd4j's std::bad_alloc; sparse data stay sparse; a directory or a binary file
 * given as data is named for what it is.
 */
class BoundedSizeTest {

    /** One line, naming the entry: "problem 'name': ...". */
    private static String refusal(String spec) {
        SpecException e = assertThrows(SpecException.class, () -> BuiltinProblems.asCatalog().create(spec));
        assertTrue(!e.getMessage().contains("\n"), e.getMessage());
        return e.getMessage();
    }

    private static final Pattern HEAP = Pattern.compile(
            ".* needs about [0-9.]+ [kMGTPE]B of memory, more than the [0-9.]+ [kMGTPE]?B the Java heap may grow to; "
                    + "give it more with JAVA_OPTS=-Xmx<size>, e\\.g\\. JAVA_OPTS=-Xmx[0-9]+g");

    /** Sizes past one Java array are refused whatever the heap. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "rosenbrock:d=2147483647|problem 'rosenbrock': d=2147483647 is too large: it needs an array of 2147483647 entries, and one Java array holds at most 2147483639",
        "sphere:d=2147483640|problem 'sphere': d=2147483640 is too large: it needs an array of 2147483640 entries",
        "mgh-extended-rosenbrock:n=2147483646|problem 'mgh-extended-rosenbrock': n=2147483646 is too large",
        "mlp:layers=64-100000000-10|problem 'mlp': layers=64-100000000-10 is too large: it needs an array of 6400000000 entries",
        "logreg:dataset=synthetic,n=100000,d=100000|problem 'logreg': dataset=synthetic with n=100000, d=100000 is too large: it needs an array of 10000000000 entries",
        "matrix-completion:m=100000,n=100000,rank=2|problem 'matrix-completion': m=100000,n=100000 is too large"})
    void sizesNoArrayCanHoldAreRefusedByName(String spec, String message) {
        String refused = refusal(spec);
        assertTrue(refused.startsWith(message), refused);
    }

    /**
     * Sizes that fit an array but not the heap: d = 10⁸ needs its eigenvalues, the start, the
     * minimizer and a copy, and a run's eight vectors, 12·8·10⁸ bytes = 9.6 GB.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "quadratic:d=100000000|problem 'quadratic': d=100000000 needs about 9.6 GB of memory|9.6e9",
        "rosenbrock:d=2000000000|problem 'rosenbrock': d=2000000000 needs about 176 GB of memory|1.76e11",
        "mgh-broyden-tridiagonal:n=1000000000|problem 'mgh-broyden-tridiagonal': n=1000000000 needs about 120 GB|1.2e11",
        "logreg:dataset=synthetic,n=100000,d=1000000,density=0.01|problem 'logreg': dataset=synthetic with n=100000, d=1000000, density=0.01 needs about 36 GB|3.6e10",
        "mlp:dataset=spirals,n=2000000000,layers=2-8-2|problem 'mlp': dataset=spirals with n=2000000000 needs about 48 GB|4.8e10",
        "ls-box:m=200000,n=100000|problem 'ls-box': m=200000,n=100000 needs about 480 GB|4.8e11"})
    void sizesBeyondTheHeapAreRefusedNamingSizeAndHeap(String spec, String message, double bytes) {
        assumeTrue(Runtime.getRuntime().maxMemory() < bytes, "a heap this large would build the problem");
        String refused = refusal(spec);
        assertTrue(refused.startsWith(message), refused);
        assertTrue(HEAP.matcher(refused).matches(), refused);
    }

    /**
     * A LIBSVM file whose largest feature index is 10⁶ (two samples): the design matrix stays in
     * CSR with its three non-zeros, and the linear models work on it; the Lasso's optimum is solved
     * over the non-zeros by columns. With the intercept, logistic regression at w = 0 is log 2.
     */
    @Test
    void libsvmFileWithAHugeFeatureIndexStaysSparseAndTheLinearModelsRun(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("wide.svm");
        Files.writeString(file, "1 1:0.5 1000000:1\n-1 2:1\n");
        for (String model : new String[] {"logreg", "svm-hinge", "least-squares", "lasso", "huber"}) {
            Problem problem = BuiltinProblems.asCatalog().create(model + ":file=" + file);
            assertEquals(1_000_001, problem.dimension(), model);
            double[] g = new double[problem.dimension()];
            double f = problem.objective().valueAndGradient(problem.start(), g);
            assertTrue(Double.isFinite(f), model);
            if (model.equals("logreg")) {
                assertEquals(Math.log(2), f, 1e-15);
            }
        }
    }

    /** With 10⁸ features the parameter vectors alone exceed a small heap: refused, not a dense n×10⁸ matrix. */
    @Test
    void libsvmFileWithFeatureIndex1e8IsRefusedByItsParameterVectors(@TempDir Path dir) throws IOException {
        assumeTrue(Runtime.getRuntime().maxMemory() < 17.6e9, "a heap this large would build the problem");
        Path file = dir.resolve("wider.svm");
        Files.writeString(file, "1 1:0.5 100000000:1\n-1 2:1\n");
        String refused = refusal("logreg:file=" + file);
        assertTrue(refused.startsWith("problem 'logreg': file=" + file + " (2 samples, 100000000 features) needs about "),
                refused);
        assertTrue(HEAP.matcher(refused).matches(), refused);
    }

    @Test
    void directoryGivenAsDataIsCalledADirectory(@TempDir Path dir) {
        assertEquals("problem 'logreg': data file " + dir + " is a directory, not a file",
                refusal("logreg:file=" + dir));
    }

    /** Bytes of a binary file shown in the message are escaped; a long token is cut. */
    @Test
    void bytesOfABinaryDataFileAreEscapedInTheMessage(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("binary.svm");
        byte[] bytes = {'1', ' ', 0x1b, '[', '2', 'J', 0x07, (byte) 0xff, ':', '1', '\n'};
        Files.write(file, bytes);
        String refused = refusal("logreg:file=" + file);
        assertEquals("problem 'logreg': " + file + ":1:3: index '\\x1b[2J\\x07\\ufffd' is not a positive integer;"
                + " LIBSVM indices start at 1", refused);
        Path csv = dir.resolve("binary.csv");
        Files.write(csv, ("a,b\n1," + "\u0000".repeat(100) + "\n").getBytes(StandardCharsets.UTF_8));
        String csvRefused = refusal("least-squares:file=" + csv);
        assertTrue(csvRefused.contains("'" + "\\x00".repeat(40) + "...'"), csvRefused);
        assertTrue(csvRefused.chars().noneMatch(c -> c < 0x20), csvRefused);
    }

    /** The sizes that do fit are built as before. */
    @Test
    void sizesWithinTheHeapAreBuilt() {
        assertInstanceOf(Problem.class, BuiltinProblems.asCatalog().create("quadratic:d=100000"));
        assertEquals(1000, BuiltinProblems.asCatalog().create("mgh-extended-rosenbrock:n=1000").dimension());
    }
}
