package org.sitrep.quantity;

import org.sitrep.model.Span;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds casualty reports in a sentence: "Over 20 ISIS members were reportedly killed" (20 KILLED, victims
 * "ISIS members"), "killing at least 13 women and children", "a death toll of 292", "shot dead three women
 * and three children" (6: counts joined by "and" add up), "120 soldiers and a general were killed" (121),
 * "killed and injured more than 60" (KILLED_OR_INJURED: no death toll), "wounded 12" (INJURED),
 * "no one was hurt" (NO_CASUALTIES, 0), "killed the ISIL gang leader" (1), "a heavy death toll" (no figure).
 *
 * <p>Words are data: casualty-words.tsv (triggers and where they stand), victim-nouns.tsv,
 * no-casualties.tsv, and the {@link NumberParser}'s files. "ISIS lost 30 gunmen" counts as 30 KILLED:
 * in war reporting a side losing fighters means fighters killed; "lost" needs a victim noun after the
 * count, so "lost 150 villages" is nothing. Never throws on text.
 */
public final class CasualtyFinder {
    private static final String AUX = "(?:were|was|are|is|have|has|had|been|being|be|to|reportedly|reported|allegedly|also|all|later|"
            + "subsequently|confirmed|believed|said|thought|feared|now|already|eventually|apparently|likely|either|both|"
            + "in\\s+total|in\\s+all|so\\s+far|altogether|who|which|that|"
            // a short place phrase between the victims and the verb: "a commander from Raqqa was killed"
            + "(?:in|near|at|from)\\s+\\p{Lu}[\\p{L}'’-]*)";

    private static final Pattern AND = Pattern.compile("^\\s*(?:,\\s*)?(?:and|&)\\s+");

    private record Trigger(Casualty.Kind kind, boolean needsVictims) {}

    private final NumberParser numbers;
    private final Map<String, Trigger> before = new HashMap<>();
    private final Map<String, Trigger> after = new HashMap<>();
    private final Map<String, Trigger> toll = new HashMap<>();
    private final Map<String, Boolean> victimPlural = new HashMap<>();
    private final Pattern beforePattern;
    private final Pattern afterPattern;
    private final Pattern tollPattern;
    private final Pattern tollWithoutFigure;
    private final Pattern victimsPattern;
    private final Pattern singularPattern;
    private final Pattern noCasualties;
    private final Pattern namePassive;
    private final Pattern livesTaken;

    public CasualtyFinder() {
        this(new NumberParser());
    }

