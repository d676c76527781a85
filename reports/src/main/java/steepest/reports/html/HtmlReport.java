package steepest.reports.html;

import static steepest.reports.table.HtmlTables.escape;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import steepest.reports.export.AtomicFiles;
import steepest.reports.table.HtmlTables;
import steepest.reports.table.Table;

/**
 * Writes a {@link Report} as one static {@code index.html}: inline CSS, no external script, font
 * or request, so it opens from disk as it is. Images are referenced by relative paths; after the
 * page loads, a small inline script checks each one ({@code complete && naturalWidth > 0}), marks
 * a broken one visibly (class {@code broken} on the image, a note naming the file after it) and
 * records the count on the body: {@code data-images-loaded="7/7"}, and
 * {@code data-images-checked="true"} once done, for browser tests.
 */
public final class HtmlReport {

    /** The page's file name. */
    public static final String FILE_NAME = "index.html";

    private static final String CSS = """
            body { font: 15px/1.45 -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
                   color: #222; margin: 0 auto; max-width: 1200px; padding: 1.5rem; }
            h1 { font-size: 1.6rem; margin: 0 0 1rem; }
            h2 { font-size: 1.25rem; margin: 2rem 0 0.75rem; border-bottom: 1px solid #ddd; padding-bottom: 0.25rem; }
            nav a { margin-right: 1rem; }
            .figures { display: grid; grid-template-columns: repeat(auto-fill, minmax(460px, 1fr)); gap: 1.25rem; }
            figure { margin: 0; }
            figure img { width: 100%; height: auto; border: 1px solid #eee; }
            figcaption { font-size: 0.9rem; color: #444; margin-top: 0.3rem; }
            figcaption a { margin-left: 0.5rem; }
            img.broken { min-height: 4rem; border: 2px dashed #c00; background: #fee; }
            .broken-note { color: #c00; font-weight: bold; margin: 0.25rem 0; }
            table.results { border-collapse: collapse; margin: 0 0 1.5rem; font-variant-numeric: tabular-nums; }
            table.results caption { caption-side: top; text-align: left; font-weight: 600; padding-bottom: 0.4rem; }
            table.results thead { border-top: 2px solid #222; border-bottom: 1px solid #222; }
            table.results tbody { border-bottom: 2px solid #222; }
            table.results th, table.results td { padding: 0.25rem 0.75rem; }
            table.results th { text-align: left; font-weight: 600; }
            table.results td.num { text-align: right; white-space: nowrap; }
            dl.manifest { display: grid; grid-template-columns: max-content 1fr; gap: 0.2rem 1rem; }
            dl.manifest dt { font-weight: 600; }
            dl.manifest dd { margin: 0; font-family: ui-monospace, Menlo, Consolas, monospace; word-break: break-all; }
            pre.manifest { background: #f6f6f6; padding: 0.75rem; overflow: auto; font-size: 0.85rem; }
            """;

    private static final String SCRIPT = """
            window.addEventListener('load', function () {
              var images = document.images;
              var loaded = 0;
              for (var i = 0; i < images.length; i++) {
                var image = images[i];
                if (image.complete && image.naturalWidth > 0) {
                  loaded++;
                  continue;
                }
                image.classList.add('broken');
                var note = document.createElement('p');
                note.className = 'broken-note';
                note.textContent = 'Image not found or unreadable: ' + image.getAttribute('src');
                image.parentNode.insertBefore(note, image.nextSibling);
              }
              document.body.setAttribute('data-images-loaded', loaded + '/' + images.length);
              document.body.setAttribute('data-images-checked', 'true');
            });
            """;

    private HtmlReport() {
    }

    /**
     * Writes the report as {@code folder/index.html} atomically.
     *
     * @return the written file
     */
    public static Path write(Path folder, Report report) throws IOException {
        Path target = folder.resolve(FILE_NAME);
        AtomicFiles.writeString(target, render(report));
        return target;
    }

    /** The page. */
    public static String render(Report report) {
        StringBuilder out = new StringBuilder();
        out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(escape(report.title())).append("</title>\n")
                .append("<style>\n").append(CSS).append("</style>\n</head>\n<body>\n")
                .append("<h1>").append(escape(report.title())).append("</h1>\n")
                .append("<nav><a href=\"#figures\">Figures</a><a href=\"#tables\">Tables</a>")
                .append("<a href=\"#manifest\">Manifest</a></nav>\n");
        out.append("<h2 id=\"figures\">Figures</h2>\n<div class=\"figures\">\n");
        for (ReportFigure figure : report.figures()) {
            out.append("<figure>\n<img src=\"").append(escape(RelativePaths.url(figure.image())))
                    .append("\" alt=\"").append(escape(figure.caption())).append("\">\n<figcaption>")
                    .append(escape(figure.caption()));
            for (String download : figure.downloads()) {
                String name = download.substring(download.lastIndexOf('/') + 1);
                String extension = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1) : name;
                out.append("<a href=\"").append(escape(RelativePaths.url(download))).append("\">")
                        .append(escape(extension.toUpperCase(Locale.ROOT))).append("</a>");
            }
            out.append("</figcaption>\n</figure>\n");
        }
        out.append("</div>\n<h2 id=\"tables\">Tables</h2>\n");
        for (Table table : report.tables()) {
            out.append(HtmlTables.render(table));
        }
        out.append("<h2 id=\"manifest\">Manifest</h2>\n");
        if (!report.manifest().isEmpty()) {
            out.append("<dl class=\"manifest\">\n");
            for (ManifestEntry entry : report.manifest()) {
                out.append("<dt>").append(escape(entry.key())).append("</dt><dd>").append(escape(entry.value()))
                        .append("</dd>\n");
            }
            out.append("</dl>\n");
        }
        if (!report.manifestText().isEmpty()) {
            out.append("<pre class=\"manifest\">").append(escape(report.manifestText())).append("</pre>\n");
        }
        out.append("<script>\n").append(SCRIPT).append("</script>\n</body>\n</html>\n");
        return out.toString();
    }
}
