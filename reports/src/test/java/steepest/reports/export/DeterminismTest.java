package steepest.reports.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class DeterminismTest {

    @Test
    void renumbersClipIdsInOrderOfFirstUse() {
        String svg = "<clipPath id=\"clip-77\"/><clipPath id=\"clip12345\"/><g clip-path=\"url(#clip12345)\"/>"
                + "<g clip-path=\"url(#clip-77)\"/>";
        String expected = "<clipPath id=\"clip1\"/><clipPath id=\"clip2\"/><g clip-path=\"url(#clip2)\"/>"
                + "<g clip-path=\"url(#clip1)\"/>";
        assertEquals(expected, new String(Determinism.svg(svg.getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8));
    }

    @Test
    void replacesTheFileIdentifierByTheDigestOfTheContent() throws Exception {
        String head = "%PDF-1.4\n1 0 obj << >> endobj\ntrailer\n<< /Size 2 /ID [<";
        String zeros = "0".repeat(32);
        String tail = "> <" + zeros + ">] >>\n%%EOF\n";
        byte[] zeroed = (head + zeros + tail).getBytes(StandardCharsets.ISO_8859_1);
        String digest = HexFormat.of().withUpperCase().formatHex(MessageDigest.getInstance("MD5").digest(zeroed));
        String expected = head + digest + "> <" + digest + ">] >>\n%%EOF\n";
        for (String id : new String[] {"0123456789ABCDEF0123456789ABCDEF", "FEDCBA9876543210FEDCBA9876543210"}) {
            byte[] document = (head + id + "> <" + id + tail.substring(3 + 32)).getBytes(StandardCharsets.ISO_8859_1);
            assertEquals(expected, new String(Determinism.pdf(document), StandardCharsets.ISO_8859_1));
        }
    }

    @Test
    void leavesAPdfWithoutIdentifierAlone() {
        byte[] document = "%PDF-1.4\ntrailer\n<< /Size 1 >>\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1);
        assertArrayEquals(document, Determinism.pdf(document));
    }
}
