package org.sitrep.nlp;

/**
 * One token of a sentence. Offsets point into the document's cleaned text.
 *
 * @param index position in the sentence, from 0
 * @param word  the text as written (original characters, not PTB-escaped)
 * @param lemma lower-cased lemma, or the lower-cased word when the sentence was not tagged
 * @param pos   Penn Treebank tag, or "" when the sentence was not tagged
 */
public record Token(int index, String word, String lemma, String pos, int begin, int end) {
    public boolean isVerb() { return pos.startsWith("VB"); }

    public boolean isNoun() { return pos.startsWith("NN"); }

    public boolean isProperNoun() { return pos.startsWith("NNP"); }

    public boolean isCapitalised() { return !word.isEmpty() && Character.isUpperCase(word.codePointAt(0)); }
}
