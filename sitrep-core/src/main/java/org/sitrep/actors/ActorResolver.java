package org.sitrep.actors;

import org.sitrep.model.Actor;
import org.sitrep.model.ActorMention;
import org.sitrep.model.Span;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the coder needs to know about actor mentions beyond the dictionary. Stateless after
 * construction, so one instance serves all threads.
 *
 * <p>Rules:
 * <ol>
 * <li><b>Generic</b> ({@link #isGeneric}): a mention is generic when its wording is a generic
 *     dictionary row ("militants", "unidentified gunmen", "civilians", "the army", "government forces")
 *     and it still stands for a description, not a named group: Syrian opposition, Unidentified armed
 *     group, Civilians, or a state force chosen by context. A generic wording resolved by anaphora to a
 *     named group ("the group" → HTS) is not generic any more.</li>
 * <li><b>Anaphora</b> ({@link #resolveAnaphora}): a definite description or possessive from
 *     org/sitrep/actors/anaphora.tsv ("the group", "the militants", "its fighters") stands for the most
 *     recent named non-state actor (not State forces, not External/Other forces, not Civilians, not a
 *     generic mention) before it <em>in the same paragraph</em> (a report's next paragraph usually
 *     opens another front). Loaded plurals ("the militants", "the terrorists", "the jihadists") name
 *     whoever the writer opposes, which is often not the group named last (an ally may be): they
 *     resolve only to the one named non-state actor the document has already written with the same
 *     noun ("ISIL terrorists … the terrorists"; "Islamic State militants … the militants"). With no
 *     antecedent the phrase keeps its generic reading ("the militants" → Syrian opposition) or, when
 *     it has none ("the group"), yields no mention. "their fighters" is not an anaphor: it is as often
 *     the state's allies.</li>
 * <li><b>Context defaults</b> ({@link #resolveDefaults}): a generic wording ("the army", "government
 *     forces", "security forces", "Kurdish fighters") maps to the theatre's actor (Syrian Arab Army,
 *     Syrian Democratic Forces) unless the context is another country for which the pack's context
 *     rows (actor-context.tsv, see {@link ActorDictionary#inCountry}) name another actor (Iraq: Iraqi
 *     Security Forces, Peshmerga). The context country is that of the nearest named State forces
 *     actor before the mention ("Iraqi forces … the army"); else the caller's country hint (e.g. the
 *     geocoded country of the document); else the country whose State forces the document names most
 *     ({@link #documentCountry}). External forces (Russian, Turkish, Israeli...) never set the
 *     context: "Israeli jets struck …, the army said" is still the Syrian army.</li>
 * </ol>
 */
public final class ActorResolver {
    private static final String ANAPHORA_RESOURCE = "anaphora.tsv";

    private final ActorRecognizer recognizer;
    private final ActorDictionary dictionary;
    private record Anaphor(List<String> keys, boolean described) {}

    private final List<Anaphor> anaphora = new ArrayList<>();

    public ActorResolver(ActorDictionary dictionary, ActorRecognizer recognizer) {
        this.dictionary = dictionary;
        this.recognizer = recognizer;
        readAnaphora();
    }

    /** True for a description ("militants", "the army") rather than a named actor; see rule 1. */
    public boolean isGeneric(ActorMention m) {
        ActorAlias a = recognizer.aliasOf(m.text());
        if (a == null || !a.isGeneric()) return false;
        return a.actor().equals(m.actor()) || dictionary.inCountry(a.actor(), m.actor().country()).filter(m.actor()::equals).isPresent();
    }

    /**
     * The country the document's named state forces point to: the country whose State forces actors it
     * names most (ties: the first named), or null when it names none.
     */
    public String documentCountry(List<ActorMention> mentions) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (ActorMention m : mentions)
            if (m.actor().isState() && !isGeneric(m) && !m.actor().country().isEmpty()) counts.merge(m.actor().country(), 1, Integer::sum);
        String best = null;
        for (Map.Entry<String, Integer> e : counts.entrySet()) if (best == null || e.getValue() > counts.get(best)) best = e.getKey();
        return best;
    }

    /** Both steps, anaphora first: the mentions of a document as the coder should see them. */
    public List<ActorMention> resolve(String text, List<ActorMention> mentions, String countryHint) {
        return resolveDefaults(text, resolveAnaphora(text, mentions), countryHint);
    }

    /**
     * Rule 2: adds a mention for each anaphoric phrase with a named non-state antecedent in its
     * paragraph, replacing the generic mention it covers ("militants" in "the militants").
     * Returns a new list in text order; the input is not changed.
     */
    public List<ActorMention> resolveAnaphora(String text, List<ActorMention> mentions) {
        List<ActorMention> out = new ArrayList<>(mentions);
        out.sort(Comparator.comparing(ActorMention::span));
        List<PhraseTokenizer.Token> tokens = PhraseTokenizer.tokens(text);
        for (int i = 0; i < tokens.size(); i++) {
            Anaphor anaphor = anaphorAt(tokens, i);
            if (anaphor == null) continue;
            int len = anaphor.keys.size();
            Span span = new Span(tokens.get(i).start(), tokens.get(i + len - 1).end());
            i += len - 1;
            List<ActorMention> covered = new ArrayList<>();
            boolean named = false;
            for (ActorMention m : out) {
                if (!m.span().overlaps(span)) continue;
                covered.add(m);
                named |= !isGeneric(m);
            }
            if (named) continue; // a name inside the phrase wins
            Actor antecedent = anaphor.described ? describedAntecedent(out, anaphor, span) : antecedent(text, out, span);
            if (antecedent == null) continue;
            out.removeAll(covered);
            out.add(new ActorMention(span, span.of(text), antecedent));
            out.sort(Comparator.comparing(ActorMention::span));
        }
        return out;
    }

    /**
     * Rule 3: moves generic mentions to the actor the context country has for them ("the army" after
     * "Iraqi forces" → Iraqi Security Forces). {@code countryHint} may be null.
     * Returns a new list in text order; the input is not changed.
     */
    public List<ActorMention> resolveDefaults(String text, List<ActorMention> mentions, String countryHint) {
        List<ActorMention> sorted = new ArrayList<>(mentions);
        sorted.sort(Comparator.comparing(ActorMention::span));
        String documentCountry = countryHint != null && !countryHint.isBlank() ? countryHint : documentCountry(sorted);
        List<ActorMention> out = new ArrayList<>(sorted.size());
        String lastStateCountry = null;
        for (ActorMention m : sorted) {
            ActorAlias a = recognizer.aliasOf(m.text());
            boolean contextual = a != null && a.isGeneric() && a.actor().equals(m.actor());
            if (!contextual) {
                if (m.actor().isState() && !isGeneric(m) && !m.actor().country().isEmpty()) lastStateCountry = m.actor().country();
                out.add(m);
                continue;
            }
            String country = lastStateCountry != null ? lastStateCountry : documentCountry;
            Actor there = dictionary.inCountry(m.actor(), country).orElse(m.actor());
            out.add(there.equals(m.actor()) ? m : new ActorMention(m.span(), m.text(), there));
        }
        return out;
    }

    private Actor antecedent(String text, List<ActorMention> mentions, Span anaphor) {
        int paragraph = Math.max(text.lastIndexOf('\n', anaphor.start()), -1) + 1;
        Actor found = null;
        for (ActorMention m : mentions) {
            if (m.span().end() > anaphor.start()) break;
            if (m.span().start() < paragraph) continue;
            if (isGeneric(m) || !nonState(m.actor())) continue;
            found = m.actor();
        }
        return found;
    }

    /**
     * The one named non-state actor the document has already written with the anaphor's head noun
     * ("ISIL terrorists" before "the terrorists"), or null when there is none or more than one.
     */
    private Actor describedAntecedent(List<ActorMention> mentions, Anaphor anaphor, Span at) {
        String head = anaphor.keys.get(anaphor.keys.size() - 1);
        Actor found = null;
        for (ActorMention m : mentions) {
            if (m.span().end() > at.start()) break;
            if (isGeneric(m) || !nonState(m.actor())) continue;
            List<PhraseTokenizer.Token> ts = PhraseTokenizer.tokens(m.text());
            if (ts.size() < 2 || !ts.get(ts.size() - 1).key().equals(head)) continue;
            if (found != null && !found.equals(m.actor())) return null;
            found = m.actor();
        }
        return found;
    }

    private static boolean nonState(Actor a) {
        return !a.isState() && !"External/Other forces".equals(a.inter()) && !"Civilians".equals(a.inter());
    }

    private Anaphor anaphorAt(List<PhraseTokenizer.Token> tokens, int i) {
        Anaphor best = null;
        for (Anaphor a : anaphora) {
            List<String> p = a.keys;
            if (i + p.size() > tokens.size() || best != null && p.size() <= best.keys.size()) continue;
            boolean same = true;
            for (int k = 0; k < p.size() && same; k++) same = p.get(k).equals(tokens.get(i + k).key());
            // "the group's" is fine; "the group of" is not the group as an actor ("the group of villages")
            if (same && i + p.size() < tokens.size() && tokens.get(i + p.size()).key().equals("of")) same = false;
            if (same) best = a;
        }
        return best;
    }

    private void readAnaphora() {
        InputStream in = ActorResolver.class.getResourceAsStream(ANAPHORA_RESOURCE);
        if (in == null) throw new IllegalStateException("missing resource org/sitrep/actors/" + ANAPHORA_RESOURCE);
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            boolean header = true;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) continue;
                if (header) { header = false; continue; }
                String[] f = line.split("\t", -1);
                List<String> keys = PhraseTokenizer.tokens(f[0].strip()).stream().map(PhraseTokenizer.Token::key).toList();
                boolean described = f.length > 1 && f[1].strip().equals("described");
                if (!described && (f.length < 2 || !f[1].strip().equals("paragraph")))
                    throw new IllegalStateException(ANAPHORA_RESOURCE + ": scope must be paragraph or described in '" + line + "'");
                if (!keys.isEmpty()) anaphora.add(new Anaphor(keys, described));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
