/**
 * The plugin interface of the problems module (public API): {@link steepest.problems.spi.ProblemProvider}
 * contributes problem entries through {@link java.util.ServiceLoader}, the same way the suite's
 * built-ins are contributed by {@link steepest.problems.BuiltinProblems}.
 */
package steepest.problems.spi;
