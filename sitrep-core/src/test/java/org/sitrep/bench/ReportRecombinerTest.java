package org.sitrep.bench;

import org.junit.jupiter.api.Test;
import org.sitrep.TestTheatre;
import org.sitrep.model.Document;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReportRecombinerTest {
    private static List<Document> sources() {
        return DocumentLines.read(List.of(TestTheatre.shared().resolve("corpus/seeds.jsonl").toString(),
                TestTheatre.shared().resolve("corpus/re3d-conflict.jsonl").toString()));
    }

    @Test
    void theSameSeedGivesTheSameDocumentsAndNoTwoAreAlike() {
        ReportRecombiner r = new ReportRecombiner(sources());
        List<Document> a = r.recombine(3000, 7), b = r.recombine(3000, 7);
        assertEquals(3000, a.size());
        assertEquals(a, b);
        Set<String> texts = new HashSet<>();
        for (Document d : a) texts.add(d.text());
        assertEquals(a.size(), texts.size(), "no two documents alike");
        assertNotEquals(a.get(0).text(), r.recombine(1, 8).get(0).text(), "another seed, other documents");
    }

    @Test
    void everyDocumentIsMadeOfWholeParagraphsOfTheSources() {
        List<Document> src = sources();
        Set<String> paragraphs = new HashSet<>();
        for (Document d : src) paragraphs.addAll(ReportRecombiner.paragraphs(d.text()));
        ReportRecombiner r = new ReportRecombiner(src);
        assertTrue(r.paragraphs() > 100, "the two development corpora give over a hundred paragraphs: " + r.paragraphs());
        for (Document d : r.recombine(50, 1)) {
            String[] parts = d.text().split("\n\n");
            assertTrue(parts.length >= 3 && parts.length <= 12, d.id() + " has " + parts.length + " paragraphs");
            for (String p : parts) assertTrue(paragraphs.contains(p), "not a source paragraph: " + p);
            assertTrue(d.published() != null || d.source() != null);
        }
    }

    @Test
    void aLongOneParagraphArticleIsCutAtSentenceEnds() {
        String sentence = "The army said its units advanced towards the town on Monday after heavy fighting. ";
        List<String> pieces = ReportRecombiner.paragraphs(sentence.repeat(12).strip());
        assertEquals(4, pieces.size());
        for (String p : pieces) assertTrue(p.endsWith("fighting."), p);
    }
}
