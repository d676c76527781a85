package steepest.optimizers.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CatalogTest {

    private record Thing(double rate, int size, boolean flag, String mode) {
        Thing {
            if (rate <= 0) {
                throw new IllegalArgumentException("lr must be > 0, got " + rate);
            }
        }
    }

    private final Catalog<Thing> catalog = new Catalog<>("thing", List.of(
            new CatalogEntry<>("alpha", "a thing", List.of(Key.of("lr", 0.5, "rate"), Key.of("n", 3, "size"),
                    Key.of("flag", "false", "a flag"), Key.of("mode", "fast", "fast or slow")),
                    a -> new Thing(a.real("lr"), a.integer("n"), a.flag("flag"), a.choice("mode", "fast", "slow"))),
            new CatalogEntry<>("beta", "another", List.of(), a -> new Thing(1, 1, false, "none"))));

    @Test
    void parsesNameAndPairsInOrder() {
        Spec spec = Spec.parse("thing", " alpha : lr = 1e-3 , n=1e2 ");
        assertEquals("alpha", spec.name());
        assertEquals(Map.of("lr", "1e-3", "n", "1e2"), spec.arguments());
        assertEquals("alpha:lr=1e-3,n=1e2", spec.toString());
    }

    @Test
    void typesValuesAndFillsDefaults() {
        assertEquals(new Thing(1e-3, 100, true, "slow"), catalog.create("alpha:lr=1e-3,n=1e2,flag=True,mode=slow"));
        assertEquals(new Thing(0.5, 3, false, "fast"), catalog.create("alpha"));
        assertEquals("alpha:lr=0.01,n=3,flag=false,mode=fast", catalog.canonical("alpha:lr=0.01"));
    }

    @Test
    void compactSpecsKeepOnlyKeysThatDifferFromTheirDefaults() {
        assertEquals("alpha:lr=0.01", catalog.compact("alpha:lr=0.01,n=3,flag=false,mode=fast"));
        assertEquals("alpha", catalog.compact("alpha:lr=5e-1,n=3.0,flag=FALSE"));
        assertEquals("alpha:flag=true,mode=slow", catalog.compact(catalog.canonical("alpha:mode=slow,flag=true")));
    }

    @Test
    void unknownNameListsTheValidOnes() {
        SpecException e = assertThrows(SpecException.class, () -> catalog.create("gamma:lr=1"));
        assertEquals("unknown thing 'gamma'; valid things: alpha, beta", e.getMessage());
    }

    @Test
    void unknownKeyListsTheValidOnes() {
        SpecException e = assertThrows(SpecException.class, () -> catalog.create("alpha:lrr=1"));
        assertEquals("thing 'alpha': unknown key 'lrr'; valid keys: lr, n, flag, mode", e.getMessage());
    }

    @Test
    void malformedValuesNameTheKeyAndText() {
        assertEquals("thing 'alpha': lr='abc' is not a number",
                assertThrows(SpecException.class, () -> catalog.create("alpha:lr=abc")).getMessage());
        assertEquals("thing 'alpha': n='2.5' is not an integer",
                assertThrows(SpecException.class, () -> catalog.create("alpha:n=2.5")).getMessage());
        assertEquals("thing 'alpha': flag='yes' is not true or false",
                assertThrows(SpecException.class, () -> catalog.create("alpha:flag=yes")).getMessage());
        assertEquals("thing 'alpha': mode='medium' is not one of fast, slow",
                assertThrows(SpecException.class, () -> catalog.create("alpha:mode=medium")).getMessage());
        assertEquals("thing 'alpha': 'lr' is not a key=value pair",
                assertThrows(SpecException.class, () -> catalog.create("alpha:lr")).getMessage());
        assertEquals("thing 'alpha': key 'lr' is given twice",
                assertThrows(SpecException.class, () -> catalog.create("alpha:lr=1,lr=2")).getMessage());
    }

    @Test
    void settingsValidationBecomesASpecErrorNamingTheEntry() {
        SpecException e = assertThrows(SpecException.class, () -> catalog.create("alpha:lr=-1"));
        assertEquals("thing 'alpha': lr must be > 0, got -1.0", e.getMessage());
    }

    private record Wrapper(Object inner, int k) {
    }

    private final Catalog<Object> nesting = new Catalog<>("thing", List.of(
            new CatalogEntry<>("leaf", "a leaf", List.of(Key.of("lr", 0.5, "rate"), Key.of("n", 3, "size")),
                    a -> List.of(a.real("lr"), a.integer("n"))),
            new CatalogEntry<>("wrap", "wraps a thing", List.of(Key.of("k", 5, "period"), Key.of("inner", null, "a spec")),
                    a -> new Wrapper(a.nested("inner", Object.class), a.integer("k")))));

    @Test
    void nestedSpecsAreBuiltByTheSameCatalogAtAnyDepth() {
        assertEquals(new Wrapper(List.of(0.25, 7), 2), nesting.create("wrap:k=2,inner=(leaf:lr=0.25,n=7)"));
        assertEquals(new Wrapper(new Wrapper(List.of(0.5, 1), 5), 3),
                nesting.create("wrap:inner=(wrap:inner=(leaf:n=1)),k=3"));
        assertEquals(new Wrapper(List.of(0.5, 3), 5), nesting.create("wrap:inner=leaf"));
    }

    @Test
    void nestedSpecsAreCanonicalAndCompactInside() {
        assertEquals("wrap:k=5,inner=(wrap:k=5,inner=(leaf:lr=0.5,n=2))",
                nesting.canonical("wrap:inner=(wrap:inner=(leaf:n=2))"));
        assertEquals("wrap:inner=(leaf:n=2)", nesting.compact("wrap:k=5,inner=( leaf:lr=0.5,n=2 )"));
        Spec spec = Spec.parse("thing", "wrap:inner=(leaf:lr=1,n=2),k=3");
        assertEquals(Map.of("inner", "(leaf:lr=1,n=2)", "k", "3"), spec.arguments());
    }

    @Test
    void nestedErrorsNameTheOuterEntryAndKey() {
        assertEquals("thing 'wrap': inner=(leaf:lr=-1.0): thing 'leaf': lr must be > 0, got -1.0",
                assertThrows(SpecException.class, () -> nestingLeafWithRate(-1)).getMessage());
        assertEquals("thing 'wrap': inner=(nope): unknown thing 'nope'; valid things: leaf, wrap",
                assertThrows(SpecException.class, () -> nesting.create("wrap:inner=(nope)")).getMessage());
        assertEquals("thing 'wrap': unbalanced '(' in 'inner=(leaf:lr=1'",
                assertThrows(SpecException.class, () -> nesting.create("wrap:inner=(leaf:lr=1")).getMessage());
        assertEquals("thing 'wrap': unbalanced ')' in 'inner=leaf)'",
                assertThrows(SpecException.class, () -> nesting.create("wrap:inner=leaf)")).getMessage());
        assertEquals("thing 'wrap': key 'inner' is required (a spec)",
                assertThrows(SpecException.class, () -> nesting.create("wrap")).getMessage());
    }

    private Object nestingLeafWithRate(double rate) {
        return new Catalog<>("thing", List.of(
                new CatalogEntry<>("leaf", "a leaf", List.of(Key.of("lr", 0.5, "rate")), a -> {
                    if (a.real("lr") <= 0) {
                        throw new IllegalArgumentException("lr must be > 0, got " + a.real("lr"));
                    }
                    return a.real("lr");
                }),
                new CatalogEntry<Object>("wrap", "wraps", List.of(Key.of("inner", null, "a spec")),
                        a -> a.nested("inner", Object.class)))).create("wrap:inner=(leaf:lr=" + rate + ")");
    }

    @Test
    void integersBeyondIntRangeAreCalledTooLarge() {
        assertEquals("thing 'alpha': n='2147483648' is too large (at most 2147483647)",
                assertThrows(SpecException.class, () -> catalog.create("alpha:n=2147483648")).getMessage());
    }

    private final Catalog<List<Object>> scheduled = new Catalog<>("thing", List.of(
            new CatalogEntry<>("rule", "a rule with a schedule", List.of(
                    Key.of("schedule", "constant", "constant, step or cyclic"),
                    Key.of("gamma", 0.1, "decay").defaultWhen("schedule", "cyclic", "1"),
                    Key.of("milestones", "none", "step's milestones").onlyWhen("schedule", "step")),
                    a -> List.of(a.text("schedule"), a.real("gamma"), a.text("milestones")))));

    @Test
    void keysOfOtherSettingsStayOutOfCanonicalSpecs() {
        assertEquals("rule:schedule=constant,gamma=0.1", scheduled.canonical("rule"));
        assertEquals("rule:schedule=step,gamma=0.1,milestones=none", scheduled.canonical("rule:schedule=step"));
        assertEquals("rule:schedule=constant,gamma=0.1,milestones=3", scheduled.canonical("rule:milestones=3"),
                "a given key is always spelled out");
    }

    @Test
    void aDefaultMayDependOnAnotherKey() {
        assertEquals(List.of("cyclic", 1.0, "none"), scheduled.create("rule:schedule=cyclic"));
        assertEquals(List.of("step", 0.1, "none"), scheduled.create("rule:schedule=step"));
        assertEquals("rule:schedule=cyclic,gamma=1", scheduled.canonical("rule:schedule=cyclic"));
        assertEquals("rule:schedule=cyclic", scheduled.compact("rule:schedule=cyclic,gamma=1"));
        assertEquals("rule:schedule=cyclic,gamma=0.1", scheduled.compact("rule:schedule=cyclic,gamma=0.1"));
    }
}
