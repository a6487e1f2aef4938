package org.sitrep.bench;

import org.junit.jupiter.api.Test;
import org.sitrep.TestTheatre;
import org.sitrep.model.Document;
import org.sitrep.model.Event;
import org.sitrep.model.EventJson;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ParallelExtractorTest {
    private static List<String> lines(List<List<Event>> events) {
        List<String> out = new ArrayList<>();
        for (List<Event> es : events) for (Event e : es) out.add(EventJson.toLine(e));
        return out;
    }

    @Test
    void threeThreadsOnOneSharedPipelineGiveTheEventsOfOneThreadInInputOrder() {
        List<Document> docs = DocumentLines.read(List.of(TestTheatre.shared().resolve("corpus/seeds.jsonl").toString()));
        // each seed twice, so two threads work on the same text at the same time
        List<Document> twice = new ArrayList<>(docs);
        twice.addAll(docs);
        List<String> errors = new ArrayList<>();
        List<List<Event>> one = new ParallelExtractor(TestTheatre.pipeline(), 1).extract(docs, (d, e) -> errors.add(d.id()));
        List<List<Event>> three = new ParallelExtractor(TestTheatre.pipeline(), 3).extract(twice, (d, e) -> errors.add(d.id()));
        assertTrue(errors.isEmpty(), "errors: " + errors);
        assertEquals(2 * docs.size(), three.size());
        List<String> expected = lines(one);
        assertFalse(expected.isEmpty());
        List<String> both = new ArrayList<>(expected);
        both.addAll(expected);
        assertEquals(both, lines(three));
    }

    @Test
    void atLeastOneThread() {
        assertThrows(IllegalArgumentException.class, () -> new ParallelExtractor(TestTheatre.pipeline(), 0));
    }
}
