package steepest.harness.catalog;

import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.function.Function;
import steepest.optimizers.Optimizer;
import steepest.optimizers.spec.Catalog;
import steepest.optimizers.spec.CatalogEntry;
import steepest.optimizers.spec.Key;
import steepest.optimizers.spec.SpecException;
import steepest.optimizers.spi.OptimizerProvider;
import steepest.problems.Problem;
import steepest.problems.spi.ProblemProvider;

/**
 * The catalogs of one invocation: every optimizer and problem entry a spec may name, from the
 * providers on the class path (the suite's own, or a library user's) and from plugin jars, each
 * entry with its {@link Origin}. Assembled once at start-up and passed along: nothing on the run or
 * report paths reaches a catalog any other way, so built-in and plugin entries are one catalog.
 */
public final class Catalogs {

    private final Catalog<Optimizer> optimizers;
    private final Catalog<Problem> problems;
    private final Map<String, Origin> optimizerOrigins;
    private final Map<String, Origin> problemOrigins;
    private final List<PluginJar> plugins;

    private Catalogs(Assembly<Optimizer> optimizers, Assembly<Problem> problems, List<PluginJar> plugins) {
        this.optimizers = optimizers.catalog();
        this.problems = problems.catalog();
        this.optimizerOrigins = Map.copyOf(optimizers.origins);
        this.problemOrigins = Map.copyOf(problems.origins);
        this.plugins = List.copyOf(plugins);
    }

    /** The providers visible to {@code loader} (for a library user: the suite's and their own). */
    public static Catalogs onClassPath(ClassLoader loader) {
        return load(loader, List.of());
    }

    /**
     * Catalogs of exactly the entries of {@code optimizers} and {@code problems}, for code that
     * assembles its own (tests, embedding); origins are the class path.
     *
     * @throws PluginException if two entries share a name
     */
    public static Catalogs of(List<OptimizerProvider> optimizers, List<ProblemProvider> problems) {
        Assembly<Optimizer> optimizerEntries = new Assembly<>("optimizer");
        Assembly<Problem> problemEntries = new Assembly<>("problem");
        optimizers.forEach(provider -> optimizerEntries.add(provider.optimizers(), Origin.CLASS_PATH));
        problems.forEach(provider -> problemEntries.add(provider.problems(), Origin.CLASS_PATH));
        return new Catalogs(optimizerEntries, problemEntries, List.of());
    }

    /** The suite's own entries and whatever else is on this class's class path. */
    public static Catalogs builtin() {
        return onClassPath(Catalogs.class.getClassLoader());
    }

    /**
     * The class path's providers plus those of plugin jars: each path a jar or a folder of jars,
     * after those of the environment variable {@code STEEPEST_PLUGINS} (a path-separator list).
     *
     * @throws PluginException naming the jar and what is wrong with it
     */
    public static Catalogs withPlugins(List<Path> paths) {
        return load(Catalogs.class.getClassLoader(),
                PluginJars.expand(PluginJars.paths(System.getenv(PluginJars.ENVIRONMENT), paths)));
    }

    private static Catalogs load(ClassLoader base, List<Path> jars) {
        Assembly<Optimizer> optimizers = new Assembly<>("optimizer");
        Assembly<Problem> problems = new Assembly<>("problem");
        for (OptimizerProvider provider : ServiceLoader.load(OptimizerProvider.class, base)) {
            optimizers.add(provider.optimizers(), Origin.CLASS_PATH);
        }
        for (ProblemProvider provider : ServiceLoader.load(ProblemProvider.class, base)) {
            problems.add(provider.problems(), Origin.CLASS_PATH);
        }
        List<PluginJar> plugins = new ArrayList<>();
        for (Path path : jars) {
            PluginJar jar = PluginJars.describe(path);
            ClassLoader loader = classLoader(jar, base);
            int found = provide(jar, loader, OptimizerProvider.class, OptimizerProvider::optimizers, optimizers)
                    + provide(jar, loader, ProblemProvider.class, ProblemProvider::problems, problems);
            if (found == 0) {
                throw new PluginException("plugin " + jar.fileName() + " holds no provider: list one in "
                        + "META-INF/services/" + OptimizerProvider.class.getName() + " or META-INF/services/"
                        + ProblemProvider.class.getName());
            }
            plugins.add(jar);
        }
        Catalogs catalogs = new Catalogs(optimizers, problems, plugins);
        optimizers.checkDefaults(catalogs.optimizers);
        problems.checkDefaults(catalogs.problems);
        return catalogs;
    }

