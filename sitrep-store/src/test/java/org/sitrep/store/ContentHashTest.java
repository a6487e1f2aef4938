package org.sitrep.store;

import org.junit.jupiter.api.Test;
import org.sitrep.model.Document;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.*;

class ContentHashTest {
    @Test
    void theTextDecidesNotTheIdOrFile() {
        List<Document> corpus = Corpus.documents();
        Document d = corpus.get(0);
        Document sameText = new Document("another-id", null, "elsewhere", null, false, "", d.text(), "other.jsonl:1");
        assertEquals(ContentHash.of(d), ContentHash.of(sameText));
        assertTrue(ContentHash.of(d).matches("[0-9a-f]{64}"));
        Set<String> hashes = new HashSet<>();
        for (Document c : corpus) hashes.add(ContentHash.of(c));
        assertEquals(corpus.stream().map(Document::text).distinct().count(), hashes.size(), "distinct articles, distinct hashes");
    }
}
