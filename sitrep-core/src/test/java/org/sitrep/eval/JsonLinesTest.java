package org.sitrep.eval;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JsonLinesTest {
    @TempDir
    Path dir;

    @Test
    void linesEndAsPythonReadsThemAndBadOnesAreNamed() throws Exception {
        Path file = dir.resolve("x.jsonl");
        byte[] bad = {'{', '"', 'a', '"', ':', '"', (byte) 0xff, '"', '}'};
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        bytes.write("\uFEFF{\"n\": 1}\r\n{\"n\": 2}\r{\"n\": NaN}\n  \n{\"n\": 3} trailing\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        bytes.write(bad);
        bytes.write("\n[4]".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        Files.write(file, bytes.toByteArray());
        List<String> errors = new ArrayList<>();
        List<JsonLines.Line> lines = JsonLines.read(file, errors::add);
        assertEquals(List.of(1, 2, 3, 7), lines.stream().map(JsonLines.Line::number).toList());
        assertTrue(Double.isNaN(lines.get(2).value().get("n").doubleValue()));
        assertEquals(2, errors.size(), errors.toString());
        assertTrue(errors.get(0).startsWith(file + ":5: not JSON"), errors.get(0));
        assertEquals(file + ":6: not UTF-8 text", errors.get(1));
        assertEquals(file + ":7", lines.get(3).origin());
    }
}
