package org.sitrep.store.export;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.fuse.FusedEvent;
import org.sitrep.fuse.FusedEventJson;
import org.sitrep.fuse.Fusion;
import org.sitrep.model.Event;
import org.sitrep.model.EventJson;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class JsonlExporterTest {
    @TempDir
    Path dir;

    @Test
    void reportsAreEventsMdRecordsAndFusedEventsCarryTheirReports() throws Exception {
        Path out = dir.resolve("events.jsonl");
        List<Event> events = ExportSamples.events();
        List<FusedEvent> fused = new Fusion().fuse(events);
        try (EventExporter x = EventExporter.open(ExportFormat.JSONL, out)) {
            for (Event e : events) x.write(e);
            for (FusedEvent f : fused) x.write(f);
        }
        List<String> lines = Files.readAllLines(out);
        assertEquals(events.size() + fused.size(), lines.size());
        for (int i = 0; i < events.size(); i++) assertEquals(EventJson.toLine(events.get(i)), EventJson.toLine(EventJson.fromLine(lines.get(i))));
        // the records carry what EVENTS.md carries (an actor's country is not part of it)
        for (int i = 0; i < fused.size(); i++)
            assertEquals(FusedEventJson.toLine(fused.get(i)), FusedEventJson.toLine(FusedEventJson.fromLine(lines.get(events.size() + i))));
    }
}
