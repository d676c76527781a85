package steepest.reports.html;

import java.nio.charset.StandardCharsets;

/** Relative file references in the report: validated, and percent-encoded for URLs. */
final class RelativePaths {

    private static final String UNRESERVED = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~/";

    private RelativePaths() {
    }

    /** Requires a non-empty, relative, '/'-separated path without a URL scheme. */
    static void check(String path) {
        if (path == null || path.isEmpty()) {
            throw new IllegalArgumentException("a report file path must not be empty");
        }
        if (path.startsWith("/") || path.contains("\\") || path.contains(":")) {
            throw new IllegalArgumentException("report file path '" + path
                    + "' must be relative to the report, '/'-separated, without a scheme or drive");
        }
    }

    /** {@code path} as a relative URL: every byte outside the unreserved set and '/' percent-encoded. */
    static String url(String path) {
        StringBuilder out = new StringBuilder();
        for (byte b : path.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if (b >= 0 && UNRESERVED.indexOf(c) >= 0) {
                out.append(c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit((b >> 4) & 0xf, 16)))
                        .append(Character.toUpperCase(Character.forDigit(b & 0xf, 16)));
            }
        }
        return out.toString();
    }
}
