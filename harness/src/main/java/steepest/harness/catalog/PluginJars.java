package steepest.harness.catalog;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

/**
 * Finds and describes plugin jars: a path given with {@code --plugin} (or in {@code STEEPEST_PLUGINS})
 * is a jar, or a folder whose {@code *.jar} files are all loaded, in name order.
 */
final class PluginJars {

    /** The environment variable holding plugin paths, separated by the platform's path separator. */
    static final String ENVIRONMENT = "STEEPEST_PLUGINS";

    private PluginJars() {
    }

    /** The paths of {@code STEEPEST_PLUGINS} (empty entries skipped), then {@code given}. */
    static List<Path> paths(String environment, List<Path> given) {
        List<Path> paths = new ArrayList<>();
        if (environment != null) {
            for (String part : environment.split(File.pathSeparator)) {
                if (!part.isBlank()) {
                    paths.add(Path.of(part.strip()));
                }
            }
        }
        paths.addAll(given);
        return paths;
    }

    /**
     * The jars the paths name, each once, in order.
     *
     * @throws PluginException for a path that does not exist or a folder with no jar
     */
    static List<Path> expand(List<Path> paths) {
        Set<Path> jars = new LinkedHashSet<>();
        for (Path path : paths) {
            Path absolute = path.toAbsolutePath().normalize();
            if (Files.isDirectory(absolute)) {
                List<Path> found = new ArrayList<>();
                try (DirectoryStream<Path> files = Files.newDirectoryStream(absolute, "*.jar")) {
                    files.forEach(found::add);
                } catch (IOException e) {
                    throw new PluginException("--plugin " + path + ": the folder cannot be read (" + e.getMessage() + ")");
                }
                if (found.isEmpty()) {
                    throw new PluginException("--plugin " + path + ": the folder holds no .jar file");
                }
                found.stream().sorted().forEach(jars::add);
            } else if (Files.isRegularFile(absolute)) {
                jars.add(absolute);
            } else {
                throw new PluginException("--plugin " + path + ": no such file or folder");
            }
        }
        return List.copyOf(jars);
    }

    /**
     * Hashes {@code jar} and reads its manifest's Implementation-Version.
     *
     * @throws PluginException if the file is not a jar
     */
    static PluginJar describe(Path jar) {
        String version;
        try (JarFile file = new JarFile(jar.toFile())) {
            Manifest manifest = file.getManifest();
            String declared = manifest == null ? null
                    : manifest.getMainAttributes().getValue(Attributes.Name.IMPLEMENTATION_VERSION);
            version = declared == null ? "" : declared;
        } catch (IOException | SecurityException e) {
            throw new PluginException("--plugin " + jar + ": not a jar (" + e.getMessage() + ")");
        }
        return new PluginJar(jar, sha256(jar), version);
    }

    /** The hex SHA-256 of a file's bytes. */
    static String sha256(Path file) {
        try (DigestInputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(in.getMessageDigest().digest());
        } catch (IOException e) {
            throw new PluginException("--plugin " + file + ": cannot be read (" + e.getMessage() + ")");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
