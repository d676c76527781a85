package steepest.optimizers.methods;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import steepest.optimizers.Optimizer;
import steepest.optimizers.BuiltinOptimizers;
import steepest.optimizers.conditional.FrankWolfe;
import steepest.optimizers.conditional.StepSize;
import steepest.optimizers.conditional.Variant;
import steepest.optimizers.descent.LineSearchMethod;
import steepest.optimizers.linesearch.Armijo;
import steepest.optimizers.linesearch.StrongWolfe;
import steepest.optimizers.quasinewton.Lbfgs;
import steepest.optimizers.spec.CatalogEntry;
import steepest.optimizers.spec.SpecException;

class MethodsCatalogTest {

    static java.util.stream.Stream<String> names() {
        return MethodsCatalog.entries().stream().map(CatalogEntry::name);
    }

    @ParameterizedTest
    @MethodSource("names")
    void everyEntryBuildsFromItsDefaultsAndItsCanonicalSpecReplays(String name) {
        Optimizer optimizer = BuiltinOptimizers.asCatalog().create(name);
        assertEquals(optimizer, BuiltinOptimizers.asCatalog().create(BuiltinOptimizers.asCatalog().canonical(name)));
    }

    @Test
    void canonicalSpecsOfNonDefaultSettingsReplay() {
        for (String spec : new String[] {"subgradient:step=polyak,f_star=-2", "gd-ls:search=wolfe,c2=0.5",
            "frank-wolfe:step=short,L=3", "lbfgs:search=armijo"}) {
            assertEquals(BuiltinOptimizers.asCatalog().create(spec), BuiltinOptimizers.asCatalog().create(BuiltinOptimizers.asCatalog().canonical(spec)));
        }
    }

    @Test
    void lineSearchKeysChooseTheSearchWithTheDocumentedDefaults() {
        assertEquals(new LineSearchMethod(new Lbfgs(10), new StrongWolfe(1e-4, 0.9)), BuiltinOptimizers.asCatalog().create("lbfgs"));
        assertEquals(new LineSearchMethod(new Lbfgs(3), new Armijo(1e-3, Armijo.DEFAULT_MAX_EVALUATIONS)),
                BuiltinOptimizers.asCatalog().create("lbfgs:m=3,search=armijo,c1=1e-3"));
        assertEquals(new StrongWolfe(1e-4, 0.1), ((LineSearchMethod) BuiltinOptimizers.asCatalog().create("ncg")).lineSearch());
        assertEquals(new Armijo(), ((LineSearchMethod) BuiltinOptimizers.asCatalog().create("gd-ls")).lineSearch());
    }

    @Test
    void frankWolfeStepNamesMapToVariantAndStepSize() {
        assertEquals(new FrankWolfe(Variant.CLASSIC, StepSize.OPEN_LOOP, OptionalDouble.empty()), BuiltinOptimizers.asCatalog().create("frank-wolfe"));
        assertEquals(new FrankWolfe(Variant.CLASSIC, StepSize.SHORT, OptionalDouble.of(4)), BuiltinOptimizers.asCatalog().create("frank-wolfe:step=short,L=4"));
        assertEquals(new FrankWolfe(Variant.AWAY, StepSize.LINE, OptionalDouble.empty()), BuiltinOptimizers.asCatalog().create("frank-wolfe:step=away"));
        assertEquals(new FrankWolfe(Variant.PAIRWISE, StepSize.SHORT, OptionalDouble.of(2)),
                BuiltinOptimizers.asCatalog().create("frank-wolfe:step=pairwise,L=2"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "gd-ls:c2=0.5|optimizer 'gd-ls': c2 applies only to search=wolfe",
        "lbfgs:c1=0.9,c2=0.5|optimizer 'lbfgs': c1 must be < c2, got c1=0.9, c2=0.5",
        "lbfgs:m=0|optimizer 'lbfgs': m must be >= 1, got 0",
        "ncg:beta=dy|optimizer 'ncg': beta='dy' is not one of fr, pr+, hs, hz",
        "bfgs:search=exact|optimizer 'bfgs': search='exact' is not one of wolfe, armijo",
        "frank-wolfe:step=short|optimizer 'frank-wolfe': step=short needs the smoothness constant L",
        "frank-wolfe:step=line,L=3|optimizer 'frank-wolfe': L applies only to the short step, got L=3.0",
        "frank-wolfe:step=2|optimizer 'frank-wolfe': step='2' is not one of 2/(k+2), short, line, away, pairwise",
        "subgradient:step=polyak|optimizer 'subgradient': step=polyak needs the optimal value f_star",
        "subgradient:step=polyak,f_star=0,lr=1|optimizer 'subgradient': lr does not apply to step=polyak",
        "subgradient:f_star=0|optimizer 'subgradient': f_star applies only to step=polyak",
        "natural-gradient:damping=-1|optimizer 'natural-gradient': damping must be >= 0, got -1.0",
        "natural-gradient:lr=0|optimizer 'natural-gradient': lr must be > 0, got 0.0",
        "pgd:L0=0|optimizer 'pgd': L0 must be > 0, got 0.0",
        "gd-ls:c1=1|optimizer 'gd-ls': c1 must be in (0, 1), got 1.0",
        "natural-gradient:cg_tol=0|optimizer 'natural-gradient': cg_tol must be in (0, 1), got 0.0",
        "trust-ncg:initial_trust_radius=0|optimizer 'trust-ncg': initial_trust_radius must be > 0, got 0.0",
        "trust-exact:max_trust_radius=-1|optimizer 'trust-exact': max_trust_radius must be > 0, got -1.0",
        "trust-ncg:initial_trust_radius=10,max_trust_radius=5|optimizer 'trust-ncg': max_trust_radius must be >="
                + " initial_trust_radius (10.0), got 5.0",
        "trust-exact:eta=0.25|optimizer 'trust-exact': eta must be in [0.0, 0.25), got 0.25",
        "levenberg-marquardt:factor=0|optimizer 'levenberg-marquardt': factor must be > 0, got 0.0",
        "levenberg-marquardt:xtol=-1|optimizer 'levenberg-marquardt': xtol must be >= 0, got -1.0",
        "levenberg-marquardt:x_scale=2|optimizer 'levenberg-marquardt': x_scale='2' is not one of jac, 1",
        "gauss-newton:c1=0|optimizer 'gauss-newton': c1 must be in (0, 1), got 0.0",
        "bb:M=0|optimizer 'bb': M must be >= 1, got 0",
        "spg:step=bb3|optimizer 'spg': step='bb3' is not one of bb1, bb2, alternate",
    })
    void invalidSpecsFailNamingTheKey(String spec, String message) {
        assertEquals(message, assertThrows(SpecException.class, () -> BuiltinOptimizers.asCatalog().create(spec)).getMessage());
    }
}
