package steepest.reports.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import steepest.reports.table.Best.Direction;

class TablesTest {

    private static final Notation SCI = Notation.scientific(2);

    /** Rows = problems, columns = optimizers, lowest per row best; a censored cell, a tie, characters to escape. */
    private static Table gaps() {
        return new Table("Final gap f − f* (median [IQR]) & success", "problem", "optimizer",
                List.of("gd", "adam_w", "L-BFGS"), List.of(
                        new Row("rosenbrock", List.of(Cell.estimate(1.2e-6, 8e-7, 2.1e-6, SCI),
                                Cell.estimate(3.4e-5, 1e-5, Double.POSITIVE_INFINITY, SCI), Cell.notReached())),
                        new Row("beale & co", List.of(Cell.number(0.5, Notation.fixed(2)),
                                Cell.number(0.25, Notation.fixed(2)), Cell.number(0.25, Notation.fixed(2))))),
                Best.perRow(Direction.LOWER));
    }

    /** Rows = optimizers, columns = metrics with their own directions. */
    private static Table metrics() {
        return new Table("", "optimizer", "metric", List.of("success", "evals < 1e-6"), List.of(
                new Row("gd", List.of(Cell.rate(0.8), Cell.number(1234, Notation.integer()))),
                new Row("adam", List.of(Cell.rate(0.8), Cell.beyond(1e5, Notation.scientific(1)))),
                new Row("bfgs", List.of(Cell.rate(0.6), Cell.number(56.4, Notation.integer())))),
                Best.perColumn(Direction.HIGHER, Direction.LOWER));
    }

    @Test
    void markdown() {
        assertEquals("""
                | problem | gd | adam\\_w | L-BFGS |
                | :-- | --: | --: | --: |
                | rosenbrock | **1.2e-6 [0.8e-6, 2.1e-6]** | 3.4e-5 [1.0e-5, ∞] | — |
                | beale & co | 0.50 | **0.25** | **0.25** |

                Table: Final gap f − f\\* (median [IQR]) & success
                """, MarkdownTables.render(gaps()));
    }

    @Test
    void latexWithBooktabsAndEscapes() {
        assertEquals("""
                % Final gap f − f* (median [IQR]) & success
                \\begin{tabular}{lrrr}
                \\toprule
                problem & gd & adam\\_w & L-BFGS \\\\
                \\midrule
                rosenbrock & \\textbf{1.2e-6 [0.8e-6, 2.1e-6]} & 3.4e-5 [1.0e-5, $\\infty$] & --- \\\\
                beale \\& co & 0.50 & \\textbf{0.25} & \\textbf{0.25} \\\\
                \\bottomrule
                \\end{tabular}
                """, LatexTables.render(gaps()));
        assertEquals("""
                \\begin{tabular}{lrr}
                \\toprule
                optimizer & success & evals \\textless{} 1e-6 \\\\
                \\midrule
                gd & \\textbf{80\\%} & 1234 \\\\
                adam & \\textbf{80\\%} & \\textgreater{}1e5 \\\\
                bfgs & 60\\% & \\textbf{56} \\\\
                \\bottomrule
                \\end{tabular}
                """, LatexTables.render(metrics()));
        assertEquals("\\textbackslash{}\\#\\$\\{x\\}\\textasciitilde{}\\textasciicircum{}$-$", LatexTables.escape("\\#${x}~^−"));
    }

    @Test
    void csvIsOneLinePerCellWithTheNumbersAndABestFlag() {
        assertEquals("problem,optimizer,text,value,lower,upper,best\r\n"
                + "rosenbrock,gd,\"1.2e-6 [0.8e-6, 2.1e-6]\",1.2E-6,8.0E-7,2.1E-6,1\r\n"
                + "rosenbrock,adam_w,\"3.4e-5 [1.0e-5, ∞]\",3.4E-5,1.0E-5,inf,0\r\n"
                + "rosenbrock,L-BFGS,—,inf,,,0\r\n"
                + "beale & co,gd,0.50,0.5,,,0\r\n"
                + "beale & co,adam_w,0.25,0.25,,,1\r\n"
                + "beale & co,L-BFGS,0.25,0.25,,,1\r\n", CsvTables.render(gaps()));
    }

    @Test
    void html() {
        assertEquals("""
                <table class="results">
                <thead><tr><th scope="col">optimizer</th><th scope="col">success</th><th scope="col">evals &lt; 1e-6</th></tr></thead>
                <tbody>
                <tr><th scope="row">gd</th><td class="num"><strong>80%</strong></td><td class="num">1234</td></tr>
                <tr><th scope="row">adam</th><td class="num"><strong>80%</strong></td><td class="num">&gt;1e5</td></tr>
                <tr><th scope="row">bfgs</th><td class="num">60%</td><td class="num"><strong>56</strong></td></tr>
                </tbody>
                </table>
                """, HtmlTables.render(metrics()));
    }

