package org.sitrep;

import org.junit.jupiter.api.Test;
import org.sitrep.extract.EventCoder;
import org.sitrep.nlp.Sentence;
import org.sitrep.nlp.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CandidateSentencesTest {
    private static final EventCoder CODER = new EventCoder(TestTheatre.packs().resolve("syria"));
    private static final CandidateSentences CANDIDATES = new CandidateSentences(CODER);

    /** Whitespace tokens, punctuation split off: enough for a test on words (no models loaded). */
    private static Sentence sentence(String text) {
        List<Token> tokens = new ArrayList<>();
        int at = 0;
        for (String w : text.replaceAll("([.,])", " $1").split(" ")) {
            if (w.isEmpty()) continue;
            tokens.add(new Token(tokens.size(), w, w.toLowerCase(Locale.ROOT), "", at, at + w.length()));
            at += w.length() + 1;
        }
        return new Sentence(0, 0, text.length(), text, tokens, List.of(), false);
    }

    @Test
    void aSentenceWhoseOnlyLexiconWordsBelongToTriggersOfSeveralWordsIsNotParsed() {
        Sentence s = sentence("The delegation arrived in the capital of the province to meet officials.");
        assertTrue(CODER.worthParsing(s), "the lexicon's own test lets 'of', 'in', 'to' through");
        assertFalse(CANDIDATES.worthParsing(s));
        assertFalse(CANDIDATES.worthParsing(sentence("The town has been under the control of the council since 2014.")));
    }

    @Test
    void everySentenceWithATriggersFirstWordIsStillParsed() {
        for (String text : List.of("Rebels took control of the village on Monday.", "The town fell to government forces.",
                "Militants attacked a checkpoint.", "An air strike hit the market.", "The two groups formed a new alliance.",
                "Dozens of fighters laid down their arms.", "Gunmen shot dead two officers.")) {
            assertTrue(CANDIDATES.worthParsing(sentence(text)), text);
        }
    }

    @Test
    void aMultiWordTriggerNeedsAllItsWords() {
        assertFalse(CANDIDATES.worthParsing(sentence("Officials said they would take the proposal to the council.")),
                "'take' without 'control' or 'over'");
        assertTrue(CANDIDATES.worthParsing(sentence("Militants could take over the district.")));
        assertFalse(CANDIDATES.worthParsing(sentence("On the other hand, the council set a date for elections.")));
    }

    @Test
    void inflectionsAndIrregularFormsCount() {
        List<CandidateSentences.Pattern> ps = CandidateSentences.patterns(List.<String[]>of(
                new String[]{"take control", "V", "TAKEOVER", "took control,taken control"},
                new String[]{"execute", "V", "KILL", ""}));
        assertEquals(4, ps.size());
        assertTrue(CandidateSentences.present(ps.get(0), Set.of("taking", "control")));
        assertFalse(CandidateSentences.present(ps.get(0), Set.of("taking", "of")));
        assertTrue(CandidateSentences.present(ps.get(1), Set.of("took", "control")));
        assertTrue(CandidateSentences.formOf("executing", "execute"));
        assertTrue(CandidateSentences.formOf("shelled", "shell"));
        assertFalse(CandidateSentences.formOf("significantly", "sign"));
    }
}
