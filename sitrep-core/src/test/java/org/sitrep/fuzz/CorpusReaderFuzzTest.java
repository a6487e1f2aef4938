package org.sitrep.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.sitrep.ingest.CorpusReader;
import org.sitrep.ingest.ReadError;
import org.sitrep.ingest.ReadOptions;
import org.sitrep.model.Document;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Fuzzes the corpus reader on standard input, where the first bytes choose the reader: HTML pages (jsoup, the
 * article finder, metadata, the cleaner), JSON Lines, WARC and plain text. The reader turns every failure into a
 * {@link ReadError}; one whose reason says "internal error" is a bug in sitrep, not in the input, and fails here.
 */
class CorpusReaderFuzzTest {
    /** The prefix {@code ReadError.internal} gives a failure that is sitrep's fault. */
    private static final String INTERNAL = "internal error: ";
    private static final byte[] HTML_PAGE = "<!doctype html>\n<html><head>".getBytes(StandardCharsets.US_ASCII);

    @FuzzTest(maxDuration = "3m")
    void htmlPagesAreReadOrRejectedInOneLine(FuzzedDataProvider data) {
        byte[] body = data.consumeRemainingAsBytes();
        byte[] page = new byte[HTML_PAGE.length + body.length];
        System.arraycopy(HTML_PAGE, 0, page, 0, HTML_PAGE.length);
        System.arraycopy(body, 0, page, HTML_PAGE.length, body.length);
        readChecked(page);
    }

    @FuzzTest(maxDuration = "3m")
    void anyInputIsReadOrRejectedInOneLine(FuzzedDataProvider data) {
        readChecked(data.consumeRemainingAsBytes());
    }

    private static void readChecked(byte[] input) {
        List<Document> documents = new ArrayList<>();
        List<ReadError> errors = new ArrayList<>();
        CorpusReader reader = new CorpusReader(ReadOptions.defaults()).withStdin(new ByteArrayInputStream(input));
        TimeBound.within("CorpusReader.read", () -> {
            reader.read(List.of("-"), documents::add, errors::add);
            return null;
        });
        for (ReadError e : errors) {
            assertFalse(e.reason().startsWith(INTERNAL), () -> "a bug, not bad input: " + e);
            assertFalse(e.toString().contains("\n"), () -> "an error of more than one line: " + e);
        }
        assertTrue(!documents.isEmpty() || errors.stream().anyMatch(ReadError::rejectsDocument),
                "input neither read nor rejected: it vanished without a word");
        for (Document d : documents) {
            assertFalse(d.text().isBlank(), () -> "document " + d.id() + " with no text");
            LocalDate p = d.published();
            // PublishedDate refuses years before 1800 and after next year
            assertTrue(p == null || (p.getYear() >= 1800 && p.getYear() <= LocalDate.now(ZoneOffset.UTC).getYear() + 1),
                    () -> "absurd published date kept: " + p);
        }
    }
}