    public CasualtyFinder(NumberParser numbers) {
        this.numbers = numbers;
        List<String> coverbs = new ArrayList<>(), lives = new ArrayList<>(), heavy = new ArrayList<>(), dies = new ArrayList<>();
        for (LexiconFile.Row r : LexiconFile.read(CasualtyFinder.class, "casualty-words.tsv", 5)) {
            Casualty.Kind kind = null;
            if (!r.get(1).equals("-")) {
                try { kind = Casualty.Kind.valueOf(r.get(1)); } catch (IllegalArgumentException e) { throw r.error("unknown kind '" + r.get(1) + "'"); }
            }
            if (!r.get(3).equals("yes") && !r.get(3).equals("no")) throw r.error("needs-victims must be yes or no");
            Trigger t = new Trigger(kind, r.get(3).equals("yes"));
            String form = norm(r.get(0));
            String position = r.get(2);
            if (kind == null && !position.equals("coverb") && !position.equals("heavy")) throw r.error("a " + position + " word needs a kind");
            switch (position) {
                case "before" -> before.put(form, t);
                case "after" -> after.put(form, t);
                case "toll" -> toll.put(form, t);
                case "coverb" -> coverbs.add(form);
                case "lives" -> lives.add(form);
                case "heavy" -> heavy.add(form);
                case "dies" -> dies.add(form);
                default -> throw r.error("position must be before, after, toll, coverb, lives, heavy or dies: " + position);
            }
        }
        if (before.isEmpty() || after.isEmpty() || toll.isEmpty() || coverbs.isEmpty() || lives.isEmpty() || heavy.isEmpty() || dies.isEmpty())
            throw new IllegalStateException("org/sitrep/quantity/casualty-words.tsv: every position needs at least one word");
        String coverb = "(?:(?i:" + LexiconFile.alternation(coverbs) + ")\\s+and\\s+)?";
        List<String> singular = new ArrayList<>();
        for (LexiconFile.Row r : LexiconFile.read(CasualtyFinder.class, "victim-nouns.tsv", 3)) {
            if (!r.get(1).equals("sg") && !r.get(1).equals("pl")) throw r.error("number must be sg or pl");
            victimPlural.put(norm(r.get(0)), r.get(1).equals("pl"));
            if (r.get(1).equals("sg")) singular.add(r.get(0));
        }
        List<String> none = new ArrayList<>();
        for (LexiconFile.Row r : LexiconFile.read(CasualtyFinder.class, "no-casualties.tsv", 2)) none.add(r.get(0));

        String w = "(?:[\\p{L}][\\p{L}'’.-]*|\\d+-[\\p{L}][\\p{L}-]*)"; // a word, or "10-year-old"
        beforePattern = Pattern.compile("(?i:\\b(?<t>" + LexiconFile.alternation(before.keySet()) + "))\\s+$");
        afterPattern = Pattern.compile("^\\s*,?\\s*(?:[-–—][^-–—]{1,40}[-–—]\\s*)?(?:(?i:of)\\s+(?:(?i:them|those|whom)\\s+)?)?(?:(?i:" + AUX + ")\\s+){0,4}" + coverb + "(?i:(?<t>" + LexiconFile.alternation(after.keySet()) + "))\\b");
        tollPattern = Pattern.compile("(?i:\\b(?<t>" + LexiconFile.alternation(toll.keySet()) + ")"
                // "the death toll from the attack has risen to 50"
                + "(?:\\s+(?:from|in)(?:\\s+[\\p{L}'’-]+){1,5}?)?(?:\\s+(?:has|had|have|was|is|now|reportedly))?"
                + "\\s+(?:of|at|to|stood\\s+at|stands\\s+at|rose\\s+to|risen\\s+to|climbed\\s+to|reached|numbered|was|is|totalled|totaled|hit))\\s+$");
        tollWithoutFigure = Pattern.compile("(?i:\\b(?:a|an|the)?\\s*(?:" + LexiconFile.alternation(heavy) + "\\s+)"
                + "(?<t>death\\s+toll|casualties|losses|fatalities))\\b(?!\\s+(?:of|at|to|stood|stands|rose|reached|numbered)\\s+\\d)");
        // victims after a count: up to three words before a victim noun, "of ISIS"/"of the Islamic State" after it
        victimsPattern = Pattern.compile("^\\s+(?:(?i:of)\\s+)?(?:(?i:the)\\s+)?(?<v>(?:" + w + "\\s+){0,3}?(?i:" + LexiconFile.alternation(victimPlural.keySet()) + ")\\b"
                + "(?:\\s+(?i:of)\\s+(?:(?:the|his|her|their|its)\\s+)?(?:\\p{Lu}[\\p{L}'’-]*|[A-Z]{2,}|family|families|tribe|village|town|group)(?:\\s+(?:\\p{Lu}[\\p{L}'’-]*|al-\\p{L}+|bu|tribe))*)?"
                // or a people named by a capitalised plural: "292 Iraqis", "hundreds of thousands of Syrians"
                + "|\\p{Lu}\\p{Ll}+(?:is|ans|ns|ds|ese|ks|ts|rs)\\b)");
        singularPattern = Pattern.compile("(?i:\\b(?<det>a|an|the|one|another|his|her|their|whose|its)\\s+)(?<v>(?:" + w + "\\s+){0,3}?(?i:" + LexiconFile.alternation(singular) + ")\\b)");
        noCasualties = Pattern.compile("(?i:\\b" + LexiconFile.alternation(none) + "\\b)");
        // "Abu Jandal al-Kuwaiti was killed": a named person; the verbs are the after-words that are not a joint toll
        List<String> passive = new ArrayList<>();
        after.forEach((form, t) -> { if (t.kind != Casualty.Kind.KILLED_OR_INJURED && !form.matches("deaths|fatalities|bodies|injuries")) passive.add(form); });
        namePassive = Pattern.compile("(?<v>\\p{Lu}[\\p{L}'’-]+(?:\\s+(?:\\p{Lu}[\\p{L}'’-]+|al-\\p{L}+|bin|ibn|abu)){0,4})\\s+(?:(?:was|has\\s+been|had\\s+been)\\s+(?:(?i:reportedly|allegedly|also|later)\\s+)?"
                + coverb + "(?<t>(?i:" + LexiconFile.alternation(passive) + "))|(?<t2>(?i:" + LexiconFile.alternation(dies) + ")))\\b");
        livesTaken = Pattern.compile("(?i:\\b" + LexiconFile.alternation(lives) + "\\s+(?:the\\s+)?)$");
    }

    /** Every casualty report in {@code sentence}, in reading order, non-overlapping. */
    public List<Casualty> find(String sentence) {
        return find(sentence, List.of());
    }

