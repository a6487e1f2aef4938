package org.sitrep.eval;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Python's view of JSON values, checked against python3 itself. */
class PythonJsonTest {
    @TempDir
    Path dir;

    @Test
    void dumpsIsPythonsSortedKeyJson() throws Exception {
        List<String> lines = List.of(
                "{\"b\": 1, \"a\": [1.0, 2.5, -0.0, 1e-05, 0.0001, 1e16, 1234567890123456.0, 12345678901234567890], \"c\": null}",
                "{\"z\": {\"y\": true, \"x\": false}, \"é\": \"ünï \\\"quoted\\\" \\\\ back\\nnew\\ttab\\u0001\\u007f\", \"E\": \"\\ud83d\\ude00\"}",
                "{\"lat\": 35.9306, \"lon\": 36.6339, \"n\": NaN, \"inf\": Infinity, \"ninf\": -Infinity, \"big\": 1e400}",
                "{\"\\uffff\": 1, \"\\ud83d\\ude00\": 2, \"a\": 0.1, \"b\": 0.30000000000000004, \"c\": 5e-324, \"d\": 1.7976931348623157e308}",
                "{\"nested\": [{\"b\": [], \"a\": {}}, [], \"\"], \"num\": -12, \"e\": 1E2, \"f\": 2.50}");
        Path file = dir.resolve("values.jsonl");
        Files.write(file, lines, StandardCharsets.UTF_8);
        List<String> python = ScorePy.dumps(file);
        List<JsonLines.Line> read = JsonLines.read(file, e -> { throw new AssertionError(e); });
        assertEquals(python.size(), read.size());
        for (int i = 0; i < read.size(); i++) assertEquals(python.get(i), PythonJson.dumps(read.get(i).value()));
    }

    @Test
    void reprIsPythonsShortestFloat() throws Exception {
        List<Double> xs = new ArrayList<>(List.of(0.1, 0.5, 1.0, 100.0, 1e16, 1e15, 9.999999999999999e15, 1e-4, 1e-5,
                123.456, 36.15875, 2.0 / 3, 1.0 / 3, 5e-324, Double.MAX_VALUE, Double.MIN_NORMAL, 4.35, 0.812,
                9007199254740993.0, 2.2250738585072014E-308, 1.0E23, 8.41E21, 5.0E-324, 2.0E-3, 1.1E-7));
        Random random = new Random(7);
        for (int i = 0; i < 400; i++) xs.add(Double.longBitsToDouble(random.nextLong() & 0x7fefffffffffffffL));
        for (int i = 0; i < 400; i++) xs.add(random.nextDouble() * 180 - 90);
        for (int i = 0; i < 200; i++) xs.add((double) random.nextInt(1000) / 1000);
        JsonNode python = ScorePy.eval("repr(x)", xs, dir);
        for (int i = 0; i < xs.size(); i++) assertEquals(python.get(i).asText(), PythonJson.repr(xs.get(i)), "repr of " + xs.get(i));
    }

    @Test
    void dayIsScorePysDay() throws Exception {
        List<Object> xs = List.of("2016-01-27", "2016-01-27T10:00:00", "2016-1-27", "20160127", "2016-W05", "2016-W05-3",
                "2016W053", "2016-W53", "2015-W53-7", "2016-02-30", "0000-01-01", "", "None", "2016-01", "２０１６-01-27",
                20160127, 2016, true);
        JsonNode python = ScorePy.eval("str(day(x)) if day(x) else None", xs, dir);
        for (int i = 0; i < xs.size(); i++) {
            LocalDate ours = PythonJson.day(JsonLines.JSON.valueToTree(xs.get(i)));
            JsonNode theirs = python.get(i);
            assertEquals(theirs.isNull() ? null : theirs.asText(), ours == null ? null : ours.toString(), "day(" + xs.get(i) + ")");
        }
    }

    @Test
    void asIntIsScorePysAsInt() throws Exception {
        List<Object> xs = List.of(3, -4, 3.7, -3.7, "12", " 12 ", "1_000", "1__0", "_1", "12.0", "", "٣", "+5", "x", true);
        JsonNode python = ScorePy.eval("as_int(x)", xs, dir);
        for (int i = 0; i < xs.size(); i++) {
            BigInteger ours = PythonJson.asInt(JsonLines.JSON.valueToTree(xs.get(i)));
            JsonNode theirs = python.get(i);
            assertEquals(theirs.isNull() ? null : theirs.bigIntegerValue(), ours, "as_int(" + xs.get(i) + ")");
        }
    }

    @Test
    void floatsOfCoordinatesAreReadAsPythonReadsThem() throws Exception {
        List<Object> xs = List.of(35.5, -3, "35.5", " 36 ", "1e3", ".5", "5.", "abc", "", "1_0.5");
        JsonNode python = ScorePy.eval("coords({'a': x, 'b': 0}, 'a', 'b')", xs, dir);
        for (int i = 0; i < xs.size(); i++) {
            Double ours = PythonJson.asFloat(JsonLines.JSON.valueToTree(xs.get(i)));
            JsonNode theirs = python.get(i);
            assertEquals(theirs.isNull() ? null : theirs.get(0).asDouble(), ours, "float(" + xs.get(i) + ")");
        }
    }

    @Test
    void strAndTruthinessAreAsInPython() {
        assertEquals("None", PythonJson.str(null));
        assertEquals("7", PythonJson.str(JsonLines.JSON.valueToTree(7)));
        assertEquals("True", PythonJson.str(JsonLines.JSON.valueToTree(true)));
        assertEquals("1.5", PythonJson.str(JsonLines.JSON.valueToTree(1.5)));
        assertFalse(PythonJson.truthy(JsonLines.JSON.valueToTree(0)));
        assertFalse(PythonJson.truthy(JsonLines.JSON.valueToTree("")));
        assertFalse(PythonJson.truthy(JsonLines.JSON.createArrayNode()));
        assertTrue(PythonJson.truthy(JsonLines.JSON.valueToTree("false")));
        assertNull(PythonJson.asInt(JsonLines.JSON.valueToTree(Double.NaN)));
    }

    @Test
    void stringsAreOrderedByCodePoint() {
        // U+FFFF sorts before U+1F600 in Python; UTF-16 units would say otherwise
        assertTrue(PythonJson.CODE_POINT_ORDER.compare("\uffff", "\ud83d\ude00") < 0);
        assertTrue("\uffff".compareTo("\ud83d\ude00") > 0);
        assertTrue(PythonJson.CODE_POINT_ORDER.compare("ab", "abc") < 0);
    }
}
