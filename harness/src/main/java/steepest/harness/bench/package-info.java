/** JMH benchmarks, run with {@code steepest bench}. */
package steepest.harness.bench;
