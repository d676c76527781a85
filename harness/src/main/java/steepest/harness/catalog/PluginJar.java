package steepest.harness.catalog;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A plugin jar as loaded, for provenance: its path, the SHA-256 of its bytes and the
 * {@code Implementation-Version} of its manifest (empty when it declares none). A results folder
 * records these so that a resume with a changed jar is refused.
 *
 * @param path                  the jar file, absolute and normalized
 * @param sha256                the hex SHA-256 of the file's bytes
 * @param implementationVersion the manifest's Implementation-Version, or ""
 */
public record PluginJar(Path path, String sha256, String implementationVersion) {

    /** Requires every part. */
    public PluginJar {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(implementationVersion, "implementationVersion");
    }

    /** The jar's file name, as messages and manifests name it. */
    public String fileName() {
        return path.getFileName().toString();
    }
}
