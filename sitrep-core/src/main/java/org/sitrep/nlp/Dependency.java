package org.sitrep.nlp;

/**
 * A Universal Dependencies arc between two tokens of one sentence (token indexes; governor -1 is the root).
 * Relations are CoreNLP's enhanced++ ones, so a preposition is part of the name ("obl:from", "nmod:of", "obl:agent")
 * and coordination is propagated (each conjunct of "captured A, B and C" is an object of "captured").
 */
public record Dependency(int governor, int dependent, String relation) {
    public boolean is(String rel) { return relation.equals(rel) || relation.startsWith(rel + ":"); }
}