    /**
     * As {@link #find(String)}, with spans of the sentence whose numbers are no counts: pass the date
     * mentions ({@code DateExpressionFinder}'s spans, shifted into the sentence) so that "27" of "Jan. 27"
     * is never read as 27 people.
     */
    public List<Casualty> find(String sentence, List<Span> notCounts) {
        List<Casualty> out = new ArrayList<>();
        if (sentence == null || sentence.isBlank()) return out;
        try {
            zero(sentence, out); // first: "no one was hurt" is no count of one
            counted(sentence, notCounts == null ? List.of() : notCounts, out);
            singular(sentence, out);
            named(sentence, out);
            withoutFigure(sentence, out);
        } catch (RuntimeException | StackOverflowError e) {
            // odd text: keep what was found so far
        }
        out.sort(Comparator.comparing(Casualty::span));
        return out;
    }

    /** A count with its victims and the coordinated counts after it: "three women and three children". */
    private record Group(int start, int end, long count, int victimsStart, int victimsEnd) {}

    private void counted(String s, List<Span> notCounts, List<Casualty> out) {
        List<Quantity> qs = new ArrayList<>(numbers.find(s));
        qs.removeIf(q -> notCounts.stream().anyMatch(x -> x != null && x.overlaps(q.span())));
        Map<Integer, Quantity> byStart = new HashMap<>();
        for (Quantity q : qs) byStart.put(q.span().start(), q);
        for (int i = 0; i < qs.size(); i++) {
            Quantity q = qs.get(i);
            if (looksLikeYear(s, q)) continue;
            Group g = group(s, q, byStart);
            String left = s.substring(Math.max(0, q.span().start() - 60), q.span().start());
            Casualty.Kind kind = null;
            int start = g.start, end = g.end;
            Matcher b = beforePattern.matcher(left);
            Matcher t = tollPattern.matcher(left);
            boolean lives = g.victimsStart >= 0 && s.substring(g.victimsStart, g.victimsEnd).toLowerCase(Locale.ROOT).endsWith("lives");
            if (lives) {
                // "lives" only after a verb that takes them: "claimed 12 lives", "cost 40 lives"
                Matcher took = livesTaken.matcher(left);
                if (!took.find() || overlapsAny(out, q.span().start() - left.length() + took.start(), g.end)) continue;
                out.add(new Casualty(new Span(q.span().start() - left.length() + took.start(), g.end), (int) Math.min(g.count, Integer.MAX_VALUE),
                        Casualty.Kind.KILLED, null, null));
                continue;
            }
            if (b.find()) {
                Trigger tr = before.get(norm(b.group("t")));
                if (tr != null && (!tr.needsVictims || g.victimsStart >= 0)) {
                    kind = tr.kind;
                    start = q.span().start() - left.length() + b.start("t");
                }
            } else if (t.find()) {
                Trigger tr = toll.get(norm(t.group("t")));
                if (tr != null) { kind = tr.kind; start = q.span().start() - left.length() + t.start("t"); }
            }
            if (kind == null) {
                Matcher a = afterPattern.matcher(ahead(s, g.end));
                if (a.find()) {
                    Trigger tr = after.get(norm(a.group("t")));
                    if (tr != null && !tr.needsVictims) { kind = tr.kind; end = g.end + a.end("t"); }
                }
            }
            if (kind == null) continue;
            if (overlapsAny(out, start, end)) continue;
            Span vs = g.victimsStart >= 0 ? new Span(g.victimsStart, g.victimsEnd) : null;
            out.add(new Casualty(new Span(start, end), (int) Math.min(g.count, Integer.MAX_VALUE), kind, vs == null ? null : vs.of(s), vs));
            while (i + 1 < qs.size() && qs.get(i + 1).span().start() < g.end) i++;
        }
    }

    /** Years are not counts: "in 2016". */
    private static boolean looksLikeYear(String s, Quantity q) {
        return q.modifier() == Modifier.EXACT && q.span().of(s).matches("(19|20)\\d\\d");
    }

