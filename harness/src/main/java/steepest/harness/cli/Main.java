package steepest.harness.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
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
 * option), with one line naming the offending token; a stack trace only with {@code --verbose}.
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
        commandLine.setExecutionExceptionHandler((e, failed, parseResult) -> {
            PrintWriter errors = failed.getErr();
            int status;
            if (e instanceof IllegalArgumentException) {
                errors.println("steepest: " + e.getMessage());
                status = USAGE;
            } else if (e instanceof java.io.IOException || e instanceof UncheckedIOException) {
                errors.println("steepest: I/O error: " + e.getMessage());
                status = 1;
            } else {
                errors.println("steepest: internal error: " + e);
                status = 1;
            }
            if (verbose) {
                e.printStackTrace(errors);
            }
            return status;
        });
        return commandLine.execute(args);
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