    @Test
    void numbersAreWrittenAsTheirNotationSays() {
        assertEquals("1.2e5", SCI.format(123456));
        assertEquals("-1.2e-4", SCI.format(-0.000123));
        assertEquals("1.0e0", SCI.format(1));
        assertEquals("3", Notation.integer().format(2.5));
        assertEquals("∞", SCI.format(Double.POSITIVE_INFINITY));
        assertEquals("—", SCI.format(Double.NaN));
        // A bound far below the median keeps its own exponent.
        assertEquals("2.0e-6 [3.0e-9, 2.5e-6]", Cell.estimate(2e-6, 3e-9, 2.5e-6, SCI).text());
    }

    @Test
    void cellsThatReadTheSameTieForBest() {
        Table table = new Table("", "p", "o", List.of("a", "b"), List.of(new Row("r", List.of(
                Cell.number(1.23e-6, SCI), Cell.number(1.24e-6, SCI)))), Best.perRow(Direction.LOWER));
        Mark[][] marks = table.marks();
        assertEquals(List.of(Mark.BEST, Mark.BEST), List.of(marks[0][0], marks[0][1]), "both read 1.2e-6");
    }

    /** Marks from significance tests: adam significantly best on one problem, gd and adam tied on the other. */
    private static Table tested() {
        return new Table("Evaluations to 1e-6 (bold: best, Wilcoxon-Holm at 0.05; italic: tied for best)", "problem",
                "optimizer", List.of("gd", "adam", "sgd"), List.of(
                        new Row("rosenbrock", List.of(Cell.number(900, Notation.integer()),
                                Cell.number(400, Notation.integer()), Cell.diverged(5, 5))),
                        new Row("quadratic", List.of(Cell.number(120, Notation.integer()),
                                Cell.number(118, Notation.integer()), Cell.failed(2, 5)))),
                new Marks(List.of(List.of(Mark.NONE, Mark.BEST, Mark.NONE), List.of(Mark.TIED, Mark.TIED, Mark.NONE))));
    }

    @Test
    void testedMarksAndFailuresInEveryFormat() {
        assertEquals("""
                | problem | gd | adam | sgd |
                | :-- | --: | --: | --: |
                | rosenbrock | 900 | **400** | diverged |
                | quadratic | *120* | *118* | failed (2/5) |

                Table: Evaluations to 1e-6 (bold: best, Wilcoxon-Holm at 0.05; italic: tied for best)
                """, MarkdownTables.render(tested()));
        assertEquals("""
                % Evaluations to 1e-6 (bold: best, Wilcoxon-Holm at 0.05; italic: tied for best)
                \\begin{tabular}{lrrr}
                \\toprule
                problem & gd & adam & sgd \\\\
                \\midrule
                rosenbrock & 900 & \\textbf{400} & diverged \\\\
                quadratic & \\textit{120} & \\textit{118} & failed (2/5) \\\\
                \\bottomrule
                \\end{tabular}
                """, LatexTables.render(tested()));
        assertEquals("problem,optimizer,text,value,lower,upper,best\r\n"
                + "rosenbrock,gd,900,900.0,,,0\r\n"
                + "rosenbrock,adam,400,400.0,,,1\r\n"
                + "rosenbrock,sgd,diverged,,,,0\r\n"
                + "quadratic,gd,120,120.0,,,tie\r\n"
                + "quadratic,adam,118,118.0,,,tie\r\n"
                + "quadratic,sgd,failed (2/5),,,,0\r\n", CsvTables.render(tested()));
        assertTrue(HtmlTables.render(tested()).contains("<td class=\"num\"><em>120</em></td><td class=\"num\"><em>118</em>"
                + "</td><td class=\"num\">failed (2/5)</td>"));
    }

    @Test
    void marksMustCoverEveryCellAndFailuresCountRuns() {
        assertThrows(IllegalArgumentException.class, () -> new Table("", "p", "o", List.of("a", "b"),
                List.of(new Row("r", List.of(Cell.empty(), Cell.empty()))), new Marks(List.of(List.of(Mark.BEST)))));
        assertThrows(IllegalArgumentException.class, () -> Cell.diverged(0, 5));
        assertThrows(IllegalArgumentException.class, () -> Cell.failed(6, 5));
        assertEquals(Double.NaN, Cell.diverged(1, 1).score(), "never best");
    }

    @Test
    void aRowMustHaveOneCellPerColumn() {
        assertThrows(IllegalArgumentException.class, () -> new Table("", "p", "o", List.of("a", "b"),
                List.of(new Row("r", List.of(Cell.empty()))), Best.none()));
    }
}
