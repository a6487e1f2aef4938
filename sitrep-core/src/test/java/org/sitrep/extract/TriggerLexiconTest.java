package org.sitrep.extract;

import org.junit.jupiter.api.Test;
import org.sitrep.model.Document;
import org.sitrep.nlp.Analyser;
import org.sitrep.nlp.ParseGate;
import org.sitrep.nlp.Sentence;

import static org.junit.jupiter.api.Assertions.*;

class TriggerLexiconTest {
    private final TriggerLexicon lexicon = new TriggerLexicon();

    private Sentence split(String text) { return Analyser.shared().split(text).get(0); }

    /** The sentence tagged, and parsed too: the trigger tests below read only its lemmas and tags. */
    private Sentence analysed(String text) {
        Document doc = new Document("t", null, null, null, false, "", text, "test");
        return Analyser.shared().analyse(doc, ParseGate.EVERY_SENTENCE).sentences().get(0);
    }

    @Test
    void theCheapTestNeedsEveryWordOfSomeTrigger() {
        assertTrue(lexicon.mayHoldTrigger(split("Rebels captured the hill.")));
        assertTrue(lexicon.mayHoldTrigger(split("The army took control of the town.")), "an irregular form of a two-word trigger");
        assertTrue(lexicon.mayHoldTrigger(split("Jets carried out air strikes on the depot.")));
        assertFalse(lexicon.mayHoldTrigger(split("The minister will take part in the meeting of the council.")),
                "'take' and 'of' alone are words of triggers, not triggers");
        assertFalse(lexicon.mayHoldTrigger(split("Prices rose in the market this week.")));
    }

    @Test
    void theTestBeforeParsingNeedsTheTriggersPartOfSpeech() {
        assertTrue(lexicon.holdsTrigger(analysed("Rebels hit the depot on Monday.")));
        assertTrue(lexicon.holdsTrigger(analysed("The strike hit a depot.")));
        assertTrue(lexicon.holdsTrigger(analysed("Jets struck the depot.")), "an irregular form, on its lemma");
        assertTrue(lexicon.holdsTrigger(analysed("The army took control of the town.")), "a two-word trigger headed by a verb");
        String noun = "The turtle hides in its shell when it is afraid.";
        assertTrue(lexicon.mayHoldTrigger(split(noun)), "the words are there");
        assertFalse(lexicon.holdsTrigger(analysed(noun)), "'shell' is a trigger as a verb only");
        assertFalse(lexicon.holdsTrigger(analysed("The target date for the meeting is in May.")));
    }

    @Test
    void whenTheTestBeforeParsingFailsTheParseFindsNoTriggerEither() {
        for (String text : new String[] {"The turtle hides in its shell when it is afraid.", "The target date for the meeting is in May.",
                "Rebels shelled the town and captured the hill.", "The strike hit a depot."}) {
            Sentence s = analysed(text);
            assertEquals(lexicon.holdsTrigger(s), !lexicon.find(s).isEmpty(), text);
        }
    }

    @Test
    void parsedSentencesGiveTheirTriggersWithCategories() {
        Sentence s = analysed("Rebels shelled the town and captured the hill.");
        var found = lexicon.find(s);
        assertTrue(found.stream().anyMatch(t -> t.category() == Category.SHELLING && s.token(t.head()).word().equals("shelled")));
        assertTrue(found.stream().anyMatch(t -> t.category() == Category.TERRITORY && s.token(t.head()).word().equals("captured")));
    }
}
