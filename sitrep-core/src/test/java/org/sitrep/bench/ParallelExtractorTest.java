package org.sitrep.bench;

import org.junit.jupiter.api.Test;
import org.sitrep.DocumentTimeLimit;
import org.sitrep.ExtractionFailure;
import org.sitrep.TestTheatre;
import org.sitrep.ingest.ReadError;
import org.sitrep.model.Document;
import org.sitrep.model.Event;
import org.sitrep.model.EventJson;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

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
        List<List<Event>> one = new ParallelExtractor(TestTheatre.pipeline(), 1, DocumentTimeLimit.of(DocumentTimeLimit.DEFAULT)).extract(docs, (d, e) -> errors.add(d.id()));
        List<List<Event>> three = new ParallelExtractor(TestTheatre.pipeline(), 3, DocumentTimeLimit.of(DocumentTimeLimit.DEFAULT)).extract(twice, (d, e) -> errors.add(d.id()));
        assertTrue(errors.isEmpty(), "errors: " + errors);
        assertEquals(2 * docs.size(), three.size());
        List<String> expected = lines(one);
        assertFalse(expected.isEmpty());
        List<String> both = new ArrayList<>(expected);
        both.addAll(expected);
        assertEquals(both, lines(three));
    }

    private static Document report(String id, String text) {
        return new Document(id, null, "Test Wire", LocalDate.of(2019, 5, 20), false, "", text, id + ".txt");
    }

    /** Our own wording, 20,000 sentences that each hold an event: parsing them all would take many minutes. */
    static String manyEvents(int sentences) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < sentences; i++) {
            text.append("Government forces shelled the village of Kafr Nabl on ").append(1 + i % 28).append(" April, killing ")
                    .append(2 + i % 5).append(" civilians. ");
        }
        return text.toString();
    }

    @Test
    void aDocumentOverItsTimeLimitIsReportedAndSkippedWhileTheRestOfTheBatchComesThrough() {
        List<Document> good = List.of(
                report("first", "On 12 May 2019, government forces shelled the town of Kafr Nabl in Idlib province, killing two civilians."),
                report("second", "Hay'at Tahrir al-Sham fighters attacked army positions near Khan Shaykhun on 14 May 2019."),
                report("third", "On 18 May, warplanes struck the market of Maarat al-Numan, killing five people."));
        List<String> expected = lines(new ParallelExtractor(TestTheatre.pipeline(), 1, DocumentTimeLimit.none())
                .extract(good, (d, e) -> fail(d.id() + ": " + e)));
        assertFalse(expected.isEmpty());
        List<Document> batch = List.of(good.get(0), report("endless", manyEvents(20_000)), good.get(1), good.get(2));
        for (int threads : new int[]{1, 2}) {
            List<ReadError> errors = new ArrayList<>();
            List<List<Event>> out = new ParallelExtractor(TestTheatre.pipeline(), threads, DocumentTimeLimit.parse("1s"))
                    .extract(batch, (d, e) -> errors.add(ExtractionFailure.of(d, e)));
            assertEquals(List.of(new ReadError("endless.txt", "took longer than 1 s, skipped")), errors, threads + " threads");
            assertTrue(errors.get(0).rejectsDocument());
            assertEquals(4, out.size());
            assertEquals(List.of(), out.get(1));
            assertEquals(expected, lines(out), threads + " threads: every good document of the batch, as without a limit");
        }
    }

    @Test
    void atLeastOneThread() {
        assertThrows(IllegalArgumentException.class, () -> new ParallelExtractor(TestTheatre.pipeline(), 0, DocumentTimeLimit.none()));
    }
}
