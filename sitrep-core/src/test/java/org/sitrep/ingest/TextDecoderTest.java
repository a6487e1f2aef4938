package org.sitrep.ingest;

import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TextDecoderTest {
    private static final String ARABIC = "\u0627\u0634\u062A\u0628\u0627\u0643\u0627\u062A \u0641\u064A \u0631\u064A\u0641 \u062D\u0644\u0628 \u0627\u0644\u0634\u0645\u0627\u0644\u064A";

    @Test
    void utf8WithAndWithoutBom() throws RejectedInput {
        assertEquals("Dayr Az Zawr", TextDecoder.decode("Dayr Az Zawr".getBytes(StandardCharsets.UTF_8), null));
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'o', 'k'};
        assertEquals("ok", TextDecoder.decode(bom, null));
        assertEquals(ARABIC, TextDecoder.decode(ARABIC.getBytes(StandardCharsets.UTF_8), null));
    }

    @Test
    void utf16ByItsByteOrderMark() throws RejectedInput {
        byte[] le = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, ARABIC.getBytes(StandardCharsets.UTF_16LE));
        byte[] be = concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, "Raqqa".getBytes(StandardCharsets.UTF_16BE));
        assertEquals(ARABIC, TextDecoder.decode(le, null));
        assertEquals("Raqqa", TextDecoder.decode(be, null));
    }

    @Test
    void windows1256ArabicIsRecognised() throws RejectedInput {
        byte[] bytes = ("Aleppo: " + ARABIC).getBytes(Charset.forName("windows-1256"));
        assertEquals("Aleppo: " + ARABIC, TextDecoder.decode(bytes, null));
    }

    @Test
    void latinMojibakeIsRejectedNotGuessed() {
        byte[] latin1 = "Homs caf\u00E9 d\u00E9truit, r\u00E9sidents \u00E9vacu\u00E9s".getBytes(StandardCharsets.ISO_8859_1);
        RejectedInput e = assertThrows(RejectedInput.class, () -> TextDecoder.decode(latin1, null));
        assertTrue(e.reason().startsWith("invalid UTF-8 (bad byte sequence at offset 8)"), e.reason());
        assertTrue(e.reason().endsWith("not Windows-1256 Arabic either"), e.reason());
    }

    @Test
    void declaredCharsetWins() throws RejectedInput {
        byte[] latin1 = "caf\u00E9".getBytes(StandardCharsets.ISO_8859_1);
        assertEquals("caf\u00E9", TextDecoder.decode(latin1, "ISO-8859-1"));
        assertEquals("x", TextDecoder.decode("x".getBytes(StandardCharsets.UTF_8), "no-such-charset"));
    }

    @Test
    void utf16WithoutBomIsNamedNotCalledBinary() {
        RejectedInput e = assertThrows(RejectedInput.class,
                () -> TextDecoder.decode("Airstrike on Maarat al-Numan".getBytes(StandardCharsets.UTF_16LE), null));
        assertEquals("UTF-16 without a byte-order mark (add one, or convert to UTF-8)", e.reason());
    }

    @Test
    void emptyAndBinaryAreRejected() {
        assertEquals("empty file", assertThrows(RejectedInput.class, () -> TextDecoder.decode(new byte[0], null)).reason());
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D};
        assertTrue(assertThrows(RejectedInput.class, () -> TextDecoder.decode(png, null)).reason().startsWith("binary data (NUL byte"));
        byte[] controls = new byte[200];
        java.util.Arrays.fill(controls, (byte) 0x01);
        assertTrue(assertThrows(RejectedInput.class, () -> TextDecoder.decode(controls, null)).reason().contains("control bytes"));
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
