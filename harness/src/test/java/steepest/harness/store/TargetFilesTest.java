package steepest.harness.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The reader of targets/ID.csv: what steepest writes reads back; anything else names file and line. */
class TargetFilesTest {

    private static final List<String> LADDER = List.of("1e0", "1e-1", "1e-2");

    @TempDir
    Path folder;

    private Path write(String text) throws IOException {
        Path file = folder.resolve("c0000.csv");
        Files.writeString(file, text);
        return file;
    }

    @Test
    void readsHitsAndBlanksAsNotReached() throws IOException {
        var costs = TargetFiles.read(write("target,gevals,time_s\n1e0,3,0.5\n1e-1,7,1.25\n1e-2,,\n"), LADDER);
        assertEquals(LADDER, costs.labels());
        assertArrayEquals(new double[] {3, 7, Double.NaN}, costs.gradients());
        assertArrayEquals(new double[] {0.5, 1.25, Double.NaN}, costs.seconds());
    }

    @Test
    void aMissingRowIsATruncatedFile() throws IOException {
        Path file = write("target,gevals,time_s\n1e0,3,0.5\n1e-1,7,1.25\n");
        var error = assertThrows(ResultsFileException.class, () -> TargetFiles.read(file, LADDER));
        assertTrue(error.getMessage().contains("2 targets, the ladder has 3"), error.getMessage());
    }

    @Test
    void aLabelOutOfPlaceNamesTheLine() throws IOException {
        Path file = write("target,gevals,time_s\n1e0,3,0.5\n1e-2,7,1.25\n1e-1,,\n");
        var error = assertThrows(ResultsFileException.class, () -> TargetFiles.read(file, LADDER));
        assertTrue(error.getMessage().startsWith(file + ":3: target '1e-2' where the ladder has '1e-1'"), error.getMessage());
    }

    @Test
    void anExtraRowIsRefused() throws IOException {
        Path file = write("target,gevals,time_s\n1e0,3,0.5\n1e-1,7,1.25\n1e-2,,\n1e-3,,\n");
        var error = assertThrows(ResultsFileException.class, () -> TargetFiles.read(file, LADDER));
        assertTrue(error.getMessage().contains(":5: target '1e-3' where the ladder has no more targets"), error.getMessage());
    }

    @Test
    void bytesThatAreNotUtf8NameTheFile() throws IOException {
        Path file = folder.resolve("bad.csv");
        Files.write(file, new byte[] {'t', (byte) 0xff, (byte) 0xfe, '\n'});
        var error = assertThrows(ResultsFileException.class, () -> TargetFiles.read(file, LADDER));
        assertTrue(error.getMessage().contains("not UTF-8 text"), error.getMessage());
    }
}
