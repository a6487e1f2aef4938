package org.sitrep.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Removes site furniture from article text, paragraph by paragraph (a paragraph is one line): navigation,
 * prompts, photo credits and labels wherever they stand, and the trailing block of appeals, bylines,
 * disclaimers and copyright notices. Inside that trailing block weaker cues (contacts, addresses, footer
 * labels) count as furniture too; a paragraph that matches no rule is report text and always stays.
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
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS;

    private final List<Rule> rules;

    /** The rules shipped with sitrep. */
    public BoilerplateRemover() {
        this(BoilerplateRemover.class.getResourceAsStream(RESOURCE), RESOURCE);
    }

    /** Rules from another file in the same format (a theatre pack's additions, a test). */
    public BoilerplateRemover(InputStream rulesTsv, String name) {
        Objects.requireNonNull(rulesTsv, () -> "boilerplate rules not found: " + name);
        this.rules = load(rulesTsv, name);
    }

    /** The text without furniture; paragraphs separated by blank lines stay so. */
    public String clean(String text) {
        if (text == null || text.isEmpty()) return "";
        String[] lines = InvisibleCharacters.strip(text).split("\n", -1);
        StringBuilder out = new StringBuilder(text.length());
        boolean inTrailer = false;
        boolean blankSinceLastKept = false;
        for (String raw : lines) {
            String paragraph = trim(raw);
            if (paragraph.isEmpty()) {
                blankSinceLastKept = true;
                continue;
            }
            Verdict verdict = judge(paragraph, inTrailer);
            if (verdict == Verdict.TRAILER) inTrailer = true;
            if (verdict != Verdict.REPORT) continue;
            String kept = trim(stripArtefacts(paragraph));
            if (kept.isEmpty() || judge(kept, inTrailer) != Verdict.REPORT) continue;
            if (out.length() > 0) out.append(blankSinceLastKept ? "\n\n" : "\n");
            out.append(kept);
            blankSinceLastKept = false;
        }
        return out.toString();
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
        String s = paragraph;
        for (Rule rule : rules) {
            if (rule.kind() == Kind.STRIP) s = rule.pattern().matcher(s).replaceAll("");
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
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] cols = line.split("\t", 3);
                if (cols.length != 3) throw new IllegalArgumentException(name + ":" + number + ": expected KIND<TAB>MAX<TAB>REGEX");
                Kind kind;
                try {
                    kind = Kind.valueOf(cols[0].trim().toUpperCase(java.util.Locale.ROOT));
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException(name + ":" + number + ": unknown kind '" + cols[0] + "'");
                }
                int max = cols[1].trim().equals("*") ? Integer.MAX_VALUE : Integer.parseInt(cols[1].trim());
                try {
                    rules.add(new Rule(kind, max, Pattern.compile(cols[2], FLAGS), number));
                } catch (PatternSyntaxException e) {
                    throw new IllegalArgumentException(name + ":" + number + ": bad regex: " + e.getDescription());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read boilerplate rules " + name, e);
        }
        return List.copyOf(rules);
    }
}
