package steepest.harness.startup;

import java.io.OutputStream;
import java.io.PrintWriter;
import steepest.harness.cli.Main;

/**
 * The training run of the launcher's class-data-sharing archive (JDK 17 AppCDS, JEP 350): the
 * {@code steepest} script runs this class once after it builds the jar, under
 * {@code -XX:ArchiveClassesAtExit}, so that the JVM writes every class the given commands loaded,
 * parsed, verified and linked, into an archive that later starts map instead of reading the jars.
 * Each argument is one command line, split on spaces (for example {@code "list"} or
 * {@code "trace --problem rosenbrock:d=2 --optimizer gd:lr=1e-3"}); the commands' output is
 * discarded. Exit status 0 when every command succeeded, else 1 (the launcher then keeps no archive).
 */
public final class ArchiveTraining {

    private ArchiveTraining() {
    }

    /** Runs each argument as one {@code steepest} command line. */
    public static void main(String[] commands) {
        System.setProperty("java.awt.headless", "true");
        PrintWriter sink = new PrintWriter(OutputStream.nullOutputStream(), true);
        int failures = 0;
        for (String command : commands) {
            int status = Main.execute(command.strip().split(" +"), sink, sink);
            if (status != 0) {
                System.err.println("steepest: the start-up training command '" + command + "' exited with " + status);
                failures++;
            }
        }
        System.exit(failures == 0 ? 0 : 1);
    }
}
