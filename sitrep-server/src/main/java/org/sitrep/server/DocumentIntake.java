package org.sitrep.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.sitrep.DocumentTimeLimit;
import org.sitrep.Pipeline;
import org.sitrep.ingest.CorpusReader;
import org.sitrep.ingest.ReadError;
import org.sitrep.ingest.ReadOptions;
import org.sitrep.model.Document;
import org.sitrep.model.Event;
import org.sitrep.store.EventStore;
import org.sitrep.store.IngestResult;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * POST /api/documents: one article (a corpus JSON object) through the real pipeline into the store. The pipeline
 * holds the language models, so it is opened on the first article, once, and kept.
 */
public final class DocumentIntake implements AutoCloseable {
    /** What one article did: whether it was new, and the fused events its reports now belong to. */
    public record Outcome(IngestResult result, String docId, List<String> fusedIds) {}

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final EventStore store;
    private final Supplier<Pipeline.Theatre> theatre;
    private final DocumentTimeLimit limit;
    private Pipeline pipeline;

    public DocumentIntake(EventStore store, Supplier<Pipeline.Theatre> theatre, DocumentTimeLimit limit) {
        this.store = store;
        this.theatre = theatre;
        this.limit = limit;
    }

    /**
     * Reads the article with the corpus reader's own checks and cleaning, extracts its events and stores them.
     *
     * @throws DocumentTimeLimit.Exceeded when extraction ran over the limit; nothing is stored
     */
    public Outcome ingest(byte[] body) {
        JsonNode node;
        try {
            node = MAPPER.readTree(body);
        } catch (IOException x) {
            throw new BadParameter("body", "not JSON");
        }
        if (node == null || !node.isObject()) throw new BadParameter("body", "must be a JSON object");
        if (!node.path("text").isTextual() || node.path("text").asText().isBlank()) throw new BadParameter("text", "required, a non-empty string");
        if (!node.path("id").isMissingNode() && !node.path("id").isTextual()) throw new BadParameter("id", "must be a string");
        Document doc = read(node);
        Pipeline p = pipeline();
        List<Event> events = limit.run(() -> p.extract(doc));
        IngestResult r = store.ingest(doc, events);
        List<String> fused = new ArrayList<>();
        for (Event e : events) store.fusedEventOf(e.eventId()).ifPresent(f -> { if (!fused.contains(f.fusedId())) fused.add(f.fusedId()); });
        return new Outcome(r, doc.id(), fused);
    }

    /** One document from the JSON object, read by the corpus reader from a one-line temporary file. */
    private static Document read(JsonNode node) {
        Path tmp = null;
        try {
            tmp = Files.createTempFile("sitrep-post-", ".jsonl");
            Files.writeString(tmp, MAPPER.writeValueAsString(node) + "\n", StandardCharsets.UTF_8);
            List<Document> docs = new ArrayList<>();
            List<ReadError> errors = new ArrayList<>();
            new CorpusReader(ReadOptions.defaults()).read(List.of(tmp.toString()), docs::add, errors::add);
            if (docs.size() != 1) {
                String reason = errors.isEmpty() ? "no article in the body" : errors.get(0).reason();
                throw new BadParameter("body", reason);
            }
            Document d = docs.get(0);
            return new Document(d.id(), d.url(), d.source(), d.published(), d.publishedInferred(), d.title(), d.text(), "POST /api/documents");
        } catch (IOException x) {
            throw new UncheckedIOException(x);
        } finally {
            if (tmp != null) try { Files.deleteIfExists(tmp); } catch (IOException ignored) { /* a temp file */ }
        }
    }

    private synchronized Pipeline pipeline() {
        if (pipeline == null) {
            try {
                pipeline = Pipeline.open(theatre.get());
            } catch (IOException x) {
                throw new UncheckedIOException("cannot open the extraction pipeline: " + x.getMessage(), x);
            }
        }
        return pipeline;
    }

    @Override
    public synchronized void close() {
        if (pipeline != null) {
            try { pipeline.close(); } catch (IOException ignored) { /* closing at shutdown */ }
        }
    }
}
