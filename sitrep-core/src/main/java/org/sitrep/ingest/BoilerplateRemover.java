package org.sitrep.ingest;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Removes site furniture from article text, paragraph by paragraph (a paragraph is one line): navigation,
 * prompts, photo credits and labels wherever they stand, and the trailing block of appeals, bylines,
 * disclaimers and copyright notices. Inside that trailing block weaker cues (contacts, addresses, footer
 * labels) count as furniture too, until a paragraph of report text closes it; a paragraph that matches no
 * rule is report text and always stays.
 * The rules are data: {@code boilerplate.tsv} beside this class says what each one is for.
 */
public final class BoilerplateRemover {
    enum Kind { STRIP, DROP, TRAILER, TAIL }

    record Rule(Kind kind, int maxChars, Pattern pattern, int line) {
        boolean matches(String paragraph) {
            return paragraph.length() <= maxChars && pattern.matcher(paragraph).find();
        }
    }

    /** What the remover decided for one paragraph. */
    enum Verdict { REPORT, FURNITURE, TRAILER }

    private static final String RESOURCE = "boilerplate.tsv";
    private static final int MEMO_CHARS = 300;
    private static final int MEMO_ENTRIES = 100_000;
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS;

    private final List<Rule> rules;
    private final List<Rule> stripRules;

    /** The rules shipped with sitrep. */
    public BoilerplateRemover() {
        this(BoilerplateRemover.class.getResourceAsStream(RESOURCE), RESOURCE);
    }

    /** Rules from another file in the same format (a theatre pack's additions, a test). */
    public BoilerplateRemover(InputStream rulesTsv, String name) {
        Objects.requireNonNull(rulesTsv, () -> "boilerplate rules not found: " + name);
        this.rules = load(rulesTsv, name);
        this.stripRules = rules.stream().filter(r -> r.kind() == Kind.STRIP).toList();
    }

    /** The text without furniture; paragraphs separated by blank lines stay so. */
    public String clean(String text) {
        if (text == null || text.isEmpty()) return "";
        String[] lines = InvisibleCharacters.strip(text).split("\n", -1);
        StringBuilder out = new StringBuilder(text.length());
        boolean inTrailer = false;
        boolean blankSinceLastKept = false;
        // pages repeat their furniture (and hostile input repeats anything): judge each short line once
        Map<String, Outcome> seen = new HashMap<>();
        for (String raw : lines) {
            String paragraph = trim(raw);
            if (paragraph.isEmpty()) {
                blankSinceLastKept = true;
                continue;
            }
            Outcome outcome;
            if (paragraph.length() <= MEMO_CHARS && seen.size() < MEMO_ENTRIES) {
                boolean trailer = inTrailer;
                outcome = seen.computeIfAbsent(trailer ? "T" + paragraph : "R" + paragraph, k -> outcome(paragraph, trailer));
            } else {
                outcome = outcome(paragraph, inTrailer);
            }
            if (outcome.verdict() == Verdict.TRAILER) inTrailer = true;
            if (outcome.kept() == null) continue;
            inTrailer = false; // report text again: the appeal was in mid-article, weak cues stop counting
            if (out.length() > 0) out.append(blankSinceLastKept ? "\n\n" : "\n");
            out.append(outcome.kept());
            blankSinceLastKept = false;
        }
        return out.toString();
    }

    /** A paragraph's verdict and, when it is report text, the paragraph as kept (artefacts cut); kept is null otherwise. */
    private record Outcome(Verdict verdict, String kept) {}

    private Outcome outcome(String paragraph, boolean inTrailer) {
        Verdict verdict = judge(paragraph, inTrailer);
        if (verdict != Verdict.REPORT) return new Outcome(verdict, null);
        String kept = trim(stripArtefacts(paragraph));
        // what is left once an artefact is cut may be nothing, or only a label
        if (kept.isEmpty() || (!kept.equals(paragraph) && judge(kept, inTrailer) != Verdict.REPORT)) {
            return new Outcome(Verdict.FURNITURE, null);
        }
        return new Outcome(verdict, kept);
    }

    /** The verdict on one trimmed paragraph; {@code inTrailer} when a trailing block has been opened before it. */
    Verdict judge(String paragraph, boolean inTrailer) {
        boolean furniture = false;
        for (Rule rule : rules) {
            switch (rule.kind()) {
                case TRAILER -> {
                    if (rule.matches(paragraph)) return Verdict.TRAILER;
                }
                case DROP -> furniture |= !furniture && rule.matches(paragraph);
                case TAIL -> furniture |= !furniture && inTrailer && rule.matches(paragraph);
                case STRIP -> { }
            }
        }
        return furniture ? Verdict.FURNITURE : Verdict.REPORT;
    }

    private String stripArtefacts(String paragraph) {
        if (stripRules.isEmpty()) return paragraph;
        String s = paragraph;
        for (Rule rule : stripRules) {
            var m = rule.pattern().matcher(s);
            if (m.find()) s = m.replaceAll("");
        }
        // close the gap an artefact leaves; untouched paragraphs keep their spacing
        return s.equals(paragraph) ? s : s.replaceAll("[ \\u00A0]{2,}", " ");
    }

    /** Like {@link String#strip()} but also takes no-break spaces, which scraped text is full of. */
    static String trim(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && isSpace(s.charAt(start))) start++;
        while (end > start && isSpace(s.charAt(end - 1))) end--;
        return s.substring(start, end);
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    private static List<Rule> load(InputStream in, String name) {
        List<Rule> rules = new ArrayList<>();
        for (DataLines.Line line : DataLines.read(in, name)) {
            String[] cols = line.text().split("\t", 3);
            if (cols.length != 3) throw line.error("expected KIND<TAB>MAX<TAB>REGEX");
            Kind kind;
            try {
                kind = Kind.valueOf(cols[0].trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw line.error("unknown kind '" + cols[0] + "'");
            }
            int max;
            try {
                max = cols[1].trim().equals("*") ? Integer.MAX_VALUE : Integer.parseInt(cols[1].trim());
            } catch (NumberFormatException e) {
                throw line.error("MAX is neither a number nor *");
            }
            try {
                rules.add(new Rule(kind, max, Pattern.compile(cols[2], FLAGS), line.number()));
            } catch (PatternSyntaxException e) {
                throw line.error("bad regex: " + e.getDescription());
            }
        }
        return List.copyOf(rules);
    }
}
