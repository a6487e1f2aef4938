package org.sitrep.extract;

import org.junit.jupiter.api.Test;
import org.sitrep.nlp.Analyser;
import org.sitrep.nlp.Sentence;

import static org.junit.jupiter.api.Assertions.*;

class TriggerLexiconTest {
    private final TriggerLexicon lexicon = new TriggerLexicon();

    private Sentence split(String text) { return Analyser.shared().split(text).get(0); }

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
    void parsedSentencesGiveTheirTriggersWithCategories() {
        Sentence s = Analyser.shared().parse("Rebels shelled the town and captured the hill.", split("Rebels shelled the town and captured the hill."));
        var found = lexicon.find(s);
        assertTrue(found.stream().anyMatch(t -> t.category() == Category.SHELLING && s.token(t.head()).word().equals("shelled")));
        assertTrue(found.stream().anyMatch(t -> t.category() == Category.TERRITORY && s.token(t.head()).word().equals("captured")));
    }
}
