package org.sitrep.extract;

/**
 * A trigger found in a sentence: tokens [first, last] (inclusive), the lexicon entry's category and its head token
 * (the one the dependency tree is read from: the verb of "took control", the noun of "air strike").
 */
record Trigger(int first, int last, int head, Category category, String lemmas, char pos) {}
