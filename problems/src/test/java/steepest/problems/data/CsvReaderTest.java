package steepest.problems.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The CSV reader: the format it accepts and the located messages of what it rejects. */
class CsvReaderTest {

    @TempDir
    Path folder;

    private Path write(String name, String text) throws IOException {
        Path file = folder.resolve(name);
        Files.writeString(file, text);
        return file;
    }

    @Test
    void readsFeaturesAndTheLastFieldAsTargetSkippingAHeaderAndBlankLines() throws IOException {
        Dataset data = CsvReader.read(write("a.csv", "x1, x2, label\n1, 2.5, 0\n\n-3e-1,4,1\n"));
        assertEquals(2, data.size());
        DenseMatrix x = (DenseMatrix) data.features();
        assertArrayEquals(new double[] {1, 2.5, -0.3, 4}, x.toArray());
        assertArrayEquals(new double[] {0, 1}, data.targets());
    }

    @Test
    void aNumericFirstLineIsData() throws IOException {
        Dataset data = CsvReader.read(write("b.csv", "1,2,0\n3,4,1\n"));
        assertEquals(2, data.size());
    }

    @Test
    void decompressesGzipFiles() throws IOException {
        Path file = folder.resolve("c.csv.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write("1,2,0\n3,4,1\n5,6,0\n".getBytes(StandardCharsets.UTF_8));
        }
        assertEquals(3, CsvReader.read(file).size());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "wrong column count    | 1,2,0\\n3,4\\n          | 2 | 4  | the line has 2 fields, expected 3 as on line 1",
        "extra column          | 1,2,0\\n3,4,1,7\\n      | 2 | 7  | the line has 4 fields, expected 3 as on line 1",
        "non-numeric value     | 1,2,0\\n3,abc,1\\n      | 2 | 3  | field 2 'abc' is not a number",
        "hexadecimal value     | 1,2,0\\n3,0x1p3,1\\n    | 2 | 3  | field 2 '0x1p3' is not a number",
        "empty field           | 1,2,0\\n3,,1\\n         | 2 | 3  | field 2 is empty",
        "NaN                   | 1,2,0\\n3,NaN,1\\n      | 2 | 3  | field 2 is NaN ('NaN'); data must be finite",
        "infinity              | 1,2,0\\n3,4,-inf\\n     | 2 | 5  | field 3 is infinite ('-inf'); data must be finite",
        "overflow              | 1,2,0\\n1e999,4,1\\n    | 2 | 1  | field 1 '1e999' overflows to infinity; data must be finite",
    })
    void rejectsMalformedLinesWithFileLineAndColumn(String name, String text, int line, int column, String problem)
            throws IOException {
        Path file = write("bad.csv", text.replace("\\n", "\n"));
        DataFormatException e = assertThrows(DataFormatException.class, () -> CsvReader.read(file));
        assertEquals(line, e.line(), e.getMessage());
        assertEquals(column, e.column(), e.getMessage());
        assertEquals(file + ":" + line + ":" + column + ": " + problem, e.getMessage());
    }

    @Test
    void anEmptyFileHasNoData() throws IOException {
        Path file = write("empty.csv", "\n\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CsvReader.read(file));
        assertEquals(file + ": no data lines", e.getMessage());
    }
}
