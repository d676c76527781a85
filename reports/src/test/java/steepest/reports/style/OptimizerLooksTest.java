package steepest.reports.style;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OptimizerLooksTest {

    private static final List<String> SUITE = List.of("gd", "sgd", "adam", "adamw", "nadam", "adamax", "adagrad",
            "rmsprop", "adadelta", "gd-ls", "ncg", "newton", "newton-cg", "bfgs", "lbfgs", "frank-wolfe", "pgd", "ista",
            "fista", "natural-gradient", "subgradient");

    @Test
    void everyOptimizerOfTheSuiteHasAFixedLookApartInColourAndLineStyle() {
        assertEquals(Set.copyOf(SUITE), Set.copyOf(OptimizerLooks.knownNames()));
        Set<List<Object>> colourAndDash = new HashSet<>();
        for (String name : SUITE) {
            Look look = OptimizerLooks.of(name);
            assertTrue(List.of(MarkerShape.SERIES).contains(look.marker()), name + " takes a reserved marker");
            colourAndDash.add(List.of(look.color(), look.dash()));
        }
        assertEquals(SUITE.size(), colourAndDash.size(), "no two optimizers share colour and line style");
    }

    @Test
    void optimizersThatAppearTogetherDifferInMarkerColourAndAsFarAsPossibleLineStyle() {
        for (List<String> group : List.of(List.of("gd", "sgd", "adagrad", "rmsprop", "adam"),
                List.of("adam", "adamw", "nadam"), List.of("adam", "adamw", "nadam", "adamax"),
                List.of("gd", "gd-ls", "ncg", "newton", "newton-cg", "bfgs", "lbfgs"), List.of("frank-wolfe", "pgd"),
                List.of("subgradient", "ista", "fista"), List.of("natural-gradient", "gd"))) {
            Set<Object> colours = new HashSet<>();
            Set<Object> dashes = new HashSet<>();
            Set<Object> markers = new HashSet<>();
            for (String name : group) {
                Look look = OptimizerLooks.of(name);
                colours.add(look.color());
                dashes.add(look.dash());
                markers.add(look.marker());
            }
            assertEquals(group.size(), markers.size(), "markers of " + group);
            assertEquals(Math.min(group.size(), Dash.values().length), dashes.size(), "line styles of " + group);
            if (!group.contains("adamax")) {
                assertEquals(group.size(), colours.size(), "colours of " + group);
            }
        }
    }

    @Test
    void theNameIsTheSpecBeforeItsParameters() {
        assertEquals("adam", OptimizerLooks.optimizerName("adam:lr=1e-3,beta1=0.9"));
        assertEquals("adam", OptimizerLooks.optimizerName("  Adam "));
        assertEquals("gd", OptimizerLooks.optimizerName("gd seed 3"));
        assertEquals("newton-cg", OptimizerLooks.optimizerName("newton-cg:tol=1e-8"));
        assertEquals(OptimizerLooks.of("adam"), OptimizerLooks.of("adam:lr=1e-2"));
        assertEquals(new Look(Palette.VERMILLION, Dash.SOLID, MarkerShape.TRIANGLE_UP), OptimizerLooks.of("adam"));
    }

    @Test
    void anUnknownNameGetsItsLookFromTheFnv1aHashOfItsName() {
        // FNV-1a 32 of "foo" is 0xa9f37ed7 = 2851307223 (the published test vector):
        // 2851307223 mod 7 = 2 -> bluish green; (2851307223 / 7) mod 4 = 3 -> dash-dot; (/ 28) mod 7 = 5 -> cross.
        assertEquals(new Look(Palette.BLUISH_GREEN, Dash.DASH_DOT, MarkerShape.CROSS), OptimizerLooks.of("foo"));
        assertEquals(OptimizerLooks.of("foo"), OptimizerLooks.of("Foo:x=1"));
    }

    @Test
    void furtherSettingsOfAnOptimizerKeepItsColourAndMarkerAndShiftItsLineStyle() {
        Look adam = OptimizerLooks.of("adam");
        List<Look> looks = OptimizerLooks.forFigure(List.of("adam:lr=1e-3", "sgd", "adam:lr=1e-2", "adam:lr=1e-3",
                "adam:lr=1e-1"));
        assertEquals(List.of(adam, OptimizerLooks.of("sgd"), new Look(adam.color(), Dash.DASHED, adam.marker()), adam,
                new Look(adam.color(), Dash.DOTTED, adam.marker())), looks);
    }

    @Test
    void positionalLooksCycleThroughColoursThenLineStyles() {
        assertEquals(new Look(Palette.BLUE, Dash.SOLID, MarkerShape.CIRCLE), Look.categorical(0));
        assertEquals(new Look(Palette.BLUE, Dash.DASHED, MarkerShape.CIRCLE), Look.categorical(7));
        assertEquals(new Color(68, 1, 84), Look.sequential(0, 5).color());
    }

    @Test
    void aSweepOfOneOptimizerIsColouredByItsKeyInViridisOrderedByValue() {
        List<String> keys = List.of("gd:lr=5e-3", "gd:lr=1e-3", "gd:lr=1e-2", "gd:lr=2e-3");
        OptimizerLooks.Sweep sweep = OptimizerLooks.sweep(keys).orElseThrow();
        assertEquals(new OptimizerLooks.Sweep("gd", "lr", List.of("5e-3", "1e-3", "1e-2", "2e-3")), sweep);
        assertEquals(List.of("1e-3", "2e-3", "5e-3", "1e-2"), sweep.ordered());
        Look gd = OptimizerLooks.of("gd");
        // Ranks by value: 5e-3 is third, 1e-3 first, 1e-2 fourth, 2e-3 second.
        assertEquals(List.of(new Look(Palette.sequential(2, 4), gd.dash().next(2), gd.marker()),
                new Look(Palette.sequential(0, 4), gd.dash(), gd.marker()),
                new Look(Palette.sequential(3, 4), gd.dash().next(3), gd.marker()),
                new Look(Palette.sequential(1, 4), gd.dash().next(1), gd.marker())), OptimizerLooks.forFigure(keys));
    }

    @Test
    void aSweepOverNestedSpecsTakesCategoricalColoursInListedOrder() {
        List<String> keys = List.of("lookahead:k=5,inner=(adam:lr=1e-3,beta1=0.9)",
                "lookahead:k=5,inner=(sgd:lr=1e-2,momentum=0.9)");
        OptimizerLooks.Sweep sweep = OptimizerLooks.sweep(keys).orElseThrow();
        assertEquals("inner", sweep.key());
        assertEquals(List.of(Palette.categorical(0), Palette.categorical(1)),
                OptimizerLooks.forFigure(keys).stream().map(Look::color).toList());
    }

    @Test
    void noSweepWhenTwoKeysVaryOrOptimizersMix() {
        assertTrue(OptimizerLooks.sweep(List.of("adam:lr=1e-3,beta1=0.9", "adam:lr=1e-2,beta1=0.8")).isEmpty());
        assertTrue(OptimizerLooks.sweep(List.of("adam:lr=1e-3", "sgd:lr=1e-3")).isEmpty());
        assertTrue(OptimizerLooks.sweep(List.of("adam:lr=1e-3", "adam:lr=1e-3")).isEmpty(), "one setting twice");
        // A key one spec leaves out counts as a value of its own: gd with its default rate and gd at 1e-2.
        assertEquals(List.of("", "1e-2"), OptimizerLooks.sweep(List.of("gd", "gd:lr=1e-2")).orElseThrow().values());
        assertEquals(Map.of("k", "5", "inner", "(adam:lr=1e-3,beta1=0.9)"),
                OptimizerLooks.arguments("lookahead:k=5,inner=(adam:lr=1e-3,beta1=0.9)"));
    }
}
