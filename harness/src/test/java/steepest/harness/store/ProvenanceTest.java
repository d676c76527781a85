package steepest.harness.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The manifest's dependency versions are the libraries' own, including those built without Maven. */
class ProvenanceTest {

    @Test
    void everyDependencyVersionIsKnownAndPicocliIsItsOwnConstant() {
        JsonNode dependencies = Provenance.describe().get("dependencies");
        assertEquals(CommandLine.VERSION, dependencies.get("info.picocli:picocli").asText());
        for (Iterator<Map.Entry<String, JsonNode>> it = dependencies.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> dependency = it.next();
            assertNotEquals("unknown", dependency.getValue().asText(), dependency.getKey());
        }
    }
}
