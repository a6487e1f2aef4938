package org.sitrep;

import org.sitrep.extract.EventCoder;
import org.sitrep.nlp.Sentence;
import org.sitrep.nlp.Token;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Which sentences are worth tagging and parsing: those holding every word of some trigger (each in one of the forms
 * the lexicon's cheap test knows), not merely one of them. The lexicon's own test fires on any word of any trigger
 * ("of" in "cessation of hostilities", "to" in "fall to", "take" in "take control"), which lets half the sentences
 * of a war report through for nothing; a trigger can only match where all its words are. Read from the lexicon file
 * itself, so the two never drift apart; never lets through a sentence the lexicon's test would not.
 */
final class CandidateSentences {
    private static final String TRIGGERS = "/org/sitrep/extract/triggers.tsv";
    /** Regular inflections add at most this many letters to a lemma's stem ("-ing" after a doubled consonant). */
    private static final int MAX_ENDING = 4;

    /**
     * One way of writing a trigger: its words; the first {@code literal} are written as they stand (an irregular form:
     * "took", "fell"), the rest are lemmas whose inflections match.
     */
    record Pattern(List<String> words, int literal) {}

    private final EventCoder coder;
    private final List<Pattern> patterns;

    CandidateSentences(EventCoder coder) {
        this.coder = coder;
        this.patterns = patterns(rows());
    }

    boolean worthParsing(Sentence s) {
        if (!coder.worthParsing(s)) return false;
        Set<String> words = new HashSet<>();
        for (Token t : s.tokens()) {
            String w = t.word().toLowerCase(Locale.ROOT);
            if (!words.contains(w) && coder.worthParsing(alone(t, w))) words.add(w);
        }
        for (Pattern p : patterns) if (present(p, words)) return true;
        return false;
    }

    /** Every word of the pattern among the sentence's lexicon words (order is the tagger's business). */
    static boolean present(Pattern p, Set<String> lexiconWords) {
        for (int i = 0; i < p.words().size(); i++) {
            String lemma = p.words().get(i);
            boolean found = false;
            if (i < p.literal()) found = lexiconWords.contains(lemma);
            else for (String w : lexiconWords) if (formOf(w, lemma)) { found = true; break; }
            if (!found) return false;
        }
        return true;
    }

    /** Could {@code word} (known to the lexicon) be an inflection of {@code lemma}: "executing" of "execute", "shelled" of "shell". */
    static boolean formOf(String word, String lemma) {
        String stem = lemma.length() > 2 && (lemma.endsWith("e") || lemma.endsWith("y")) ? lemma.substring(0, lemma.length() - 1) : lemma;
        return word.startsWith(stem) && word.length() <= lemma.length() + MAX_ENDING;
    }

    static List<Pattern> patterns(List<String[]> rows) {
        List<Pattern> out = new ArrayList<>();
        for (String[] row : rows) {
            List<String> lemmas = new ArrayList<>();
            for (String l : row[0].toLowerCase(Locale.ROOT).split(" ")) if (!l.equals("*") && !l.isEmpty()) lemmas.add(l);
            out.add(new Pattern(List.copyOf(lemmas), 0));
            if (row.length > 3) {
                for (String form : row[3].split(",")) {
                    List<String> words = new ArrayList<>();
                    for (String w : form.trim().toLowerCase(Locale.ROOT).split(" ")) if (!w.isEmpty()) words.add(w);
                    if (words.isEmpty()) continue;
                    int literal = words.size();
                    // "formed" for "form * coalition": the irregular form stands for the first words only
                    for (int i = literal; i < lemmas.size(); i++) words.add(lemmas.get(i));
                    out.add(new Pattern(List.copyOf(words), literal));
                }
            }
        }
        return List.copyOf(out);
    }

    private static Sentence alone(Token t, String w) {
        return new Sentence(0, t.begin(), t.end(), w, List.of(new Token(0, w, w, "", t.begin(), t.end())), List.of(), false);
    }

    private static List<String[]> rows() {
        List<String[]> out = new ArrayList<>();
        try (InputStream in = CandidateSentences.class.getResourceAsStream(TRIGGERS)) {
            if (in == null) throw new IllegalStateException("lexicon missing from the classpath: " + TRIGGERS);
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.isBlank() || line.startsWith("#")) continue;
                out.add(line.split("\t", -1));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + TRIGGERS, e);
        }
        return out;
    }
}
