package steepest.harness.store;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads the text files of a results folder (UTF-8, as steepest writes them). A file whose bytes are
 * not UTF-8 (damaged, or not written by steepest) fails with a {@link ResultsFileException} naming
 * it, not with the decoder's bare "Input length = 1".
 */
public final class TextFiles {

    private TextFiles() {
    }

    /** The lines of {@code file}. */
    public static List<String> lines(Path file) throws IOException {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (CharacterCodingException e) {
            throw notText(file);
        }
    }

    /** The text of {@code file}. */
    public static String read(Path file) throws IOException {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (CharacterCodingException e) {
            throw notText(file);
        }
    }

    private static ResultsFileException notText(Path file) {
        return new ResultsFileException(file + ": not UTF-8 text (a damaged file, or not one steepest wrote)");
    }
}
