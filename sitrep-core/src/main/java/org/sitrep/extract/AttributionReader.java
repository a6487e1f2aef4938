package org.sitrep.extract;

import org.sitrep.model.ActorMention;
import org.sitrep.model.Certainty;
import org.sitrep.model.Span;
import org.sitrep.nlp.Dependency;
import org.sitrep.nlp.Sentence;
import org.sitrep.nlp.Token;

import java.util.List;

/**
 * Reads attribution from a sentence (EVENTS.md, Certainty): "according to X" and "X said/claimed/announced" make an
 * event claimed when X is a party to the conflict (an actor, or a spokesman, military source, news network, state
 * media); "reportedly", "according to reports" and non-party speakers leave it reported; a word of doubt or denial
 * from another source makes a claim disputed. (A publisher that is itself a party is {@link Publisher}'s concern.)
 */
final class AttributionReader {
    private final Cues cues;

    AttributionReader(Cues cues) { this.cues = cues; }

    Attribution read(Sentence s, List<ActorMention> actors) {
        Attribution claim = accordingTo(s, actors);
        if (claim == null) claim = speechVerb(s, actors);
        if (claim != null && disputed(s)) return new Attribution(Certainty.DISPUTED, claim.claimSource(), claim.span());
        return claim == null ? Attribution.REPORTED : claim;
    }

    /** "according to the SDF", "according to a military source"; "according to reports" is not a party's claim. */
    private Attribution accordingTo(Sentence s, List<ActorMention> actors) {
        List<Token> t = s.tokens();
        for (int i = 0; i + 1 < t.size(); i++) {
            if (!t.get(i).word().equalsIgnoreCase("according") || !t.get(i + 1).word().equalsIgnoreCase("to")) continue;
            int end = i + 2;
            while (end < t.size() && !isBoundary(t.get(end))) end++;
            if (end == i + 2) continue;
            int begin = t.get(i + 2).begin(), stop = t.get(end - 1).end();
            if (isParty(s, i + 2, end - 1, actors)) return claimed(s, begin, stop);
        }
        return null;
    }

    /** A speech verb whose subject is a party: "HTS' news network said", "a military source told". */
    private Attribution speechVerb(Sentence s, List<ActorMention> actors) {
        if (!s.parsed()) return null;
        for (Token v : s.tokens()) {
            if (!v.isVerb() || !cues.is(Cues.Kind.CLAIM, v.lemma()) || v.lemma().equals("report") || v.lemma().equals("accord")) continue;
            for (Dependency d : s.children(v.index())) {
                if (!d.is("nsubj")) continue;
                int[] ph = s.phrase(d.dependent());
                if (isParty(s, ph[0], ph[1], actors)) return claimed(s, s.token(ph[0]).begin(), s.token(ph[1]).end());
            }
        }
        return null;
    }

    private Attribution claimed(Sentence s, int begin, int end) {
        String text = s.text().substring(begin - s.begin(), end - s.begin()).replaceFirst("(?i)^the\\s+", "");
        return new Attribution(Certainty.CLAIMED, text, new Span(begin, end));
    }

    private boolean isParty(Sentence s, int first, int last, List<ActorMention> actors) {
        int begin = s.token(first).begin(), end = s.token(last).end();
        for (int i = first; i <= last; i++) {
            if (cues.is(Cues.Kind.REPORTED, s.token(i).lemma()) && !cues.is(Cues.Kind.PARTY_VOICE, s.token(i).lemma())) return false;
        }
        for (ActorMention a : actors) {
            if (a.span().start() >= begin && a.span().end() <= end && !"Civilians".equals(a.actor().name())) return true;
        }
        for (int i = first; i <= last; i++) if (cues.is(Cues.Kind.PARTY_VOICE, s.token(i).lemma())) return true;
        return false;
    }

    private boolean disputed(Sentence s) {
        for (Token t : s.tokens()) if (cues.is(Cues.Kind.DISPUTE, t.lemma())) return true;
        return false;
    }

    private static boolean isBoundary(Token t) {
        String w = t.word();
        return w.equals(",") || w.equals(".") || w.equals(";") || w.equals(":");
    }
}
