package steepest.reports.export;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes vector output a function of the drawing alone.
 * <ul>
 *   <li>SVG (VectorGraphics2D 0.13): no timestamp, but each clip path is named {@code clip} + the
 *       Java hash code of its shape, which is the identity hash (different every run) for any
 *       shape other than a rectangle. Ids are renamed {@code clip1}, {@code clip2}, ... in order of
 *       first appearance.</li>
 *   <li>PDF (PDFBox 3 via pdfbox-graphics2d): no creation date or producer is written, but the
 *       trailer's file identifier {@code /ID [<a> <b>]} is an MD5 over the current time. Both halves
 *       are replaced by the MD5 of the file with the identifier zeroed, as the PDF specification
 *       (ISO 32000-1, 14.4) suggests: same length, so cross-reference offsets stay valid.</li>
 * </ul>
 */
final class Determinism {

    private static final Pattern CLIP_ID = Pattern.compile("clip-?[0-9]+\\b");
    private static final Pattern PDF_ID = Pattern.compile("/ID\\s*\\[\\s*<([0-9A-Fa-f]+)>\\s*<([0-9A-Fa-f]+)>\\s*\\]");

    private Determinism() {
    }

    /** The SVG document with clip ids numbered in order of appearance. */
    static byte[] svg(byte[] document) {
        String text = new String(document, StandardCharsets.UTF_8);
        Map<String, String> renamed = new HashMap<>();
        Matcher matcher = CLIP_ID.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (matcher.find()) {
            String id = renamed.computeIfAbsent(matcher.group(), k -> "clip" + (renamed.size() + 1));
            matcher.appendReplacement(out, id);
        }
        matcher.appendTail(out);
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * The PDF document with its last file identifier replaced by a digest of its content;
     * unchanged if it has none.
     */
    static byte[] pdf(byte[] document) {
        // PDF syntax is ASCII; Latin-1 maps bytes to chars one to one, so indices carry over.
        String text = new String(document, StandardCharsets.ISO_8859_1);
        Matcher matcher = PDF_ID.matcher(text);
        int[] last = null;
        while (matcher.find()) {
            last = new int[] {matcher.start(1), matcher.end(1), matcher.start(2), matcher.end(2)};
        }
        if (last == null) {
            return document;
        }
        byte[] out = document.clone();
        for (int k = 0; k < 4; k += 2) {
            for (int i = last[k]; i < last[k + 1]; i++) {
                out[i] = '0';
            }
        }
        String digest = HexFormat.of().withUpperCase().formatHex(md5(out));
        for (int k = 0; k < 4; k += 2) {
            for (int i = last[k]; i < last[k + 1]; i++) {
                out[i] = (byte) digest.charAt((i - last[k]) % digest.length());
            }
        }
        return out;
    }

    private static byte[] md5(byte[] bytes) {
        try {
            return MessageDigest.getInstance("MD5").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has MD5", e);
        }
    }
}
