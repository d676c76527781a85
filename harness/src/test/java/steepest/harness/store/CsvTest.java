package steepest.harness.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class CsvTest {

    @Test
    void realsParseBackToTheSameBits() {
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < 200_000; i++) {
            double value = Double.longBitsToDouble(random.nextLong());
            if (Double.isNaN(value)) {
                continue;
            }
            assertEquals(Double.doubleToLongBits(value), Double.doubleToLongBits(Double.parseDouble(Csv.real(value))));
        }
    }

    @Test
    void countsAreIntegersWhenIntegral() {
        assertEquals("12", Csv.count(12.0));
        assertEquals("0.0625", Csv.count(0.0625));
        assertEquals("1.5", Csv.count(1.5));
    }

    @Test
    void textWithCommasIsQuotedAndReadBack() {
        String quoted = Csv.text("quadratic:d=3,cond=\"10\"");
        assertEquals("\"quadratic:d=3,cond=\"\"10\"\"\"", quoted);
        assertEquals(List.of("a", "quadratic:d=3,cond=\"10\"", ""), CsvTable.parseLine("a," + quoted + ","));
    }
}
