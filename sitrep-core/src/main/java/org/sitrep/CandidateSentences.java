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
 * Which sentences are worth tagging and parsing: those where the trigger lexicon's cheap test still fires once the
 * words that only ever follow a trigger's first word are set aside. The lexicon's own test counts every word of a
 * multi-word trigger ("of" in "cessation of hostilities", "to" in "fall to", "control" in "take control"), which lets
 * nearly every sentence through; but a trigger can only match where its first word is, so the sentence must hold one
 * of those. The words set aside come from the lexicon file itself, so the two never drift apart.
 */
final class CandidateSentences {
    private static final String TRIGGERS = "/org/sitrep/extract/triggers.tsv";

    private final EventCoder coder;
    private final Set<String> followersOnly;

    CandidateSentences(EventCoder coder) {
        this.coder = coder;
        this.followersOnly = followersOnly(rows());
    }

    boolean worthParsing(Sentence s) {
        List<Token> kept = new ArrayList<>(s.tokens().size());
        for (Token t : s.tokens()) if (!followersOnly.contains(t.word().toLowerCase(Locale.ROOT))) kept.add(t);
        if (kept.size() == s.tokens().size()) return coder.worthParsing(s);
        return coder.worthParsing(new Sentence(s.index(), s.begin(), s.end(), s.text(), kept, s.dependencies(), s.parsed()));
    }

    /** Words of the lexicon that appear only after the first word of a trigger, never first nor alone. */
    static Set<String> followersOnly(List<String[]> rows) {
        Set<String> later = new HashSet<>(), firstStems = new HashSet<>();
        for (String[] row : rows) {
            String[] lemmas = row[0].toLowerCase(Locale.ROOT).split(" ");
            firstStems.add(stem(lemmas[0]));
            for (int i = 1; i < lemmas.length; i++) if (!lemmas[i].equals("*")) later.add(lemmas[i]);
            if (row.length > 3) {
                for (String form : row[3].split(",")) {
                    String[] words = form.trim().toLowerCase(Locale.ROOT).split(" ");
                    if (words[0].isEmpty()) continue;
                    firstStems.add(words[0]);
                    for (int i = 1; i < words.length; i++) later.add(words[i]);
                }
            }
        }
        Set<String> out = new HashSet<>();
        for (String w : later) {
            boolean couldBeFirst = false;
            for (String f : firstStems) if (w.startsWith(f)) couldBeFirst = true;
            if (!couldBeFirst) {
                out.add(w);
                if (!w.endsWith("s")) out.add(w + "s"); // the lexicon inflects every lemma; a plural of a follower follows too
            }
        }
        return Set.copyOf(out);
    }

    /** A lemma without its silent e, so "execute" covers "executing". */
    private static String stem(String lemma) {
        return lemma.length() > 3 && lemma.endsWith("e") ? lemma.substring(0, lemma.length() - 1) : lemma;
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
