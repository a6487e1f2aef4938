package org.sitrep.nlp;

/**
 * Which sentences earn the expensive steps. Tagging (parts of speech, lemmas) costs about a tenth of a dependency
 * parse, so a sentence first passes a test on its words, is tagged, and is parsed only if a test on its lemmas and
 * tags still holds.
 */
public interface ParseGate {
    /** Every sentence tagged and parsed: the slow path that proves the gate loses nothing. */
    ParseGate EVERY_SENTENCE = new ParseGate() {
        @Override public boolean worthTagging(Sentence split) { return true; }

        @Override public boolean worthParsing(Sentence tagged) { return true; }
    };

    /** Before tagging: {@code split} has words only (lemmas are the lower-cased words, no tags). */
    boolean worthTagging(Sentence split);

    /** After tagging: {@code tagged} has lemmas and Penn Treebank tags, no dependencies yet. */
    boolean worthParsing(Sentence tagged);
}
