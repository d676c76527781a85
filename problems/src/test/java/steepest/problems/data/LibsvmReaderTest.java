package steepest.problems.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import steepest.optimizers.Objective;
import steepest.problems.Differences;
import steepest.problems.BuiltinProblems;

/** The LIBSVM reader: format, located errors, and that dense and sparse storage hold the same data. */
class LibsvmReaderTest {

    private static final String SAMPLE = """
            # a comment line
            +1 1:0.5 3:-2 qid:7 4:1e-1   # trailing comment
            -1 2:3

            +1 1:1 2:0 4:2
            """;

    @TempDir
    Path folder;

    private Path write(String name, String text) throws IOException {
        Path file = folder.resolve(name);
        Files.writeString(file, text);
        return file;
    }

    @Test
    void readsSparseRowsWithCommentsQidsAndBlankLines() throws IOException {
        Dataset data = LibsvmReader.read(write("a.txt", SAMPLE), Storage.SPARSE);
        SparseMatrix x = assertInstanceOf(SparseMatrix.class, data.features());
        assertEquals(3, x.rows());
        assertEquals(4, x.cols());
        assertEquals(6, x.storedEntries(), "the explicit zero is dropped");
        assertArrayEquals(new double[] {1, -1, 1}, data.targets());
        assertArrayEquals(new double[] {0.5, 0, -2, 0.1, 0, 3, 0, 0, 1, 0, 0, 2}, x.toDense().toArray());
    }

    @Test
    void denseAndSparseStorageHoldTheSameMatrix() throws IOException {
        Path file = write("b.txt", SAMPLE);
        DenseMatrix dense = assertInstanceOf(DenseMatrix.class, LibsvmReader.read(file, Storage.DENSE).features());
        SparseMatrix sparse = assertInstanceOf(SparseMatrix.class, LibsvmReader.read(file, Storage.SPARSE).features());
        assertArrayEquals(dense.toArray(), sparse.toDense().toArray());
        assertArrayEquals(dense.toArray(), dense.toSparse().toDense().toArray());
    }

    @Test
    void denseAndSparseStorageGiveTheSameObjective() throws IOException {
        StringBuilder text = new StringBuilder();
        java.util.SplittableRandom random = new java.util.SplittableRandom(3);
        for (int i = 0; i < 200; i++) {
            text.append(random.nextBoolean() ? "+1" : "-1");
            for (int j = 1; j <= 30; j++) {
                if (random.nextDouble() < 0.2) {
                    text.append(' ').append(j).append(':').append(random.nextDouble() * 4 - 2);
                }
            }
            text.append('\n');
        }
        Path file = write("c.txt", text.toString());
        for (String model : new String[] {"logreg", "svm-squared-hinge"}) {
            Objective dense = BuiltinProblems.asCatalog().create(model + ":file=" + file + ",storage=dense").objective();
            Objective sparse = BuiltinProblems.asCatalog().create(model + ":file=" + file + ",storage=sparse").objective();
            double[] w = Differences.gaussian(dense.dimension(), 0.5, 4);
            double[] gd = new double[w.length];
            double[] gs = new double[w.length];
            double fd = dense.valueAndGradient(w, gd);
            double fs = sparse.valueAndGradient(w, gs);
            assertEquals(fd, fs, 1e-13 * (1 + Math.abs(fd)), model);
            assertEquals(0.0, Differences.relativeError(gs, gd), 1e-13, model);
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "descending index   | +1 1:1 5:2 3:1  | 12 | index 3 after index 5; indices must increase along a line",
        "repeated index     | +1 1:1 5:2 5:1  | 12 | index 5 after index 5; indices must increase along a line",
        "index zero         | +1 0:1          | 4  | index '0' is not a positive integer; LIBSVM indices start at 1",
        "negative index     | +1 -2:1         | 4  | index '-2' is not a positive integer; LIBSVM indices start at 1",
        "no colon           | +1 1:1 7        | 8  | '7' is not index:value",
        "non-numeric value  | +1 1:1 2:x      | 10 | the value of index 2 'x' is not a number",
        "NaN value          | +1 1:nan        | 6  | the value of index 1 is NaN ('nan'); data must be finite",
        "infinite value     | +1 1:Infinity   | 6  | the value of index 1 is infinite ('Infinity'); data must be finite",
        "NaN target         | NaN 1:1         | 1  | the target is NaN ('NaN'); data must be finite",
        "non-numeric target | yes 1:1         | 1  | the target 'yes' is not a number",
    })
    void rejectsMalformedLinesWithFileLineAndColumn(String name, String badLine, int column, String problem)
            throws IOException {
        Path file = write("bad.txt", "+1 1:1 2:2\n" + badLine + "\n");
        DataFormatException e = assertThrows(DataFormatException.class, () -> LibsvmReader.read(file, Storage.AUTO));
        assertEquals(2, e.line(), e.getMessage());
        assertEquals(column, e.column(), e.getMessage());
        assertEquals(file + ":2:" + column + ": " + problem, e.getMessage());
    }

    @Test
    void aSpecNamingAMalformedFileFailsWithTheLocation() throws IOException {
        Path file = write("spec.txt", "+1 1:1\n-1 2:1 1:3\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> BuiltinProblems.asCatalog().create("logreg:file=" + file));
        assertEquals("problem 'logreg': " + file + ":2:8: index 1 after index 2; indices must increase along a line",
                e.getMessage());
    }
}
