package steepest.harness.store;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

/**
 * Where and with what a run happened, for manifests: project version and git commit, JVM, OS, CPU
 * model and cores, and the versions of the libraries that shape the numbers.
 */
public final class Provenance {

    /**
     * Group, artifact and a class of the artifact whose jar manifest names its version, for jars
     * built without Maven's pom.properties (picocli's is built with Gradle).
     */
    private static final String[][] DEPENDENCIES = {
        {"org.nd4j", "nd4j-api", "org.nd4j.linalg.factory.Nd4j"},
        {"org.apache.commons", "commons-math3", "org.apache.commons.math3.util.FastMath"},
        {"org.knowm.xchart", "xchart", "org.knowm.xchart.XYChart"},
        {"info.picocli", "picocli", "picocli.CommandLine"},
        {"com.fasterxml.jackson.core", "jackson-databind", "com.fasterxml.jackson.databind.ObjectMapper"},
        {"org.openjdk.jmh", "jmh-core", "org.openjdk.jmh.runner.Runner"},
    };

    private Provenance() {
    }

    /** The project version from the jar manifest, or "dev" when run from classes. */
    public static String version() {
        String version = Provenance.class.getPackage().getImplementationVersion();
        return version == null ? "dev" : version;
    }

    /** A JSON object describing the machine, JVM, project and dependencies. */
    public static ObjectNode describe() {
        JsonNodeFactory json = JsonNodeFactory.instance;
        ObjectNode node = json.objectNode();
        ObjectNode project = node.putObject("project");
        project.put("version", version());
        project.put("commit", git("rev-parse", "HEAD"));
        String status = git("status", "--porcelain", "--untracked-files=no");
        project.put("dirty", status.equals("unknown") ? "unknown" : Boolean.toString(!status.isEmpty()));
        ObjectNode jvm = node.putObject("jvm");
        jvm.put("name", System.getProperty("java.vm.name"));
        jvm.put("vendor", System.getProperty("java.vendor"));
        jvm.put("version", System.getProperty("java.version"));
        ObjectNode os = node.putObject("os");
        os.put("name", System.getProperty("os.name"));
        os.put("version", System.getProperty("os.version"));
        os.put("arch", System.getProperty("os.arch"));
        ObjectNode cpu = node.putObject("cpu");
        cpu.put("model", cpuModel());
        cpu.put("cores", Runtime.getRuntime().availableProcessors());
        ObjectNode dependencies = node.putObject("dependencies");
        for (String[] dependency : DEPENDENCIES) {
            String version = mavenVersion(dependency[0], dependency[1]);
            dependencies.put(dependency[0] + ":" + dependency[1],
                    version.equals("unknown") ? manifestVersion(dependency[2]) : version);
        }
        return node;
    }

    private static String cpuModel() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"), StandardCharsets.UTF_8)) {
                if (line.startsWith("model name")) {
                    return line.substring(line.indexOf(':') + 1).strip();
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux: fall through to the architecture
        }
        return System.getProperty("os.arch");
    }

    private static String mavenVersion(String group, String artifact) {
        String resource = "META-INF/maven/" + group + "/" + artifact + "/pom.properties";
        try (InputStream in = Provenance.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                return "unknown";
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }

    /** The Implementation-Version of the jar that holds {@code className} (not initialized), or "unknown". */
    private static String manifestVersion(String className) {
        try {
            Package where = Class.forName(className, false, Provenance.class.getClassLoader()).getPackage();
            String version = where == null ? null : where.getImplementationVersion();
            return version == null ? "unknown" : version;
        } catch (ClassNotFoundException | LinkageError e) {
            return "unknown";
        }
    }

    /** Runs git in the directory of the code's own repository; "unknown" if that fails. */
    private static String git(String... arguments) {
        try {
            Path code = Path.of(Provenance.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path directory = Files.isDirectory(code) ? code : code.getParent();
            String[] command = new String[arguments.length + 1];
            command[0] = "git";
            System.arraycopy(arguments, 0, command, 1, arguments.length);
            Process process = new ProcessBuilder(command).directory(directory.toFile())
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            if (!process.waitFor(10, TimeUnit.SECONDS) || process.exitValue() != 0) {
                process.destroyForcibly();
                return "unknown";
            }
            return output;
        } catch (IOException | InterruptedException | java.net.URISyntaxException | RuntimeException e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            return "unknown";
        }
    }
}
