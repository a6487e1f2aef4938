package org.sitrep.extract;

import org.sitrep.nlp.ParseGate;
import org.sitrep.nlp.Sentence;

/**
 * Parses only what can hold an event: a sentence is tagged when it has every word of some trigger, and parsed when a
 * trigger still matches on lemma and part of speech. A sentence the gate stops would have given no trigger, so no
 * event: the fast path codes what parsing every sentence codes.
 */
final class TriggerGate implements ParseGate {
    private final TriggerLexicon lexicon;

    TriggerGate(TriggerLexicon lexicon) { this.lexicon = lexicon; }

    @Override
    public boolean worthTagging(Sentence split) { return lexicon.mayHoldTrigger(split); }

    @Override
    public boolean worthParsing(Sentence tagged) { return lexicon.holdsTrigger(tagged); }
}
