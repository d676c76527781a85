package steepest.harness.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code steepest bench [JMH options] [REGEX]}: runs the project's JMH benchmarks in forked JVMs.
 * Every JMH option is passed through, e.g. {@code -prof gc}, {@code -p d=100}, {@code -f 1}.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Run the project's JMH benchmarks (all, or those matching REGEX). "
            + "Any JMH option passes through: -prof gc (allocation), -p d=100 (parameters), -f/-wi/-i (forks and "
            + "iterations), -l (list), -rf csv -rff FILE (results file). Example: steepest bench -prof gc GradientDescentStep")
final class BenchCommand implements Callable<Integer> {

    @CommandLine.Parameters(arity = "0..*", paramLabel = "JMH_ARGS", description = "JMH options and benchmark regexes.")
    private List<String> arguments = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        CommandLineOptions options;
        try {
            options = new CommandLineOptions(arguments.toArray(new String[0]));
        } catch (org.openjdk.jmh.runner.options.CommandLineOptionException e) {
            throw new IllegalArgumentException("bench: " + e.getMessage());
        }
        Runner runner = new Runner(options);
        if (options.shouldHelp()) {
            options.showHelp();
        } else if (options.shouldList()) {
            runner.list();
        } else {
            runner.run();
        }
        return 0;
    }
}
