package org.sitrep.store.export;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.Event;
import org.sitrep.store.Corpus;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.*;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.*;

class AcledCsvExporterTest {
    @TempDir
    Path dir;

    /** ACLED's 31 columns as spec/EVENTS.md lists them, read from the spec at test time. */
    static List<String> specColumns() throws Exception {
        String spec = Files.readString(Corpus.shared().resolve("spec/EVENTS.md"));
        int at = spec.indexOf("ACLED's 31 columns in ACLED's order");
        Matcher m = Pattern.compile("`([^`]*)`").matcher(spec.substring(at));
        assertTrue(m.find(), "column list not found in EVENTS.md");
        List<String> cols = new ArrayList<>();
        for (String c : m.group(1).split(",")) cols.add(c.trim());
        return cols;
    }

    /** RFC 4180 reader: enough to check what a spreadsheet would see. */
    static List<List<String>> parse(String csv) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder f = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < csv.length(); i++) {
            char c = csv.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') { f.append('"'); i++; }
                else if (c == '"') quoted = false;
                else f.append(c);
            } else if (c == '"') quoted = true;
            else if (c == ',') { row.add(f.toString()); f.setLength(0); }
            else if (c == '\r') { /* part of the line end */ }
            else if (c == '\n') { row.add(f.toString()); f.setLength(0); rows.add(row); row = new ArrayList<>(); }
            else f.append(c);
        }
        return rows;
    }

    @Test
    void headerIsAcledsThirtyOneColumnsInOrderThenSitrepsOwn() throws Exception {
        Path out = dir.resolve("events.csv");
        try (EventExporter x = EventExporter.open(ExportFormat.ACLED_CSV, out)) {
            for (Event e : ExportSamples.events()) x.write(e);
        }
        List<List<String>> rows = parse(Files.readString(out, StandardCharsets.UTF_8));
        List<String> header = rows.get(0);
        assertEquals(31, specColumns().size());
        assertEquals(specColumns(), header.subList(0, 31));
        assertTrue(header.containsAll(List.of("certainty", "claim_source", "evidence_text", "report_count", "disagreements")));
        assertEquals(1 + ExportSamples.events().size(), rows.size());
        for (List<String> r : rows) assertEquals(header.size(), r.size());
    }

    @Test
    void derivedFieldsFollowAcledsRules() throws Exception {
        Path out = dir.resolve("events.csv");
        try (EventExporter x = EventExporter.open(ExportFormat.ACLED_CSV, out)) {
            for (Event e : ExportSamples.events()) x.write(e);
        }
        List<List<String>> rows = parse(Files.readString(out, StandardCharsets.UTF_8));
        List<String> h = rows.get(0);
        Map<String, Map<String, String>> byId = new HashMap<>();
        for (List<String> r : rows.subList(1, rows.size())) {
            Map<String, String> m = new HashMap<>();
            for (int i = 0; i < h.size(); i++) m.put(h.get(i), r.get(i));
            byId.put(m.get("event_id_cnty"), m);
        }
        Map<String, String> capture = byId.get("x1"), shelling = byId.get("x2"), clash = byId.get("x3"), attack = byId.get("x4");
        assertEquals("Political violence", capture.get("disorder_type"));
        assertEquals("State forces-Rebel group", capture.get("interaction"), "lower inter code first, whatever the actor order");
        assertEquals("Rebel group", capture.get("inter1"));
        assertEquals("", capture.get("civilian_targeting"));
        assertEquals("760", capture.get("iso"));
        assertEquals("Middle East", capture.get("region"));
        assertEquals("2019", capture.get("year"));
        assertEquals("7", capture.get("fatalities"));
        assertEquals("claimed", capture.get("certainty"));
        assertEquals("Civilian targeting", shelling.get("civilian_targeting"));
        assertEquals("State forces-Civilians", shelling.get("interaction"));
        assertEquals("0", shelling.get("fatalities"));
        assertEquals("false", shelling.get("fatalities_known"));
        assertEquals("Rebel group only", clash.get("interaction"));
        assertEquals("", clash.get("latitude"));
        assertEquals("Local militia A; Local militia B", attack.get("assoc_actor_1"));
        assertEquals("Civilian targeting", attack.get("civilian_targeting"));
        assertEquals("2019-01-04", attack.get("event_date"), "the middle of a stated week");
        assertEquals("2", attack.get("time_precision"));
        assertEquals("Notes, with a comma; and \"quotes\"\nand a line break.", attack.get("notes"));
        assertEquals("true", attack.get("fatalities_known"));
    }
}
