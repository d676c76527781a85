package steepest.harness.api;

import java.nio.file.Path;
import java.util.List;
import steepest.harness.results.Status;
import steepest.harness.results.SummaryRow;

/**
 * A finished run: its results folder and the typed summary rows, one per cell in cell order.
 *
 * @param folder the results folder
 * @param rows   the summary rows
 * @param ran    cells run by this call
 * @param kept   cells kept from an earlier run into the same folder
 */
public record Results(Path folder, List<SummaryRow> rows, int ran, int kept) {

    /** Copies the rows. */
    public Results {
        rows = List.copyOf(rows);
    }

    /** The rows of one problem and optimizer (canonical specs, as the rows hold them), in seed order. */
    public List<SummaryRow> rows(String problem, String optimizer) {
        return rows.stream().filter(r -> r.problem().equals(problem) && r.optimizer().equals(optimizer)).toList();
    }

    /** How many cells ended with {@code status}. */
    public long count(Status status) {
        return rows.stream().filter(r -> r.status() == status).count();
    }
}
