package org.sitrep.extract;

import org.sitrep.nlp.Dependency;
import org.sitrep.nlp.Sentence;
import org.sitrep.nlp.Token;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Is a trigger a reported fact, or a plan, expectation, condition, possibility or denial (ACLED: not events)?
 * Read from the dependency tree: the trigger's own auxiliaries, negation and hedging modifiers, and those of the
 * predicates it is an argument or complement of ("militants will leave", "plans to capture", "airstrikes will hit",
 * "the possible offensive", "is yet to enter"). The climb stops at another clause (ccomp, advcl, relative clause)
 * and at prepositional modifiers: "HTS announced that it had captured" is a claimed fact, and "following the
 * surrender of X, militants will leave" keeps the surrender a fact.
 */
final class Modality {
    private final Cues cues;

    Modality(Cues cues) { this.cues = cues; }

    boolean isFactual(Sentence s, Trigger t) {
        if (opensWithCondition(s)) return false;
        if (!s.parsed()) return true;
        if (isTopic(s, t)) return false;
        Set<Integer> seen = new HashSet<>();
        int node = t.head();
        while (node >= 0 && seen.add(node)) {
            if (blocks(s, node, node == t.head())) return false;
            Optional<Dependency> head = s.head(node);
            if (head.isEmpty() || head.get().governor() < 0) break;
            Dependency d = head.get();
            Token gov = s.token(d.governor());
            // "calling for a new cessation of hostilities", "hopes for a truce"
            if ((d.is("obl:for") || d.is("nmod:for")) && cues.is(Cues.Kind.INTENT, gov.lemma())) return false;
            // a noun inside another noun phrase shares its hedges: "the next expected target of the offensive"
            boolean nounInNoun = s.token(node).isNoun() && gov.isNoun() && (d.is("nmod") || d.is("nmod:poss"));
            boolean sameClause = d.is("xcomp") || d.is("conj") || d.is("obj") || d.is("nsubj") || d.is("nsubj:pass")
                    || d.is("compound") || nounInNoun;
            if (!sameClause) break;
            if (!d.is("conj") && !d.is("compound") && cues.is(Cues.Kind.INTENT, gov.lemma())) return false;
            if (purposeClause(s, d.governor())) return false;
            node = d.governor();
        }
        return true;
    }

    /** Verbs whose infinitive complement did happen: "continue to liberate", "managed to capture". */
    private static final java.util.Set<String> ASPECTUAL = java.util.Set.of("continue", "begin", "start", "manage", "succeed", "go", "keep");

    /**
     * The subject of talk, not a report: "talks about the ceasefire", "common ground on reconciliation" (an agreement
     * noun introduced by "on" is what is discussed; "airstrikes on X" keeps X as the target, not the trigger).
     */
    private static boolean isTopic(Sentence s, Trigger t) {
        if (t.pos() != 'N') return false;
        return s.head(t.head()).map(h -> h.is("obl:about") || h.is("nmod:about") || h.is("obl:regarding") || h.is("nmod:regarding")
                || h.is("obl:concerning") || h.is("nmod:concerning")
                || t.category() == Category.AGREEMENT && (h.is("obl:on") || h.is("nmod:on") || h.is("advcl:on"))).orElse(false);
    }

    /** "talks to find common ground on reconciliation": an infinitive that modifies a noun or states a purpose. */
    private static boolean purposeClause(Sentence s, int verb) {
        if (!s.token(verb).isVerb() || s.children(verb).stream().noneMatch(c -> c.is("mark") && s.token(c.dependent()).lemma().equals("to")))
            return false;
        return s.head(verb).map(h -> h.is("acl") || h.is("advcl")).orElse(false);
    }

    /** Children of {@code node} that make it not a fact. */
    private boolean blocks(Sentence s, int node, boolean isTrigger) {
        // an infinitive trigger states a purpose or a plan ("the campaign to liberate X", "in order to capture"),
        // unless an aspectual verb governs it
        if (isTrigger && s.token(node).isVerb() && s.children(node).stream().anyMatch(c -> c.is("mark") && s.token(c.dependent()).lemma().equals("to"))) {
            var h = s.head(node);
            boolean aspectual = h.isPresent() && h.get().governor() >= 0 && ASPECTUAL.contains(s.token(h.get().governor()).lemma());
            if (!aspectual) return true;
        }
        for (Dependency c : s.children(node)) {
            String lemma = s.token(c.dependent()).lemma();
            if ((c.is("aux") || c.is("aux:pass")) && cues.is(Cues.Kind.FUTURE, lemma)) return true;
            if (c.is("mark") && cues.is(Cues.Kind.CONDITION, lemma)) return true;
            if ((c.is("advmod") || c.is("neg")) && cues.is(Cues.Kind.NEGATION, lemma)) return true;
            if (c.is("amod") && cues.is(Cues.Kind.HEDGE, lemma)) return true;
        }
        return false;
    }

    /** "If it's captured, the army will ...": a sentence that opens with a condition states no fact. */
    private boolean opensWithCondition(Sentence s) {
        return !s.tokens().isEmpty() && cues.is(Cues.Kind.CONDITION, s.token(0).word().toLowerCase(java.util.Locale.ROOT));
    }
}
