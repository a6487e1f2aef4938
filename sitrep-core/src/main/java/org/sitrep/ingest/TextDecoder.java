package org.sitrep.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;

/**
 * Bytes to text, or a clear reason why they are not text. Order: a byte-order mark (UTF-8, UTF-16),
 * a charset the container declared (HTTP header, HTML meta), strict UTF-8, then Windows-1256 when the
 * bytes read as Arabic (old Arabic news sites), else rejection: guessing further would hand mojibake
 * to the pipeline.
 */
final class TextDecoder {
    static final Charset WINDOWS_1256 = Charset.forName("windows-1256");
    private static final int SNIFF = 64 * 1024;

    private TextDecoder() {}

    static String decode(byte[] bytes, String declaredCharset) throws RejectedInput {
        if (bytes.length == 0) throw new RejectedInput("empty file");
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) return strictUtf8(bytes, 3);
        if (startsWith(bytes, 0xFF, 0xFE)) return strict(StandardCharsets.UTF_16LE, bytes, 2, "UTF-16LE");
        if (startsWith(bytes, 0xFE, 0xFF)) return strict(StandardCharsets.UTF_16BE, bytes, 2, "UTF-16BE");
        rejectBinary(bytes);
        Charset declared = charset(declaredCharset);
        if (declared != null && !declared.equals(StandardCharsets.UTF_8) && !declared.equals(StandardCharsets.US_ASCII)) {
            return new String(bytes, declared);
        }
        try {
            return strictUtf8(bytes, 0);
        } catch (RejectedInput notUtf8) {
            String arabic = new String(bytes, WINDOWS_1256);
            if (readsAsArabic(arabic)) return arabic;
            throw new RejectedInput(notUtf8.reason() + ", and not Windows-1256 Arabic either");
        }
    }

    /** NUL bytes or many control bytes mean a binary file (image, archive, executable), not text. */
    private static void rejectBinary(byte[] bytes) throws RejectedInput {
        int n = Math.min(bytes.length, SNIFF);
        int controls = 0;
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) {
                if (looksLikeUtf16WithoutBom(bytes, n)) {
                    throw new RejectedInput("UTF-16 without a byte-order mark (add one, or convert to UTF-8)");
                }
                throw new RejectedInput("binary data (NUL byte at offset " + i + "), not text");
            }
            if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f' && b != 0x1B) controls++;
        }
        if (controls * 100 > n) throw new RejectedInput("binary data (" + controls + " control bytes in the first " + n + "), not text");
    }

    /** ASCII-range text in UTF-16 has a NUL in every other byte, and only there. */
    private static boolean looksLikeUtf16WithoutBom(byte[] bytes, int n) {
        int evenNul = 0;
        int oddNul = 0;
        for (int i = 0; i + 1 < n; i += 2) {
            if (bytes[i] == 0) evenNul++;
            if (bytes[i + 1] == 0) oddNul++;
        }
        int pairs = n / 2;
        return pairs >= 4 && (Math.max(evenNul, oddNul) * 10 >= pairs * 7) && Math.min(evenNul, oddNul) * 20 <= pairs;
    }

    private static String strictUtf8(byte[] bytes, int offset) throws RejectedInput {
        return strict(StandardCharsets.UTF_8, bytes, offset, "UTF-8");
    }

    private static String strict(Charset charset, byte[] bytes, int offset, String name) throws RejectedInput {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        try {
            CharBuffer chars = decoder.decode(in);
            return chars.toString();
        } catch (MalformedInputException e) {
            throw new RejectedInput("invalid " + name + " (bad byte sequence at offset " + in.position() + ")");
        } catch (CharacterCodingException e) {
            throw new RejectedInput("invalid " + name);
        }
    }

    /** Most non-ASCII characters are Arabic letters: the file really is Windows-1256 Arabic. */
    static boolean readsAsArabic(String text) {
        int nonAscii = 0;
        int arabic = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) continue;
            nonAscii++;
            if ((c >= '\u0600' && c <= '\u06FF') || c == '\u00A0' || c == '\u200C' || c == '\u200D'
                    || c == '\u200E' || c == '\u200F' || c == '\u00AB' || c == '\u00BB') arabic++;
        }
        return nonAscii > 0 && arabic * 10 >= nonAscii * 8;
    }

    static Charset charset(String name) {
        if (name == null || name.isBlank()) return null;
        try {
            return Charset.forName(name.trim().replace("\"", "").replace("'", ""));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return null;
        }
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) return false;
        for (int i = 0; i < prefix.length; i++) if ((bytes[i] & 0xFF) != prefix[i]) return false;
        return true;
    }
}
