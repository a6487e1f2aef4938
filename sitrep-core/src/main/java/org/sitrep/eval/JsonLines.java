package org.sitrep.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * A JSON Lines file read the way score.py reads it (blank lines skipped, NaN and Infinity allowed, one value per
 * line), except that a bad line becomes one message naming file:line and the rest of the file is still read.
 */
public final class JsonLines {
    /** Parses like Python's json.loads. */
    static final ObjectMapper JSON = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    /** One parsed line; {@code origin} is file:line. */
    public record Line(int number, JsonNode value, String origin) {}

    private JsonLines() {}

    /**
     * @param errors receives "file:line: problem" for each line that is not UTF-8 or not JSON
     * @throws IOException when the file cannot be read at all
     */
    public static List<Line> read(Path file, Consumer<String> errors) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        List<Line> lines = new ArrayList<>();
        int start = 0, number = 0;
        // lines end at \n, \r\n or \r, as Python's text mode reads them
        while (start < bytes.length) {
            int end = start;
            while (end < bytes.length && bytes[end] != '\n' && bytes[end] != '\r') end++;
            number++;
            String origin = file + ":" + number;
            String text = decode(bytes, start, end, origin, errors);
            if (text != null) {
                if (number == 1 && text.startsWith("\uFEFF")) text = text.substring(1);
                if (!PythonJson.stripPython(text).isEmpty()) {
                    try {
                        lines.add(new Line(number, JSON.readTree(text), origin));
                    } catch (JsonProcessingException e) {
                        errors.accept(origin + ": not JSON: " + e.getOriginalMessage());
                    }
                }
            }
            start = end < bytes.length && bytes[end] == '\r' && end + 1 < bytes.length && bytes[end + 1] == '\n'
                    ? end + 2 : end + 1;
        }
        return lines;
    }

    private static String decode(byte[] bytes, int start, int end, String origin, Consumer<String> errors) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, start, end - start)).toString();
        } catch (CharacterCodingException e) {
            errors.accept(origin + ": not UTF-8 text");
            return null;
        }
    }
}