    private Group group(String s, Quantity q, Map<Integer, Quantity> byStart) {
        long count = q.value();
        int end = q.span().end(), vStart = -1, vEnd = -1;
        Matcher v = victimsPattern.matcher(ahead(s, end));
        if (v.find()) { vStart = end + v.start("v"); vEnd = end + v.end("v"); end = vEnd; }
        // coordination: "and three children", "and a general", "and children"
        while (vStart >= 0) {
            Matcher and = AND.matcher(ahead(s, end));
            if (!and.find()) break;
            int at = end + and.end();
            Quantity next = byStart.get(at);
            if (next != null) {
                Matcher nv = victimsPattern.matcher(ahead(s, next.span().end()));
                if (!nv.find()) break;
                count += next.value();
                end = next.span().end() + nv.end("v");
                vEnd = end;
                continue;
            }
            Matcher sg = singularPattern.matcher(ahead(s, at));
            if (sg.lookingAt() && !s.regionMatches(true, at, "the", 0, 3)) {
                count += 1;
                end = at + sg.end("v");
                vEnd = end;
                continue;
            }
            // a noun without a count joins the victims, not the figure: "women and children"
            Matcher bare = victimsPattern.matcher(" " + ahead(s, at));
            if (bare.find() && bare.start("v") == 1 && bare.group("v").split("\\s+").length <= 2) {
                end = at + bare.end("v") - 1;
                vEnd = end;
                continue;
            }
            break;
        }
        return new Group(q.span().start(), end, count, vStart, vEnd);
    }

    private void singular(String s, List<Casualty> out) {
        Matcher m = singularPattern.matcher(s);
        while (m.find()) {
            String noun = m.group("v");
            Casualty.Kind kind = null;
            int start = m.start(), end = m.end();
            Matcher b = beforePattern.matcher(s.substring(Math.max(0, m.start() - 60), m.start()));
            if (b.find()) {
                Trigger tr = before.get(norm(b.group("t")));
                if (tr != null && !tr.needsVictims) { kind = tr.kind; start = Math.max(0, m.start() - 60) + b.start("t"); }
            }
            if (kind == null) {
                Matcher a = afterPattern.matcher(ahead(s, m.end()));
                if (a.find() && a.group().toLowerCase(Locale.ROOT).matches("(?s).*\\b(was|has been|had been|is)\\b.*")) {
                    Trigger tr = after.get(norm(a.group("t")));
                    if (tr != null && !tr.needsVictims && tr.kind != Casualty.Kind.KILLED_OR_INJURED) { kind = tr.kind; end = m.end() + a.end("t"); }
                }
            }
            if (kind == null || overlapsAny(out, start, end)) continue;
            out.add(new Casualty(new Span(start, end), 1, kind, noun, new Span(m.start("v"), m.end("v"))));
        }
    }

    private void named(String s, List<Casualty> out) {
        Matcher m = namePassive.matcher(s);
        while (m.find()) {
            Trigger tr = m.group("t") != null ? after.get(norm(m.group("t"))) : null;
            Casualty.Kind kind = tr != null ? tr.kind : Casualty.Kind.KILLED;
            // a capitalised word is a name unless it is a determiner, a pronoun for a thing or a group, or a place's role
            if (m.group("v").matches("(?i)(the|a|an|it|this|that|they|these|those|who|which|there|nobody|no|none|everyone|someone|somebody|many|some|all|most|several|others|each|one)\\b.*")) continue;
            // "in Manbij was killed": a name after a preposition is a place
            if (s.substring(Math.max(0, m.start() - 6), m.start()).matches("(?is).*\\b(in|near|at|from|of|to|on|into|outside)\\s+$")) continue;
            if (overlapsAny(out, m.start(), m.end())) continue;
            out.add(new Casualty(new Span(m.start(), m.end()), 1, kind, m.group("v"), new Span(m.start("v"), m.end("v"))));
        }
    }

    private void zero(String s, List<Casualty> out) {
        Matcher m = noCasualties.matcher(s);
        while (m.find()) {
            if (overlapsAny(out, m.start(), m.end())) continue;
            out.add(new Casualty(new Span(m.start(), m.end()), 0, Casualty.Kind.NO_CASUALTIES, null, null));
        }
    }

    private void withoutFigure(String s, List<Casualty> out) {
        Matcher m = tollWithoutFigure.matcher(s);
        while (m.find()) {
            if (overlapsAny(out, m.start("t"), m.end())) continue;
            Casualty.Kind kind = m.group("t").toLowerCase(Locale.ROOT).startsWith("death") || m.group("t").equalsIgnoreCase("fatalities")
                    ? Casualty.Kind.KILLED : Casualty.Kind.KILLED_OR_INJURED;
            int start = m.start();
            while (start < m.end() && Character.isWhitespace(s.charAt(start))) start++;
            out.add(new Casualty(new Span(start, m.end()), null, kind, null, null));
        }
    }

    /** The text after {@code from}, as far as a count's victims and verb can reach: keeps long texts linear. */
    private static String ahead(String s, int from) {
        return s.substring(from, Math.min(s.length(), from + 240));
    }

    private static boolean overlapsAny(List<Casualty> found, int start, int end) {
        for (Casualty c : found) if (c.span().start() < end && start < c.span().end()) return true;
        return false;
    }

    private static String norm(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
    }
}
