package steepest.reports.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class FormatTest {

    @Test
    void parsesACommaSeparatedList() {
        assertEquals(EnumSet.of(Format.PNG, Format.PDF), Format.parse("pdf, PNG"));
        assertEquals(".svg", Format.SVG.extension());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Format.parse("png,eps"));
        assertTrue(e.getMessage().contains("'eps'"));
    }
}
