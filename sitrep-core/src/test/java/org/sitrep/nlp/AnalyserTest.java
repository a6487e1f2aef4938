package org.sitrep.nlp;

import org.junit.jupiter.api.Test;
import org.sitrep.model.Document;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class AnalyserTest {
    private static final String TEXT = "Rebels shelled the town.\n\nGovernment forces captured Alpha, Beta and the 5th Brigade base from the group on Monday.";

    @Test
    void splitsEverySentenceButParsesOnlyTheOnesAskedFor() {
        Document doc = new Document("t", null, null, null, false, "", TEXT, "test");
        AnalysedDocument a = Analyser.shared().analyse(doc, s -> s.text().contains("captured"));
        assertEquals(2, a.sentences().size());
        assertFalse(a.sentences().get(0).parsed());
        assertTrue(a.sentences().get(0).dependencies().isEmpty());
        Sentence s = a.sentences().get(1);
        assertTrue(s.parsed());
        for (Token t : s.tokens()) assertEquals(t.word(), TEXT.substring(t.begin(), t.end()), "offsets are document offsets");
        Token captured = s.tokens().stream().filter(t -> t.word().equals("captured")).findFirst().orElseThrow();
        assertEquals("capture", captured.lemma());
        assertTrue(captured.isVerb());
    }

    @Test
    void coordinatedObjectsAreEachObjectsOfTheVerb() {
        Document doc = new Document("t", null, null, null, false, "", TEXT, "test");
        Sentence s = Analyser.shared().analyse(doc, x -> true).sentences().get(1);
        int verb = indexOf(s, "captured");
        List<String> objects = s.children(verb).stream().filter(d -> d.is("obj"))
                .map(d -> s.token(d.dependent()).word()).toList();
        assertTrue(objects.containsAll(List.of("Alpha", "Beta", "base")), objects.toString());
        int subject = s.children(verb).stream().filter(d -> d.is("nsubj")).findFirst().orElseThrow().dependent();
        assertEquals("forces", s.token(subject).word());
    }

    private static int indexOf(Sentence s, String word) {
        return s.tokens().stream().filter(t -> t.word().equals(word)).findFirst().orElseThrow().index();
    }
}
