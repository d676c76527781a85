package steepest.harness.experiment;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Reads the {@code report} section of an experiment file into {@link ReportSettings}. */
public final class ReportSettingsParser {

    private ReportSettingsParser() {
    }

    /**
     * The report section of the experiment text {@code text} (named {@code source} in messages); the
     * defaults when it has none. Lenient about the rest of the file, which may come from an older
     * version.
     */
    public static ReportSettings of(String source, String text) {
        YamlFields yaml = new YamlFields(LocatedYaml.parse(source, text));
        JsonNode root = yaml.root();
        return root == null || !root.isObject() || !root.has("report") ? ReportSettings.DEFAULT
                : parse(yaml, root.get("report"));
    }

    static ReportSettings parse(YamlFields yaml, JsonNode node) {
        yaml.checkKeys("/report", node, Set.of("figures", "x", "target", "ladder", "alpha"));
        Set<FigureKind> figures = new LinkedHashSet<>();
        if (node.has("figures")) {
            yaml.names("/report/figures", node.get("figures"), FigureKind.tokens()).forEach(t -> figures.add(FigureKind.ofToken(t)));
        }
        List<Abscissa> axes = node.has("x")
                ? yaml.names("/report/x", node.get("x"), Abscissa.tokens()).stream().map(Abscissa::ofToken).toList()
                : ReportSettings.DEFAULT.xAxes();
        String target = ReportSettings.DEFAULT.target();
        if (node.has("target")) {
            double value = yaml.number("/report/target", node.get("target"));
            List<String> ladder = Targets.labels();
            target = ladder.stream().filter(label -> Double.parseDouble(label) == value).findFirst().orElseThrow(
                    () -> yaml.fail("/report/target", "'" + node.get("target").asText() + "' is not one of the ladder's targets "
                            + String.join(", ", ladder)));
        }
        ReportSettings.LadderChoice ladder = ReportSettings.DEFAULT.ladder();
        if (node.has("ladder")) {
            String token = yaml.text("/report/ladder", node.get("ladder"));
            ladder = Arrays.stream(ReportSettings.LadderChoice.values()).filter(c -> c.token().equals(token)).findFirst()
                    .orElseThrow(() -> yaml.fail("/report/ladder", "'" + token + "' is not a ladder; known: "
                            + String.join(", ", ReportSettings.LadderChoice.tokens())));
        }
        double alpha = ReportSettings.DEFAULT_ALPHA;
        if (node.has("alpha")) {
            alpha = yaml.number("/report/alpha", node.get("alpha"));
            if (!(alpha > 0 && alpha < 1)) {
                throw yaml.fail("/report/alpha", node.get("alpha").asText() + " is not in (0, 1)");
            }
        }
        return new ReportSettings(figures, axes, target, ladder, alpha);
    }
}
