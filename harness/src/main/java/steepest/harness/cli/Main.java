package steepest.harness.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import steepest.harness.catalog.Catalogs;
import steepest.harness.store.Provenance;

/**
 * The {@code steepest} command line. Exit status: 0 on success, 1 when the work failed (an I/O
 * error, a failed cell), 2 on bad input (an unknown name or key, a malformed number, an invalid
 * option, a damaged results file, a folder another run holds, a problem too large for the heap),
 * with one line naming the offending token; a stack trace only with {@code --verbose}.
 */
@Command(name = "steepest", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "A reproducible benchmark suite for gradient-based optimization.",
        subcommands = {ListCommand.class, TraceCommand.class, RunCommand.class, ReportCommand.class, TuneCommand.class,
            MergeCommand.class,
            CheckCommand.class,
            VerifyCommand.class,

            BenchCommand.class,
            CommandLine.HelpCommand.class})
public final class Main implements Runnable {

    /** Exit status for bad input. */
    static final int USAGE = 2;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @CommandLine.Option(names = "--verbose", scope = CommandLine.ScopeType.INHERIT,
            description = "Print stack traces of errors.")
    private boolean verbose;

    @CommandLine.Option(names = "--plugin", scope = CommandLine.ScopeType.INHERIT, paramLabel = "PATH",
            description = "A plugin jar, or a folder whose jars are all loaded, adding optimizers and problems "
                + "(repeatable; also the environment variable STEEPEST_PLUGINS, a path-separator list).")
    private List<Path> plugins = new ArrayList<>();

    private Catalogs catalogs;

    /** The catalogs of this invocation: the built-ins and every plugin, loaded once on first use. */
    Catalogs catalogs() {
        if (catalogs == null) {
            catalogs = Catalogs.withPlugins(plugins);
        }
        return catalogs;
    }

    /** Runs the CLI and exits with its status. */
    public static void main(String[] args) {
        System.setProperty("java.awt.headless", "true");
        PrintWriter out = new PrintWriter(System.out, true);
        PrintWriter err = new PrintWriter(System.err, true);
        int status = execute(args, out, err);
        out.flush();
        err.flush();
        System.exit(status);
    }

    /** Runs the CLI with the given streams and returns the exit status (for tests and embedding). */
    public static int execute(String[] args, PrintWriter out, PrintWriter err) {
        boolean verbose = Arrays.asList(args).contains("--verbose");
        CommandLine commandLine = new CommandLine(new Main());
        commandLine.setOut(out).setErr(err);
        commandLine.getSubcommands().get("bench").setUnmatchedOptionsArePositionalParams(true);
        commandLine.setParameterExceptionHandler((e, arguments) -> {
            CommandLine failed = e.getCommandLine();
            failed.getErr().println("steepest: " + e.getMessage());
            failed.getErr().println("Try '" + failed.getCommandSpec().qualifiedName() + " --help'.");
            return USAGE;
        });
        commandLine.setExecutionExceptionHandler((e, failed, parseResult) -> report(e, failed.getErr(), verbose));
        try {
            return commandLine.execute(args);
        } catch (VirtualMachineError | LinkageError e) {
            // Errors pass through picocli's handlers: out of memory most of all, which must end in one line too.
            return report(e, err, verbose);
        }
    }

    /** Prints {@code e} as one line (and its stack trace with --verbose) and returns the exit status. */
    static int report(Throwable e, PrintWriter errors, boolean verbose) {
        Throwable outOfMemory = cause(e, OutOfMemoryError.class);
        int status;
        if (outOfMemory != null) {
            errors.println("steepest: out of memory (" + outOfMemory.getMessage() + ") with a Java heap of at most "
                    + mebibytes(Runtime.getRuntime().maxMemory()) + ": the problem or experiment needs more; give Java "
                    + "a larger heap with JAVA_OPTS=-Xmx<size> (e.g. JAVA_OPTS=-Xmx16g), or make it smaller");
            status = USAGE;
        } else if (e instanceof IllegalArgumentException) {
            errors.println("steepest: " + oneLine(e.getMessage()));
            status = USAGE;
        } else if (e instanceof IOException io) {
            errors.println("steepest: I/O error: " + describe(io));
            status = 1;
        } else if (e instanceof UncheckedIOException io) {
            errors.println("steepest: I/O error: " + describe(io.getCause()));
            status = 1;
        } else {
            errors.println("steepest: internal error: " + oneLine(e.toString()));
            status = 1;
        }
        if (verbose) {
            e.printStackTrace(errors);
        }
        errors.flush();
        return status;
    }

    /**
     * What failed, on which path: "PATH: permission denied", "PATH: Read-only file system",
     * "PATH: No space left on device", ... (the operating system's reason where Java keeps it).
     */
    static String describe(IOException e) {
        if (e instanceof FileSystemException fs) {
            String file = fs.getFile() == null ? "" : fs.getFile() + (fs.getOtherFile() == null ? "" : " -> " + fs.getOtherFile());
            String reason = fs.getReason();
            if (reason == null) {
                reason = e instanceof AccessDeniedException ? "permission denied"
                        : e instanceof NoSuchFileException ? "no such file or folder"
                        : e instanceof FileAlreadyExistsException ? "already exists"
                        : e instanceof NotDirectoryException ? "not a folder"
                        : e instanceof DirectoryNotEmptyException ? "folder not empty"
                        : "failed";
            }
            return oneLine(file.isEmpty() ? reason : file + ": " + reason);
        }
        return oneLine(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
    }

    private static String oneLine(String message) {
        return message == null ? "" : message.strip().replaceAll("\\s*[\\r\\n]+\\s*", " ");
    }

    private static Throwable cause(Throwable e, Class<? extends Throwable> kind) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (kind.isInstance(t)) {
                return t;
            }
        }
        return null;
    }

    private static String mebibytes(long bytes) {
        return bytes == Long.MAX_VALUE ? "no limit" : bytes / (1024 * 1024) + " MiB";
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Reports the project version. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"steepest " + Provenance.version()};
        }
    }
}
