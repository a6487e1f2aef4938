package org.sitrep.nlp;

import org.junit.jupiter.api.Test;
import org.sitrep.model.Document;

import java.util.List;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.*;

class AnalyserTest {
    private static final String TEXT = "Rebels shelled the town.\n\nGovernment forces captured Alpha, Beta and the 5th Brigade base from the group on Monday.";
    private static final Document DOC = new Document("t", null, null, null, false, "", TEXT, "test");

    private static ParseGate gate(Predicate<Sentence> tag, Predicate<Sentence> parse) {
        return new ParseGate() {
            @Override public boolean worthTagging(Sentence split) { return tag.test(split); }

            @Override public boolean worthParsing(Sentence tagged) { return parse.test(tagged); }
        };
    }

    @Test
    void splitsEverySentenceButParsesOnlyTheOnesAskedFor() {
        AnalysedDocument a = Analyser.shared().analyse(DOC, gate(s -> s.text().contains("captured"), s -> true));
        assertEquals(2, a.sentences().size());
        assertFalse(a.sentences().get(0).parsed());
        assertTrue(a.sentences().get(0).dependencies().isEmpty());
        assertEquals("", a.sentences().get(0).token(1).pos(), "a sentence the gate stops is not tagged either");
        assertEquals("shelled", a.sentences().get(0).token(1).lemma());
        Sentence s = a.sentences().get(1);
        assertTrue(s.parsed());
        for (Token t : s.tokens()) assertEquals(t.word(), TEXT.substring(t.begin(), t.end()), "offsets are document offsets");
        Token captured = s.tokens().stream().filter(t -> t.word().equals("captured")).findFirst().orElseThrow();
        assertEquals("capture", captured.lemma());
        assertTrue(captured.isVerb());
    }

    @Test
    void theParseStepSeesTagsAndLemmasAndASentenceItStopsKeepsThem() {
        List<Sentence> seen = new java.util.ArrayList<>();
        AnalysedDocument a = Analyser.shared().analyse(DOC, gate(s -> true, s -> {
            seen.add(s);
            return false;
        }));
        assertEquals(2, seen.size());
        Token shelled = seen.get(0).token(1);
        assertEquals("shell", shelled.lemma());
        assertEquals("VBD", shelled.pos());
        Sentence kept = a.sentences().get(0);
        assertFalse(kept.parsed());
        assertTrue(kept.dependencies().isEmpty());
        assertEquals("shell", kept.token(1).lemma(), "tagged, not parsed: lemmas stay for the document-wide cues");
    }

    @Test
    void taggingAndParsingKeepTheSplitTokens() {
        List<Sentence> split = Analyser.shared().split(TEXT);
        List<Sentence> parsed = Analyser.shared().analyse(DOC, ParseGate.EVERY_SENTENCE).sentences();
        assertEquals(split.size(), parsed.size());
        for (int i = 0; i < split.size(); i++) {
            assertEquals(split.get(i).tokens().size(), parsed.get(i).tokens().size());
            for (int k = 0; k < split.get(i).tokens().size(); k++) {
                Token a = split.get(i).token(k), b = parsed.get(i).token(k);
                assertEquals(List.of(a.word(), a.begin(), a.end()), List.of(b.word(), b.begin(), b.end()));
            }
        }
    }

    @Test
    void coordinatedObjectsAreEachObjectsOfTheVerb() {
        Sentence s = Analyser.shared().analyse(DOC, ParseGate.EVERY_SENTENCE).sentences().get(1);
        int verb = indexOf(s, "captured");
        List<String> objects = s.children(verb).stream().filter(d -> d.is("obj"))
                .map(d -> s.token(d.dependent()).word()).toList();
        assertTrue(objects.containsAll(List.of("Alpha", "Beta", "base")), objects.toString());
        int subject = s.children(verb).stream().filter(d -> d.is("nsubj")).findFirst().orElseThrow().dependent();
        assertEquals("forces", s.token(subject).word());
        assertTrue(s.dependencies().stream().anyMatch(d -> d.relation().equals("nmod:from")), "enhanced: the preposition is in the relation");
    }

    private static int indexOf(Sentence s, String word) {
        return s.tokens().stream().filter(t -> t.word().equals(word)).findFirst().orElseThrow().index();
    }
}