    private static ClassLoader classLoader(PluginJar jar, ClassLoader parent) {
        try {
            return new URLClassLoader("plugin " + jar.fileName(), new URL[] {jar.path().toUri().toURL()}, parent);
        } catch (MalformedURLException e) {
            throw new PluginException("--plugin " + jar.path() + ": " + e.getMessage());
        }
    }

    /** Adds the entries of the providers of {@code service} that live in the jar itself; returns how many there were. */
    private static <S, T> int provide(PluginJar jar, ClassLoader loader, Class<S> service,
                                      Function<S, List<CatalogEntry<T>>> entries, Assembly<T> into) {
        int count = 0;
        String current = service.getName();
        try {
            for (ServiceLoader.Provider<S> provider : ServiceLoader.load(service, loader).stream().toList()) {
                current = provider.type().getName();
                if (provider.type().getClassLoader() != loader) {
                    continue;
                }
                List<CatalogEntry<T>> listed;
                try {
                    listed = entries.apply(provider.get());
                } catch (ServiceConfigurationError e) {
                    throw e;
                } catch (RuntimeException | LinkageError e) {
                    throw new PluginException("plugin " + jar.fileName() + ": provider " + current
                            + " failed to list its entries: " + describe(e));
                }
                into.add(listed, Origin.of(jar));
                count++;
            }
        } catch (ServiceConfigurationError e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            throw new PluginException("plugin " + jar.fileName() + ": provider " + current + " cannot be loaded: "
                    + (e.getCause() == null ? e.getMessage() : describe(cause)));
        }
        return count;
    }

    private static String describe(Throwable e) {
        Throwable root = e instanceof java.lang.reflect.InvocationTargetException && e.getCause() != null ? e.getCause() : e;
        return root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + root.getMessage());
    }

    /** Every optimizer entry. */
    public Catalog<Optimizer> optimizers() {
        return optimizers;
    }

    /** Every problem entry. */
    public Catalog<Problem> problems() {
        return problems;
    }

    /** Where the optimizer entry {@code name} came from. */
    public Origin optimizerOrigin(String name) {
        return optimizerOrigins.getOrDefault(name, Origin.CLASS_PATH);
    }

    /** Where the problem entry {@code name} came from. */
    public Origin problemOrigin(String name) {
        return problemOrigins.getOrDefault(name, Origin.CLASS_PATH);
    }

    /** The plugin jars loaded, in order. */
    public List<PluginJar> plugins() {
        return plugins;
    }

    /** The entries of one kind as they are collected, with their origins; refuses clashing names. */
    private static final class Assembly<T> {
        private final String kind;
        private final Map<String, CatalogEntry<T>> entries = new LinkedHashMap<>();
        private final Map<String, Origin> origins = new LinkedHashMap<>();

        Assembly(String kind) {
            this.kind = kind;
        }

        void add(List<CatalogEntry<T>> listed, Origin origin) {
            for (CatalogEntry<T> entry : listed) {
                String where = origin.plugin().map(jar -> "plugin " + jar.fileName() + ": ").orElse("");
                String name = entry.name();
                if (name.isBlank() || name.chars().anyMatch(c -> ":,=() \t".indexOf(c) >= 0)) {
                    throw new PluginException(where + kind + " name '" + name
                            + "' is not a valid name (no blanks, ':', ',', '=' or parentheses)");
                }
                Origin earlier = origins.get(name);
                if (earlier != null) {
                    throw new PluginException(where + kind + " '" + name + "' is declared twice: by "
                            + earlier.describe() + " and by " + origin.describe());
                }
                entries.put(name, entry);
                origins.put(name, origin);
            }
        }

        Catalog<T> catalog() {
            return new Catalog<>(kind, List.copyOf(entries.values()));
        }

        /**
         * Builds every plugin entry whose keys all have defaults once from those defaults, so that a
         * default that is not valid for its own key is reported now, naming the jar and the key. Any
         * other failure of the factory is left to the cells that build the entry, which record it.
         */
        void checkDefaults(Catalog<T> catalog) {
            entries.forEach((name, entry) -> {
                Origin origin = origins.get(name);
                if (origin.plugin().isEmpty() || entry.keys().stream().map(Key::defaultValue).anyMatch(v -> v == null)) {
                    return;
                }
                String jar = origin.plugin().get().fileName();
                try {
                    catalog.create(name);
                } catch (SpecException e) {
                    throw new PluginException("plugin " + jar + ": " + e.getMessage() + " (a declared default is invalid)");
                } catch (RuntimeException | LinkageError e) {
                    // Not a bad default: a factory that fails while building is reported by the cells that build it.
                }
            });
        }
    }
}
