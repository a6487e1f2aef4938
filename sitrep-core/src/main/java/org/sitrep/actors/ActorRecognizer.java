package org.sitrep.actors;

import org.sitrep.model.ActorMention;
import org.sitrep.model.Span;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Finds actor mentions in a document's text with the dictionary's aliases: leftmost-longest match
 * over a token trie, non-overlapping. Immutable after construction, so one instance serves all threads.
 *
 * <p>Rules, and why:
 * <ul>
 * <li>Acronym rows match case-sensitively ("IS", "SAA" must not fire on "is", "saa"), and a
 *     two-letter acronym next to an all-caps word is taken for a word of a shouted headline
 *     ("WHAT IS NEXT"); all other rows match on folded tokens (see {@link PhraseTokenizer}), whole
 *     tokens only.</li>
 * <li>A possessive does not stop a name: "HTS' network", "the SAA's artillery", "the Kurds' advance";
 *     the mention's span ends before the possessive unless the alias itself contains it.</li>
 * <li>One actor named twice in a row is one mention: "ISIS-Daesh", "ISIS/Daesh", "Syrian Arab Army (SAA)".</li>
 * <li>A name followed directly by a generic noun is one named mention: "ISIL militants", "ISIS terrorists"
 *     are Islamic State, not Syrian opposition; so is a generic noun followed directly by a name
 *     (apposition: "the terrorist group ISIL"). A capitalised generic head followed by "of" starts a
 *     proper name ("The Army of the Victorious Sect") and is no mention.</li>
 * <li>A theatre-default description right after a demonym (a capitalised word with an ending listed
 *     in org/sitrep/actors/foreign-qualifiers.tsv) is that country's force, not the theatre's: when the
 *     word opens other names of the same force it stays ("Syrian pro-government forces"); when it opens
 *     the names of exactly one other armed force the mention becomes that force ("Turkish security
 *     forces", "Russian special forces"); otherwise there is no mention ("Lebanese security forces").</li>
 * <li>A name joined to a modifier is not an acting side ({@link MentionUsage}): "anti-ISIS operation"
 *     (opposed), "ISIL-held town" (holding), "al-Qaeda-linked" (linked). {@link #matches} returns them
 *     with their usage; {@link #find} leaves them out. The modifier words are data
 *     (org/sitrep/actors/mention-usage.tsv).</li>
 * </ul>
 */
public final class ActorRecognizer {
    private static final String USAGE_RESOURCE = "mention-usage.tsv";
    private static final String QUALIFIER_RESOURCE = "foreign-qualifiers.tsv";

    private record Entry(ActorAlias alias, String[] surfaces) {}

    private static final class Node {
        final Map<String, Node> next = new HashMap<>();
        final List<Entry> entries = new ArrayList<>(1);
    }

    private record Raw(int first, int last, ActorAlias alias) {}

    private final Node root = new Node();
    private final Map<String, MentionUsage> prefixes = new HashMap<>();
    private final Map<String, MentionUsage> suffixes = new HashMap<>();
    private final List<String> foreignEndings = new ArrayList<>();
    private final Map<String, java.util.Set<org.sitrep.model.Actor>> forcesByFirstWord = new HashMap<>();

    public ActorRecognizer(ActorDictionary dictionary) {
        for (ActorAlias a : dictionary.aliases()) {
            add(a);
            // which armed forces a country word opens the names of: "Turkish" -> Turkish Armed Forces
            String inter = a.actor().inter();
            if (!a.isGeneric() && (inter.equals("State forces") || inter.equals("External/Other forces"))) {
                List<PhraseTokenizer.Token> ts = PhraseTokenizer.tokens(a.alias());
                if (ts.size() > 1) forcesByFirstWord.computeIfAbsent(ts.get(0).key(), k -> new java.util.HashSet<>()).add(a.actor());
            }
        }
        readUsage();
        for (String[] row : rows(QUALIFIER_RESOURCE)) foreignEndings.add(row[0].strip().toLowerCase(Locale.ROOT));
    }

    /** Acting mentions only, in text order: what a coder takes as the sides of an event. */
    public List<ActorMention> find(String text) {
        List<ActorMention> out = new ArrayList<>();
        for (ActorMatch m : matches(text)) if (m.acting()) out.add(m.mention());
        return out;
    }

    /** Every mention in text order, with the row that matched and how the name is used there. */
    public List<ActorMatch> matches(String text) {
        List<PhraseTokenizer.Token> tokens = PhraseTokenizer.tokens(text);
        List<Raw> raws = longestMatches(text, tokens);
        raws = mergeRepeats(text, tokens, raws);
        raws = absorbGenericNouns(text, tokens, raws);
        List<ActorMatch> out = new ArrayList<>(raws.size());
        for (Raw r : raws) {
            int start = tokens.get(r.first).start();
            int end = tokens.get(r.last).end();
            Span span = new Span(start, end);
            out.add(new ActorMatch(new ActorMention(span, text.substring(start, end), r.alias.actor()), r.alias,
                    usage(text, tokens, r)));
        }
        return out;
    }

    /** The dictionary row a stand-alone wording matches as a whole, or null: "the militants" is not one, "militants" is. */
    ActorAlias aliasOf(String wording) {
        List<PhraseTokenizer.Token> tokens = PhraseTokenizer.tokens(wording);
        Raw r = longestAt(wording, tokens, 0);
        return r != null && r.last == tokens.size() - 1 ? r.alias : null;
    }

    private void add(ActorAlias a) {
        List<PhraseTokenizer.Token> ts = PhraseTokenizer.tokens(a.alias());
        Node n = root;
        String[] surfaces = new String[ts.size()];
        for (int i = 0; i < ts.size(); i++) {
            surfaces[i] = ts.get(i).surface();
            n = n.next.computeIfAbsent(ts.get(i).key(), k -> new Node());
        }
        n.entries.add(new Entry(a, surfaces));
    }

    private List<Raw> longestMatches(String text, List<PhraseTokenizer.Token> tokens) {
        List<Raw> out = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            Raw r = longestAt(text, tokens, i);
            if (r == null || shouted(tokens, r)) { i++; continue; }
            if (foreignQualified(text, tokens, r)) {
                r = requalified(tokens, r, out.isEmpty() ? -1 : out.get(out.size() - 1).last);
                if (r == null) { i++; continue; }
            }
            out.add(r);
            i = r.last + 1;
        }
        return out;
    }

    /** "Lebanese security forces": a theatre-default description qualified by another country's demonym. */
    private boolean foreignQualified(String text, List<PhraseTokenizer.Token> tokens, Raw r) {
        if (!r.alias.isGeneric() || !r.alias.actor().isState() || r.first == 0) return false;
        PhraseTokenizer.Token before = tokens.get(r.first - 1);
        String w = before.surface();
        if (w.length() < 4 || !Character.isUpperCase(w.charAt(0)) || !text.substring(before.end(), tokens.get(r.first).start()).equals(" "))
            return false;
        String lower = w.toLowerCase(Locale.ROOT);
        for (String e : foreignEndings) if (lower.endsWith(e)) return true;
        return false;
    }

    /**
     * The mention a demonym-qualified default stands for, spanning both words and no longer generic: the
     * same force when the demonym opens its names ("Syrian pro-government forces"), else the one force
     * whose names it opens ("Turkish security forces" → Turkish Armed Forces), else none ("Jordanian ...").
     */
    private Raw requalified(List<PhraseTokenizer.Token> tokens, Raw r, int lastTaken) {
        java.util.Set<org.sitrep.model.Actor> forces = forcesByFirstWord.getOrDefault(tokens.get(r.first - 1).key(), java.util.Set.of());
        org.sitrep.model.Actor force = forces.contains(r.alias.actor()) ? r.alias.actor()
                : forces.size() == 1 ? forces.iterator().next() : null;
        if (force == null) return null;
        if (r.first - 1 <= lastTaken) return force.equals(r.alias.actor()) ? r : null;
        ActorAlias a = r.alias;
        return new Raw(r.first - 1, r.last, new ActorAlias(tokens.get(r.first - 1).surface() + " " + a.alias(), force,
                AliasKind.DESCRIPTION, "a country word before '" + a.alias() + "' (" + a.origin() + ")", "", a.origin()));
    }

    /** "WHAT IS NEXT": a two-letter acronym between capitalised words is a word of an all-caps line, not a name. */
    private boolean shouted(List<PhraseTokenizer.Token> tokens, Raw r) {
        if (!r.alias.caseSensitive() || r.first != r.last || tokens.get(r.first).surface().length() > 2) return false;
        return allCapsWord(tokens, r.first - 1) || allCapsWord(tokens, r.last + 1);
    }

    private boolean allCapsWord(List<PhraseTokenizer.Token> tokens, int i) {
        if (i < 0 || i >= tokens.size()) return false;
        String s = tokens.get(i).surface();
        if (s.length() < 3 || root.next.containsKey(tokens.get(i).key())) return false;
        for (int k = 0; k < s.length(); k++) if (!Character.isUpperCase(s.charAt(k))) return false;
        return true;
    }

    private Raw longestAt(String text, List<PhraseTokenizer.Token> tokens, int i) {
        Node n = root;
        Raw best = null;
        for (int j = i; j < tokens.size(); j++) {
            if (j > i && lineBreakBetween(text, tokens.get(j - 1).end(), tokens.get(j).start())) break; // a name does not run over a line break
            n = n.next.get(tokens.get(j).key());
            if (n == null) break;
            ActorAlias hit = valid(n.entries, tokens, i);
            if (hit != null) best = new Raw(i, j, hit);
        }
        return best;
    }

    private static boolean lineBreakBetween(String text, int from, int to) {
        for (int k = from; k < to; k++) if (text.charAt(k) == '\n') return true;
        return false;
    }

    /** The entry whose case rule the text satisfies; an exact-case acronym beats a case-insensitive row. */
    private static ActorAlias valid(List<Entry> entries, List<PhraseTokenizer.Token> tokens, int from) {
        ActorAlias loose = null;
        for (Entry e : entries) {
            if (!e.alias.caseSensitive()) { if (loose == null) loose = e.alias; continue; }
            boolean same = true;
            for (int k = 0; k < e.surfaces.length && same; k++) same = e.surfaces[k].equals(tokens.get(from + k).surface());
            if (same) return e.alias;
        }
        return loose;
    }

    private static List<Raw> mergeRepeats(String text, List<PhraseTokenizer.Token> tokens, List<Raw> raws) {
        List<Raw> out = new ArrayList<>();
        for (Raw r : raws) {
            if (!out.isEmpty()) {
                Raw p = out.get(out.size() - 1);
                String between = text.substring(tokens.get(p.last).end(), tokens.get(r.first).start());
                boolean sameActor = p.alias.actor().equals(r.alias.actor());
                if (sameActor && (between.matches("\\s*[-‐‑–—/]\\s*") || between.matches("\\s*\\(\\s*")) ) {
                    int last = r.last;
                    // take the closing bracket of "Syrian Arab Army (SAA)" into the mention
                    if (between.contains("(") && last + 1 < tokens.size() && tokens.get(last + 1).surface().equals(")")) last++;
                    out.set(out.size() - 1, new Raw(p.first, last, p.alias.isGeneric() ? r.alias : p.alias));
                    continue;
                }
            }
            out.add(r);
        }
        return out;
    }

    private static List<Raw> absorbGenericNouns(String text, List<PhraseTokenizer.Token> tokens, List<Raw> raws) {
        List<Raw> out = new ArrayList<>();
        for (Raw r : raws) {
            if (properNameHead(tokens, r)) continue;
            // apposition: "the terrorist group ISIL", "militant group HTS" is the named group
            if (!out.isEmpty() && !r.alias.isGeneric()) {
                Raw p = out.get(out.size() - 1);
                String between = text.substring(tokens.get(p.last).end(), tokens.get(r.first).start());
                if (p.alias.isGeneric() && !"Civilians".equals(p.alias.actor().inter()) && r.first == p.last + 1
                        && between.isBlank() && !between.contains("\n")) {
                    out.set(out.size() - 1, new Raw(p.first, r.last, r.alias));
                    continue;
                }
            }
            if (!out.isEmpty() && r.alias.isGeneric() && !"Civilians".equals(r.alias.actor().inter())) {
                Raw p = out.get(out.size() - 1);
                String between = text.substring(tokens.get(p.last).end(), tokens.get(r.first).start());
                if (!p.alias.isGeneric() && between.isBlank() && !between.contains("\n") && r.first == p.last + 1) {
                    out.set(out.size() - 1, new Raw(p.first, r.last, p.alias));
                    continue;
                }
            }
            out.add(r);
        }
        return out;
    }

    /** "The Army of the Victorious Sect": a capitalised generic head followed by "of" starts a proper name, not a description. */
    private static boolean properNameHead(List<PhraseTokenizer.Token> tokens, Raw r) {
        if (!r.alias.isGeneric() || r.last + 1 >= tokens.size()) return false;
        String head = tokens.get(r.last).surface();
        return Character.isUpperCase(head.charAt(0)) && r.last > r.first && tokens.get(r.last + 1).surface().equals("of");
    }

    private MentionUsage usage(String text, List<PhraseTokenizer.Token> tokens, Raw r) {
        PhraseTokenizer.Token first = tokens.get(r.first);
        if (r.first > 0) {
            PhraseTokenizer.Token before = tokens.get(r.first - 1);
            String gap = text.substring(before.end(), first.start());
            MentionUsage u = prefixes.get(before.surface().toLowerCase(Locale.ROOT));
            if (u != null && (gap.isEmpty() || gap.equals(" ") || gap.length() == 1 && PhraseTokenizer.isHyphen(gap.charAt(0)))) return u;
        }
        PhraseTokenizer.Token last = tokens.get(r.last);
        if (r.last + 1 < tokens.size()) {
            PhraseTokenizer.Token after = tokens.get(r.last + 1);
            String gap = text.substring(last.end(), after.start());
            MentionUsage u = suffixes.get(after.surface().toLowerCase(Locale.ROOT));
            if (u != null && gap.length() == 1 && PhraseTokenizer.isHyphen(gap.charAt(0))) return u;
        }
        return MentionUsage.ACTING;
    }

    private void readUsage() {
        for (String[] f : rows(USAGE_RESOURCE)) {
            try {
                if (f.length < 3) throw new IllegalArgumentException("expected position<TAB>word<TAB>usage<TAB>source");
                MentionUsage u = MentionUsage.parse(f[2]);
                String word = f[1].strip().toLowerCase(Locale.ROOT);
                switch (f[0].strip()) {
                    case "prefix" -> prefixes.put(word, u);
                    case "suffix" -> suffixes.put(word, u);
                    default -> throw new IllegalArgumentException("position must be prefix or suffix, not '" + f[0] + "'");
                }
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException(USAGE_RESOURCE + ": " + String.join("<TAB>", f) + ": " + e.getMessage(), e);
            }
        }
    }

    /** The data rows of a tab-separated resource of this package: comments, blank lines and the header skipped. */
    private static List<String[]> rows(String resource) {
        InputStream in = ActorRecognizer.class.getResourceAsStream(resource);
        if (in == null) throw new IllegalStateException("missing resource org/sitrep/actors/" + resource);
        List<String[]> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            boolean header = true;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) continue;
                if (header) { header = false; continue; }
                out.add(line.split("\t", -1));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
