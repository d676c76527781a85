package steepest.harness.catalog;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import javax.tools.JavaCompiler;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;

/**
 * Builds real plugin jars in tests: compiles Java sources against the test class path with the
 * JDK's compiler and packs the classes, any service files and a manifest into a jar.
 */
public final class PluginJarBuilder {

    private final Map<String, String> sources = new LinkedHashMap<>();
    private final Map<String, String> services = new LinkedHashMap<>();
    private String version = "";

    /** Adds the source of a class named {@code className} (its package declared inside). */
    public PluginJarBuilder source(String className, String source) {
        sources.put(className, source);
        return this;
    }

    /** Lists {@code providers} in META-INF/services/{@code service}. */
    public PluginJarBuilder service(Class<?> service, String... providers) {
        services.put(service.getName(), String.join("\n", providers) + "\n");
        return this;
    }

    /** Sets the manifest's Implementation-Version. */
    public PluginJarBuilder version(String implementationVersion) {
        version = implementationVersion;
        return this;
    }

    /** Compiles and writes the jar to {@code jar}. */
    public Path write(Path jar) throws IOException {
        Path classes = Files.createTempDirectory(jar.getParent(), "classes");
        if (!sources.isEmpty()) {
            JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
            List<SimpleJavaFileObject> units = new ArrayList<>();
            sources.forEach((name, text) -> units.add(new SimpleJavaFileObject(
                    URI.create("string:///" + name.replace('.', '/') + ".java"), SimpleJavaFileObject.Kind.SOURCE) {
                @Override
                public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                    return text;
                }
            }));
            List<String> options = List.of("-d", classes.toString(), "-classpath", System.getProperty("java.class.path"),
                    "--release", "17");
            if (!compiler.getTask(null, null, null, options, null, units).call()) {
                throw new IllegalStateException("the plugin sources do not compile");
            }
        }
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        if (!version.isEmpty()) {
            manifest.getMainAttributes().put(Attributes.Name.IMPLEMENTATION_VERSION, version);
        }
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file, manifest)) {
            List<Path> files;
            try (var walk = Files.walk(classes)) {
                files = walk.filter(Files::isRegularFile).sorted().toList();
            }
            for (Path path : files) {
                out.putNextEntry(new JarEntry(classes.relativize(path).toString().replace('\\', '/')));
                out.write(Files.readAllBytes(path));
                out.closeEntry();
            }
            for (Map.Entry<String, String> service : services.entrySet()) {
                out.putNextEntry(new JarEntry("META-INF/services/" + service.getKey()));
                out.write(service.getValue().getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
        return jar;
    }
}
