package org.sitrep.bench;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.TestTheatre;
import org.sitrep.model.Document;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class DocumentLinesTest {
    @Test
    void recombinedDocumentsReadBackThroughTheCorpusReaderUnchanged(@TempDir Path dir) throws IOException {
        List<Document> src = DocumentLines.read(List.of(TestTheatre.shared().resolve("corpus/seeds.jsonl").toString()));
        List<Document> docs = new ReportRecombiner(src).recombine(20, 3);
        Path file = dir.resolve("docs.jsonl");
        DocumentLines.write(docs, file);
        List<Document> back = DocumentLines.read(List.of(file.toString()));
        assertEquals(docs.size(), back.size());
        for (int i = 0; i < docs.size(); i++) {
            Document a = docs.get(i), b = back.get(i);
            assertEquals(a.id(), b.id());
            assertEquals(a.text(), b.text());
            assertEquals(a.source(), b.source());
            assertEquals(a.published(), b.published());
        }
    }
}
