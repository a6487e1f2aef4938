package org.sitrep.extract;

import org.sitrep.model.ActorMention;
import org.sitrep.nlp.Dependency;
import org.sitrep.nlp.Sentence;
import org.sitrep.nlp.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads the roles of a trigger from the dependency tree (issue 2: agent/subject → actor1; object or "from X" →
 * actor2; passive "was liberated by X" → actor1 X). Noun triggers take their actor from a possessive or modifier
 * ("the SAA's artillery", "Russian airstrikes", "airstrikes by the coalition") or from the light verb they are the
 * object of ("carried out airstrikes", "conducted 23 strikes"). Coordinated subjects give associated actors.
 */
final class RoleReader {
    /** Verbs that only carry a noun trigger: their subject is the noun's actor. */
    private static final Set<String> LIGHT_VERBS = Set.of("carry", "conduct", "launch", "make", "stage", "mount", "perform",
            "begin", "start", "continue", "lead", "undertake", "deliver", "fire", "do");

    /** Actors that stand for unnamed people: never the name of a group that was formed. */
    static final Set<String> UNNAMED = Set.of("Syrian opposition", "Unidentified armed group", "Civilians");

    Roles read(Sentence s, Trigger t, List<ActorMention> actors) {
        if (!s.parsed() || actors.isEmpty()) return Roles.NONE;
        List<ActorMention> agents = new ArrayList<>(), patients = new ArrayList<>();
        collect(s, t.head(), actors, agents, patients, 0);
        // "responded by shelling positions of the army", parsed with "shelling" as an adjective of "positions": the
        // noun it modifies is what was hit, and the clause's subject did it
        var asModifier = s.head(t.head()).filter(h -> h.is("amod") && s.token(t.head()).pos().equals("VBG"));
        if (asModifier.isPresent()) {
            int noun = asModifier.get().governor();
            if (patients.isEmpty()) patients.addAll(in(s, noun, actors));
            if (agents.isEmpty()) agents.addAll(subjectOfClause(s, noun, actors));
        }
        if (agents.isEmpty() && s.token(t.head()).isNoun()) agents.addAll(subjectOfClause(s, t.head(), actors));
        if (agents.isEmpty() && s.token(t.head()).isVerb()) agents.addAll(subjectOfRoot(s, t.head(), actors));
        switch (t.category()) {
            case SURRENDER -> {
                // "dropped their weapons and gave themselves up to the troops", "ceded their posts to HTS": the side that
                // receives the place is the one that now holds it (actor1); the one that gave it up is actor2
                List<ActorMention> receiver = recipients(s, t.head(), actors);
                if (!receiver.isEmpty()) {
                    patients.clear();
                    patients.addAll(agents);
                    agents.clear();
                    agents.addAll(receiver);
                }
            }
            case GROUPCHANGE -> {
                // "militants set up a coalition called X": the group that is formed or changed is the actor
                List<ActorMention> named = new ArrayList<>();
                int at = s.token(t.last()).end();
                for (ActorMention a : actors) if (a.span().start() >= at && !UNNAMED.contains(a.actor().name())) named.add(a);
                if (!named.isEmpty()) { agents.clear(); agents.addAll(named); }
            }
            default -> { }
        }
        ActorMention a1 = agents.isEmpty() ? null : agents.get(0);
        List<ActorMention> assoc1 = agents.size() > 1 ? distinct(agents.subList(1, agents.size()), a1) : List.of();
        patients.removeIf(p -> a1 != null && p.actor().equals(a1.actor()));
        ActorMention a2 = patients.isEmpty() ? null : patients.get(0);
        if (a2 == null && t.category() == Category.AGREEMENT && !assoc1.isEmpty()) {
            // "X and Y signed an alliance": the parties are each other's counterpart
            a2 = assoc1.get(0);
            assoc1 = assoc1.subList(1, assoc1.size());
        }
        List<ActorMention> assoc2 = patients.size() > 1 ? distinct(patients.subList(1, patients.size()), a2) : List.of();
        return new Roles(a1, assoc1, a2, assoc2);
    }

