/** The {@code steepest} command line (picocli): list, trace, run, bench. */
package steepest.harness.cli;
