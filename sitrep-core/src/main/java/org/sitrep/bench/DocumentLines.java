package org.sitrep.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.sitrep.ingest.CorpusReader;
import org.sitrep.ingest.ReadOptions;
import org.sitrep.model.Document;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Documents to and from JSON Lines in the corpus format (the fields of ../shared/corpus): how the bench hands the
 * very same documents to each child JVM, which reads them back through the ordinary {@link CorpusReader}.
 */
public final class DocumentLines {
    private static final ObjectMapper JSON = new ObjectMapper();

    private DocumentLines() {}

    public static void write(List<Document> docs, Path file) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (Document d : docs) {
                ObjectNode o = JSON.createObjectNode();
                o.put("id", d.id());
                if (d.url() != null) o.put("url", d.url());
                o.put("source", d.source());
                if (d.published() != null) o.put("published", d.published().toString());
                o.put("published_inferred", d.publishedInferred());
                o.put("title", d.title());
                o.put("text", d.text());
                w.write(JSON.writeValueAsString(o));
                w.write('\n');
            }
        }
    }

    /** Every document of the inputs (files or folders, any format CorpusReader knows); read errors go to stderr. */
    public static List<Document> read(List<String> inputs) {
        List<Document> out = new ArrayList<>();
        new CorpusReader(ReadOptions.defaults()).read(inputs, out::add,
                e -> System.err.println("sitrep: " + e.origin() + ": " + e.reason()));
        return out;
    }
}
