package org.sitrep.extract;

import org.sitrep.nlp.Sentence;
import org.sitrep.nlp.Token;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds trigger words (triggers.tsv) in sentences. Three uses: a cheap pre-filter on raw tokens, before any tagging,
 * that decides which sentences are worth tagging; the same match as {@link #find} on lemmas and parts of speech, before
 * parsing, that decides which are worth parsing; and the real match, with the parse.
 */
final class TriggerLexicon {
    private record Entry(String[] lemmas, char pos, Category category) {}

    private final List<Entry> entries = new ArrayList<>();
    /** Every way a trigger can be written, word by word: each word a set of its surface forms. */
    private final List<List<Set<String>>> writings = new ArrayList<>();

    TriggerLexicon() {
        for (String[] row : LexiconFile.rows("triggers.tsv", 4)) {
            String[] lemmas = row[0].toLowerCase(Locale.ROOT).split(" ");
            entries.add(new Entry(lemmas, row[1].charAt(0), Category.valueOf(row[2])));
            List<Set<String>> regular = new ArrayList<>();
            for (String lemma : lemmas) if (!lemma.equals("*")) regular.add(Inflections.of(lemma));
            writings.add(regular);
            for (String form : row[3].split(",")) {
                List<Set<String>> irregular = new ArrayList<>();
                for (String w : form.trim().toLowerCase(Locale.ROOT).split(" ")) if (!w.isEmpty()) irregular.add(Set.of(w));
                if (!irregular.isEmpty()) writings.add(irregular);
            }
        }
    }

    /**
     * The cheap test before tagging: does the sentence hold every word of some trigger, in one of its forms? (Any one
     * word is not enough: "of" or "take" alone would send most sentences to the parser for nothing.)
     */
    boolean mayHoldTrigger(Sentence s) {
        Set<String> words = new HashSet<>();
        for (Token t : s.tokens()) words.add(t.word().toLowerCase(Locale.ROOT));
        for (List<Set<String>> w : writings) {
            boolean all = true;
            for (Set<String> forms : w) if (java.util.Collections.disjoint(forms, words)) { all = false; break; }
            if (all) return true;
        }
        return false;
    }

    /**
     * Does the tagged sentence hold some trigger on lemma and part of speech ("strike" the verb or the noun, "forces"
     * the noun only)? Exactly when {@link #find} on its parse would find one: the parse only merges and drops triggers.
     */
    boolean holdsTrigger(Sentence tagged) {
        List<Token> toks = tagged.tokens();
        for (int i = 0; i < toks.size(); i++) {
            for (Entry e : entries) {
                int end = match(e, toks, i);
                if (end >= 0 && posMatches(e.pos, toks.get(headOf(e, toks, i, end)))) return true;
            }
        }
        return false;
    }

    /** Triggers of a tagged sentence, longest first where they overlap. */
    List<Trigger> find(Sentence s) {
        List<Trigger> found = new ArrayList<>();
        List<Token> toks = s.tokens();
        for (int i = 0; i < toks.size(); i++) {
            for (Entry e : entries) {
                int end = match(e, toks, i);
                if (end < 0) continue;
                int head = headOf(e, toks, i, end);
                if (!posMatches(e.pos, toks.get(head))) continue;
                found.add(new Trigger(i, end, head, e.category, String.join(" ", e.lemmas), e.pos));
            }
        }
        dropSubsumed(s, found);
        found.sort((a, b) -> a.first() != b.first() ? Integer.compare(a.first(), b.first()) : Integer.compare(b.last(), a.last()));
        List<Trigger> out = new ArrayList<>();
        for (Trigger t : found) {
            boolean covered = false;
            for (Trigger o : out) {
                boolean overlap = t.first() <= o.last() && o.first() <= t.last();
                if (overlap && (o.last() - o.first() > t.last() - t.first())) covered = true;
                if (overlap && o.first() == t.first() && o.last() == t.last() && o.category() != t.category()) covered = false;
            }
            if (!covered) out.add(t);
        }
        return out;
    }

    /**
     * A verb whose subject is a remote-violence noun reports the same act: "15 strikes engaged five units", "the
     * airstrikes targeted HTS forces" are strikes, not clashes; "a truck bomb attack hit a market crowd" is a bombing. One trigger remains: the verb (its roles: what was
     * engaged or targeted) with the noun's category.
     */
    private static void dropSubsumed(Sentence s, List<Trigger> found) {
        if (!s.parsed()) return;
        // "artillery offensive", "mortar attack": the modifier says what kind of attack the head noun is
        for (int i = 0; i < found.size(); i++) {
            Trigger head = found.get(i);
            if (head.category() != Category.CLASH && head.category() != Category.ATTACK) continue;
            for (Trigger m : List.copyOf(found)) {
                if (m == head || !m.category().isRemote() && m.category() != Category.SUICIDE && m.category() != Category.IED) continue;
                boolean modifies = s.children(head.head()).stream().anyMatch(d -> (d.is("compound") || d.is("amod")) && d.dependent() == m.head());
                if (!modifies) continue;
                found.set(i, new Trigger(head.first(), head.last(), head.head(), m.category(), m.lemmas(), head.pos()));
                found.remove(m);
                i = -1;
                break;
            }
        }
        for (int i = 0; i < found.size(); i++) {
            Trigger v = found.get(i);
            if (v.pos() != 'V') continue;
            for (Trigger n : List.copyOf(found)) {
                if (n == v || n.pos() != 'N' || !n.category().isRemote() && n.category() != Category.AIR
                        && n.category() != Category.IED && n.category() != Category.SUICIDE) continue;
                boolean subject = s.children(v.head()).stream().anyMatch(d -> (d.is("nsubj") || d.is("obl:agent")) && d.dependent() == n.head());
                if (!subject) continue;
                found.set(i, new Trigger(v.first(), v.last(), v.head(), n.category(), n.lemmas(), 'V'));
                found.remove(n);
                i = -1;
                break;
            }
        }
    }

    /** Index of the last token matched, or -1. '*' skips one or two tokens. */
    private static int match(Entry e, List<Token> toks, int start) {
        int i = start, n = toks.size();
        for (int k = 0; k < e.lemmas.length; k++) {
            String want = e.lemmas[k];
            if (want.equals("*")) {
                if (k + 1 >= e.lemmas.length) return -1;
                String next = e.lemmas[++k];
                if (i + 1 < n && matches(toks.get(i + 1), next)) i += 1;
                else if (i + 2 < n && matches(toks.get(i + 2), next)) i += 2;
                else return -1;
                i++;
                continue;
            }
            if (i >= n || !matches(toks.get(i), want)) return -1;
            i++;
        }
        return i - 1;
    }

    private static boolean matches(Token t, String lemma) {
        String w = t.word().toLowerCase(Locale.ROOT);
        return t.lemma().equals(lemma) || w.equals(lemma) || w.replace('-', ' ').equals(lemma)
                || (lemma.indexOf('-') >= 0 && w.equals(lemma.replace("-", "")));
    }

    private static int headOf(Entry e, List<Token> toks, int first, int last) {
        // verbs head their particles ("take control", "hand over"); noun compounds are headed by their last noun
        return e.pos == 'V' ? first : last;
    }

    private static boolean posMatches(char pos, Token t) {
        return switch (pos) {
            case 'V' -> t.isVerb();
            case 'N' -> t.isNoun() || t.pos().isEmpty();
            case 'A' -> t.pos().startsWith("JJ") || t.pos().startsWith("VBN");
            default -> true;
        };
    }
}