    private void collect(Sentence s, int node, List<ActorMention> actors, List<ActorMention> agents,
                         List<ActorMention> patients, int depth) {
        Token head = s.token(node);
        for (Dependency d : s.children(node)) {
            int dep = d.dependent();
            if (d.is("nsubj") && !d.is("nsubj:pass") || d.is("obl:agent") || d.is("nmod:agent") || d.is("obl:by")
                    || d.is("nmod:by") || d.is("nmod:poss") || (head.isNoun() && (d.is("amod") || d.is("compound")))) {
                agents.addAll(in(s, dep, actors));
            } else if (d.is("obj") || d.is("nsubj:pass") || d.is("obl:from") || d.is("obl:against") || d.is("nmod:against")
                    || d.is("obl:with") || d.is("nmod:with") || d.is("obl:on") || d.is("nmod:on") || d.is("iobj")) {
                patients.addAll(in(s, dep, actors));
            }
        }
        if (depth > 2) return;
        // no subject of its own: take it from the verb the trigger completes ("carried out airstrikes"), or the
        // verb it is coordinated with ("defected and handed over")
        if (agents.isEmpty()) {
            s.head(node).ifPresent(h -> {
                if (h.governor() < 0) return;
                Token gov = s.token(h.governor());
                boolean light = h.is("obj") && LIGHT_VERBS.contains(gov.lemma());
                // "responded by shelling": the one who responded shelled
                if (light || h.is("conj") || h.is("xcomp") || h.is("compound") || h.is("advcl:by") || h.is("nmod:of") && gov.isNoun()) {
                    List<ActorMention> more = new ArrayList<>();
                    collect(s, h.governor(), actors, more, new ArrayList<>(), depth + 1);
                    agents.addAll(more);
                }
            });
        }
    }

    /**
     * A noun trigger with no actor of its own takes the subject of the clause it sits in: "the SAA reached the road
     * after an intense battle" — the SAA fought the battle.
     */
    private static List<ActorMention> subjectOfClause(Sentence s, int node, List<ActorMention> actors) {
        int at = node;
        for (int hops = 0; hops < 4; hops++) {
            var h = s.head(at);
            if (h.isEmpty() || h.get().governor() < 0) return List.of();
            Dependency d = h.get();
            if (!(d.is("obl") || d.is("nmod") || d.is("obj") || d.is("compound"))) return List.of();
            at = d.governor();
            if (s.token(at).isVerb()) {
                for (Dependency c : s.children(at)) if (c.is("nsubj") && !c.is("nsubj:pass")) return in(s, c.dependent(), actors);
                return List.of();
            }
        }
        return List.of();
    }

    /**
     * "The army and the NDF launched an advance and liberated X": a second verb that the parser failed to coordinate
     * still shares the sentence's subject when that subject comes before it.
     */
    private static List<ActorMention> subjectOfRoot(Sentence s, int verb, List<ActorMention> actors) {
        for (Dependency root : s.dependencies()) {
            if (root.governor() >= 0 || root.dependent() >= verb || !s.token(root.dependent()).isVerb()) continue;
            for (Dependency c : s.children(root.dependent())) {
                if (c.is("nsubj") && !c.is("nsubj:pass") && c.dependent() < verb) return in(s, c.dependent(), actors);
            }
        }
        return List.of();
    }

    /** Actors something is handed or surrendered to: "to X". */
    private static List<ActorMention> recipients(Sentence s, int node, List<ActorMention> actors) {
        List<ActorMention> out = new ArrayList<>();
        for (Dependency d : s.children(node)) if (d.is("obl:to") || d.is("nmod:to") || d.is("obl:in_to")) out.addAll(in(s, d.dependent(), actors));
        if (out.isEmpty()) {
            // the parser often hangs "to X" elsewhere ("ceded their posts in the Y quarter to HTS"):
            // an actor right after "to", later in the sentence, is the recipient
            int after = s.token(node).end();
            for (ActorMention a : actors) {
                int i = s.tokenAt(a.span().start());
                if (a.span().start() > after && i > 0 && s.token(i - 1).word().equalsIgnoreCase("to")) out.add(a);
            }
        }
        if (out.isEmpty()) {
            // coordinated verbs share the recipient: "dropped their weapons and gave themselves up to the troops"
            for (Dependency d : s.dependencies()) {
                if (d.is("conj") && (d.governor() == node || d.dependent() == node)) {
                    int other = d.governor() == node ? d.dependent() : d.governor();
                    for (Dependency c : s.children(other)) if (c.is("obl:to") || c.is("nmod:to")) out.addAll(in(s, c.dependent(), actors));
                }
            }
        }
        return out;
    }

    /** Actor mentions inside the phrase headed by {@code token}. */
    private static List<ActorMention> in(Sentence s, int token, List<ActorMention> actors) {
        int[] ph = s.phrase(token);
        int begin = s.token(ph[0]).begin(), end = s.token(ph[1]).end();
        List<ActorMention> out = new ArrayList<>();
        // a mention may reach past the phrase ("the SAA artillery" is one mention; the parse splits it)
        for (ActorMention a : actors) if (a.span().start() < end && begin < a.span().end()) out.add(a);
        return out;
    }

    private static List<ActorMention> distinct(List<ActorMention> xs, ActorMention first) {
        List<ActorMention> out = new ArrayList<>();
        for (ActorMention x : xs) {
            if (first != null && x.actor().equals(first.actor())) continue;
            if (out.stream().noneMatch(o -> o.actor().equals(x.actor()))) out.add(x);
        }
        return out;
    }
}
