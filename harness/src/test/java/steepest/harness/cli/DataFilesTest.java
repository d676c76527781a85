package steepest.harness.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A data file named by {@code file=} is found beside the experiment file whatever the current
 * directory, and its bytes are part of what a results folder records: a resume on changed data is
 * refused.
 */
class DataFilesTest {

    @TempDir
    Path temp;

    /** 24 samples of two features and a 0/1 label, separable with some overlap. */
    private static String data(double shift) {
        StringBuilder csv = new StringBuilder("x1,x2,y\n");
        for (int i = 0; i < 24; i++) {
            int label = i % 2;
            csv.append(0.1 * i + shift).append(',').append(label == 1 ? 1.0 + 0.05 * i : -1.0 + 0.03 * i).append(',')
                    .append(label).append('\n');
        }
        return csv.toString();
    }

    private static String sha256(byte[] bytes) throws NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    @Test
    void relativeFilesResolveAgainstTheExperimentFileAndAChangedFileRefusesTheResume() throws Exception {
        Path study = Files.createDirectories(temp.resolve("study"));
        Path data = Files.writeString(study.resolve("data.csv"), data(0));
        Path spec = Files.writeString(study.resolve("logreg.yaml"), """
                name: own-data
                problems: ["logreg:file=data.csv,test_fraction=0"]
                optimizers: [gd:lr=0.1]
                budget: {iterations: 20}
                """);
        // The tests run in the module's folder, not in study/: the path must not depend on it.
        assertTrue(!Files.exists(Path.of("data.csv")));
        Path out = temp.resolve("out");
        CliRun run = CliRun.of("run", spec.toString(), "--out", out.toString());
        assertEquals(0, run.status(), run.out() + run.err());

        JsonNode manifest = new ObjectMapper().readTree(out.resolve("manifest.json").toFile());
        String absolute = data.toAbsolutePath().normalize().toString();
        assertTrue(manifest.path("spec").path("problems").get(0).asText().contains("file=" + absolute + ","),
                manifest.path("spec").toString());
        assertEquals(absolute, manifest.path("data_files").get(0).path("file").asText());
        assertEquals(sha256(Files.readAllBytes(data)), manifest.path("data_files").get(0).path("sha256").asText());

        CliRun again = CliRun.of("run", spec.toString(), "--out", out.toString());
        assertEquals(0, again.status(), again.err());
        assertTrue(again.out().contains("cells: 0 run, 1 kept"), again.out());

        Files.writeString(data, data(0.5));
        CliRun changed = CliRun.of("run", spec.toString(), "--out", out.toString());
        assertEquals(2, changed.status(), changed.out() + changed.err());
        assertEquals(1, changed.err().lines().count(), changed.err());
        assertTrue(changed.err().contains("was run on data file " + absolute + " (sha256 "
                + sha256(data(0).getBytes(java.nio.charset.StandardCharsets.UTF_8)).substring(0, 12)
                + "), which has changed"), changed.err());
    }
}
