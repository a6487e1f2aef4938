package org.sitrep.ingest;

import org.junit.jupiter.api.Test;
import org.sitrep.model.Document;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JsonLinesReaderTest {
    private final List<Document> documents = new ArrayList<>();
    private final List<ReadError> errors = new ArrayList<>();

    private void read(ReadOptions options, byte[] bytes) throws IOException {
        new JsonLinesReader(options, new BoilerplateRemover())
                .read(new ByteArrayInputStream(bytes), "corpus.jsonl", documents::add, errors::add);
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void goodAndBadLinesInOneBatch() throws IOException {
        String corpus = String.join("\n",
                "{\"id\":\"a1\",\"url\":\"https://example.org/a1\",\"source\":\"Example\",\"published\":\"2016-01-28\","
                        + "\"published_inferred\":true,\"title\":\"Headline\",\"text\":\"Headline\\n\\nTroops entered the town.\",\"extra\":[1,2]}",
                "[1, 2, 3]",
                "this is not json",
                "{\"id\":\"a4\",\"title\":\"no text here\"}",
                "",
                "{\"url\":\"https://example.org/x\"}",
                "{\"text\":\"Mortar fire hit the market.\",\"published\":\"2017-02-03T10:00:00+02:00\"}",
                "{\"id\":7,\"text\":\"Numeric id, absurd date.\",\"published\":\"0000-01-01\"}",
                "{\"id\":\"a9\",\"text\":\"The convoy reached the cit");
        read(ReadOptions.defaults().withDefaultPublished(LocalDate.of(2020, 1, 1)), utf8(corpus));

        assertEquals(3, documents.size(), documents.toString());
        Document a1 = documents.get(0);
        assertEquals("a1", a1.id());
        assertEquals("https://example.org/a1", a1.url());
        assertEquals("Example", a1.source());
        assertEquals(LocalDate.of(2016, 1, 28), a1.published());
        assertTrue(a1.publishedInferred());
        assertEquals("Headline", a1.title());
        assertEquals("Headline\n\nTroops entered the town.", a1.text());
        assertEquals("corpus.jsonl:1", a1.origin());

        Document noId = documents.get(1);
        assertEquals("corpus.jsonl:7", noId.id());
        assertEquals(LocalDate.of(2017, 2, 3), noId.published());
        assertFalse(noId.publishedInferred());

        Document numeric = documents.get(2);
        assertEquals("7", numeric.id());
        assertEquals(LocalDate.of(2020, 1, 1), numeric.published()); // the absurd date gave way to --published
        assertTrue(numeric.publishedInferred());

        List<String> lines = errors.stream().map(ReadError::toString).toList();
        assertEquals(6, lines.size(), lines.toString());
        assertTrue(lines.get(0).startsWith("corpus.jsonl:2: JSON line is not an object but array"), lines.get(0));
        assertTrue(lines.get(1).startsWith("corpus.jsonl:3: not JSON ("), lines.get(1));
        assertEquals("corpus.jsonl:4: document a4 has no text field", lines.get(2));
        assertEquals("corpus.jsonl:6: no id and no text field", lines.get(3));
        assertTrue(lines.get(4).startsWith("corpus.jsonl:8: absurd published date 0000-01-01"), lines.get(4));
        assertTrue(lines.get(4).endsWith("date ignored, document kept"), lines.get(4));
        assertEquals(List.of(true, true, true, true, false, true), errors.stream().map(ReadError::rejectsDocument).toList());
        assertTrue(lines.get(5).startsWith("corpus.jsonl:9: truncated last line"), lines.get(5));
    }

    @Test
    void overlongLineIsSkippedAndTheNextLineRead() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write(utf8("{\"id\":\"big\",\"text\":\""));
        bytes.write(utf8("x".repeat(5000)));
        bytes.write(utf8("\"}\n{\"id\":\"small\",\"text\":\"Shelling resumed at dawn.\"}\n"));
        read(ReadOptions.defaults().withMaxLineBytes(1000), bytes.toByteArray());
        assertEquals(1, documents.size());
        assertEquals("small", documents.get(0).id());
        assertEquals("corpus.jsonl:1: line is 5022 bytes, over the limit of 1000 (skipped)", errors.get(0).toString());
    }

    @Test
    void textOverTheDocumentLimitIsRejected() throws IOException {
        read(ReadOptions.defaults().withMaxDocumentBytes(10),
                utf8("{\"id\":\"long\",\"text\":\"far more than ten characters\"}\n"));
        assertTrue(documents.isEmpty());
        assertTrue(errors.get(0).reason().contains("over the limit of 10"), errors.toString());
    }

    @Test
    void invalidUtf8InALineIsThatLinesErrorOnly() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write(utf8("{\"id\":\"bad\",\"text\":\"caf"));
        bytes.write(new byte[] {(byte) 0xC3, (byte) 0x28});
        bytes.write(utf8("\"}\n{\"id\":\"ok\",\"text\":\"Fighting near Tal Abyad.\"}\n"));
        read(ReadOptions.defaults(), bytes.toByteArray());
        assertEquals(List.of("ok"), documents.stream().map(Document::id).toList());
        assertEquals("corpus.jsonl:1", errors.get(0).origin());
        assertTrue(errors.get(0).reason().contains("UTF-8"), errors.toString());
    }

    @Test
    void boilerplateAndInvisibleCharactersAreCleanedFromFields() throws IOException {
        read(ReadOptions.defaults(), utf8("\uFEFF{\"id\":\"c\u200B1\",\"title\":\"Raid on \u200FTal Rifaat\","
                + "\"text\":\"skip to main content\\n\\nA raid on Tal Rifaat was reported.\\n\\nDisclaimer: views are the author's.\"}"));
        assertEquals(1, documents.size(), errors.toString());
        assertEquals("c1", documents.get(0).id());
        assertEquals("Raid on Tal Rifaat", documents.get(0).title());
        assertEquals("A raid on Tal Rifaat was reported.", documents.get(0).text());
        assertNull(documents.get(0).published());
    }

    @Test
    void emptyFileIsOneError() throws IOException {
        read(ReadOptions.defaults(), utf8("\n  \n"));
        assertTrue(documents.isEmpty());
        assertEquals("corpus.jsonl: empty file (no JSON lines)", errors.get(0).toString());
    }

    @Test
    void seedsReadAsTheyAre() throws IOException {
        read(ReadOptions.defaults(), Files.readAllBytes(SharedCorpus.corpus("seeds.jsonl")));
        assertTrue(errors.isEmpty(), errors.toString());
        assertEquals(List.of("000", "001", "002", "003", "004"), documents.stream().map(Document::id).toList());
        for (Document d : documents) {
            assertTrue(d.publishedInferred(), d.id());
            assertTrue(d.published().getYear() >= 2016, d.id());
            assertFalse(d.text().contains("protected]"), d.id());
        }
    }

    @Test
    void re3dReadsWithoutErrors() throws IOException {
        Path file = SharedCorpus.corpus("re3d-conflict.jsonl");
        read(ReadOptions.defaults(), Files.readAllBytes(file));
        assertTrue(errors.isEmpty(), errors.toString());
        assertEquals(40, documents.size());
        assertFalse(documents.stream().anyMatch(d -> d.title().contains("\u200E")), "bidi mark left in a title");
    }
}
