package steepest.reports.html;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Opens a report page from disk in headless Chromium and reads back what the page's own script
 * recorded after load: how many of its images loaded ({@code data-images-loaded="n/m"}). Used by the
 * tests and CI to prove that a report opens from disk with every figure.
 */
public final class HeadlessBrowser {

    /** Where Debian's chromium package installs the browser. */
    public static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final long TIMEOUT_SECONDS = 120;
    private static final Pattern LOADED = Pattern.compile("data-images-loaded=\"([^\"]*)\"");

    private HeadlessBrowser() {
    }

    /**
     * The page after load.
     *
     * @param dom    the DOM as Chromium serialized it
     * @param loaded the page's count of loaded images, "n/m"
     */
    public record Page(String dom, String loaded) {
    }

    /** Whether the browser is installed. */
    public static boolean available() {
        return Files.isExecutable(CHROMIUM);
    }

    /**
     * Loads {@code page} (allowing the page ten seconds of virtual time) and returns its DOM.
     *
     * @param scratch an empty folder for the browser profile and logs
     * @throws IOException if the browser fails, hangs or the page's check did not run
     */
    public static Page open(Path page, Path scratch) throws IOException, InterruptedException {
        Path profile = Files.createDirectories(scratch.resolve("chromium-profile"));
        Path dom = scratch.resolve("dom.html");
        Path log = scratch.resolve("chromium.log");
        Process chromium = new ProcessBuilder(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--user-data-dir=" + profile, "--virtual-time-budget=10000", "--dump-dom",
                page.toAbsolutePath().toUri().toString())
                .redirectOutput(dom.toFile())
                .redirectError(log.toFile())
                .start();
        if (!chromium.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            chromium.descendants().forEach(ProcessHandle::destroyForcibly);
            chromium.destroyForcibly();
            throw new IOException("Chromium did not finish within " + TIMEOUT_SECONDS + " s; see " + log);
        }
        String text = Files.readString(dom, StandardCharsets.UTF_8);
        Matcher matcher = LOADED.matcher(text);
        if (!text.contains("data-images-checked=\"true\"") || !matcher.find()) {
            throw new IOException("the page's image check did not run (Chromium exit " + chromium.exitValue() + "); see " + log);
        }
        return new Page(text, matcher.group(1));
    }
}
