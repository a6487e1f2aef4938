package org.sitrep.fuzz;

import org.junit.jupiter.api.Test;
import org.sitrep.ingest.CorpusReader;
import org.sitrep.ingest.ReadError;
import org.sitrep.ingest.ReadOptions;
import org.sitrep.model.Document;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What the fuzzers found, as plain tests that say what must happen instead. Each names the finding; the raw
 * input the fuzzer saved is replayed too, from {@code <Class>Inputs/<method>/crash-*}.
 */
class FuzzFindingsTest {
    private static final String PAGE = "<html><body><article><p>Shelling hit the northern district on Tuesday, "
            + "residents said, and %s houses burned.</p></article></body></html>";
    private static final String DATE = "2021-06-01T12:00:00Z";

    /**
     * Found by CorpusReaderFuzzTest (crash-db406cbf...): a WARC response record without a WARC-Record-ID header made
     * jwarc's {@code id()} throw outside the per-record guard, so the rest of the crawl was lost behind one
     * "internal error" line.
     */
    @Test
    void aWarcRecordWithoutRecordIdIsNamedAndTheRestOfTheCrawlIsRead() {
        String crawl = record("<urn:uuid:00000000-0000-4000-8000-000000000001>", DATE, "two")
                + record(null, DATE, "three")
                + record("<urn:uuid:00000000-0000-4000-8000-000000000003>", DATE, "four");
        Batch batch = read(crawl);
        batch.assertNoInternalError();
        assertTrue(batch.texts().stream().anyMatch(t -> t.contains("two houses")), batch.toString());
        assertTrue(batch.texts().stream().anyMatch(t -> t.contains("four houses")), "the record after the bad one is lost: " + batch);
        assertTrue(batch.texts().stream().anyMatch(t -> t.contains("three houses")) || batch.errors.size() == 1,
                "the record without an id is neither read nor named: " + batch);
    }

    /** Found with the one above: a response record without a WARC-Date (the capture date stands in for a missing published date). */
    @Test
    void aWarcRecordWithoutDateIsReadOrRejectedInOneLine() {
        String crawl = record("<urn:uuid:00000000-0000-4000-8000-000000000001>", DATE, "two")
                + record("<urn:uuid:00000000-0000-4000-8000-000000000002>", null, "three")
                + record("<urn:uuid:00000000-0000-4000-8000-000000000003>", DATE, "four");
        Batch batch = read(crawl);
        batch.assertNoInternalError();
        assertTrue(batch.texts().stream().anyMatch(t -> t.contains("two houses")), batch.toString());
        assertTrue(batch.texts().stream().anyMatch(t -> t.contains("four houses")), batch.toString());
        assertEquals(3, batch.documents.size() + batch.errors.stream().filter(ReadError::rejectsDocument).count(), batch.toString());
    }

    private record Batch(List<Document> documents, List<ReadError> errors) {
        List<String> texts() { return documents.stream().map(Document::text).toList(); }

        void assertNoInternalError() {
            for (ReadError e : errors) assertFalse(e.reason().startsWith("internal error"), "a bug, not bad input: " + e);
        }
    }

    private static Batch read(String input) {
        Batch batch = new Batch(new ArrayList<>(), new ArrayList<>());
        new CorpusReader(ReadOptions.defaults()).withStdin(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)))
                .read(List.of("-"), batch.documents::add, batch.errors::add);
        return batch;
    }

    /** One WARC response record holding an HTML page; a null id or date leaves that header out. */
    private static String record(String id, String date, String houses) {
        String http = "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" + String.format(PAGE, houses);
        return "WARC/1.0\r\nWARC-Type: response\r\n"
                + (id == null ? "" : "WARC-Record-ID: " + id + "\r\n")
                + (date == null ? "" : "WARC-Date: " + date + "\r\n")
                + "WARC-Target-URI: https://news.example/" + houses + "\r\n"
                + "Content-Type: application/http; msgtype=response\r\n"
                + "Content-Length: " + http.getBytes(StandardCharsets.UTF_8).length + "\r\n\r\n" + http + "\r\n\r\n";
    }
}
