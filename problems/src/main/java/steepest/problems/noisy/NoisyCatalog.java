package steepest.problems.noisy;

import java.util.Arrays;
import java.util.List;
import steepest.optimizers.spec.CatalogEntry;
import steepest.optimizers.spec.Key;
import steepest.problems.Problem;

/**
 * The spec entry {@code noisy:problem=(SPEC),kind=gaussian|multiplicative|student,sigma=,df=,value=}:
 * any problem of the catalog with controlled gradient noise ({@link NoisyObjective}); start, f*, x*
 * and tags are the wrapped problem's.
 */
public final class NoisyCatalog {

    private NoisyCatalog() {
    }

    /** The entries, in the order {@code list} shows them. */
    public static List<CatalogEntry<Problem>> entries() {
        String[] kinds = Arrays.stream(NoiseKind.values()).map(NoiseKind::token).toArray(String[]::new);
        return List.of(new CatalogEntry<>("noisy",
                "a problem's gradient (and optionally value) with seeded noise of level sigma; the exact f is"
                        + " recorded; tags: the wrapped problem's",
                List.of(Key.of("problem", "(rosenbrock:d=2)", "the wrapped problem, a spec in parentheses"),
                        Key.of("kind", "gaussian", String.join("|", kinds)),
                        Key.of("sigma", 0.1, "noise level, >= 0 (standard deviation per entry)"),
                        Key.of("df", 5, "Student's degrees of freedom, > 2 (kind=student)"),
                        Key.of("value", "false", "perturb the value too")),
                args -> {
                    Problem inner = args.nested("problem", Problem.class);
                    NoiseKind kind = NoiseKind.valueOf(args.choice("kind", kinds).toUpperCase(java.util.Locale.ROOT));
                    NoiseConfig config = new NoiseConfig(kind, args.real("sigma"), args.real("df"), args.flag("value"));
                    return new Problem(new NoisyObjective(inner.objective(), config), inner.start(),
                            inner.optimalValue(), inner.minimizer(), inner.tags());
                }));
    }
}
