package steepest.problems;

/**
 * Run in a child JVM by {@link LazyNd4jTest}: lists the catalog and evaluates an analytic and a
 * linear problem, or with the argument {@code mlp} also a network.
 */
public final class LazyNd4jProbe {

    private LazyNd4jProbe() {
    }

    /** Creates and evaluates the problems named by the arguments after listing the catalog. */
    public static void main(String[] args) {
        int entries = BuiltinProblems.asCatalog().entries().size();
        for (String spec : args) {
            Problem problem = BuiltinProblems.asCatalog().create(spec);
            problem.objective().value(problem.start());
        }
        System.out.println("probe listed " + entries + " problems");
    }
}
