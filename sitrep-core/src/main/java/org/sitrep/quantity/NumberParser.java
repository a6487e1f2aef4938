package org.sitrep.quantity;

import org.sitrep.model.Span;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads number expressions in digits and words with the words that qualify them: "over 20", "at least 80",
 * "More than six thousand", "1,200", "twenty-five", "a dozen", "dozens", "tens of thousands".
 * Vocabulary comes from number-words.tsv, modifiers.tsv and vague-counts.tsv. Never throws on text.
 *
 * <p>Bare "a"/"an" is a number only before a scale word ("a hundred", "a dozen"); "one" always is.
 */
public final class NumberParser {
    private static final Pattern TOKEN = Pattern.compile("\\d+(?:[.,]\\d+)*|[\\p{L}]+(?:['’][\\p{L}]+)?|\\S");
    private static final int MAX = 1_000_000_000;

    private record Word(int value, String role) {}
    private record Phrase(String[] words, Modifier modifier, int value) {}
    private record Token(String lower, int start, int end) {}

    private final Map<String, Word> words = new HashMap<>();
    private final List<Phrase> modifiers = new ArrayList<>();
    private final List<Phrase> vague = new ArrayList<>();

    public NumberParser() {
        for (LexiconFile.Row r : LexiconFile.read(NumberParser.class, "number-words.tsv", 4)) {
            String role = r.get(2);
            if (!role.equals("unit") && !role.equals("tens") && !role.equals("scale")) throw r.error("unknown role '" + role + "'");
            words.put(r.get(0).toLowerCase(Locale.ROOT), new Word(intOf(r, 1), role));
        }
        for (LexiconFile.Row r : LexiconFile.read(NumberParser.class, "modifiers.tsv", 3)) {
            Modifier m;
            try { m = Modifier.valueOf(r.get(1)); } catch (IllegalArgumentException e) { throw r.error("unknown modifier '" + r.get(1) + "'"); }
            modifiers.add(new Phrase(r.get(0).toLowerCase(Locale.ROOT).split(" +"), m, 0));
        }
        for (LexiconFile.Row r : LexiconFile.read(NumberParser.class, "vague-counts.tsv", 3))
            vague.add(new Phrase(r.get(0).toLowerCase(Locale.ROOT).split(" +"), Modifier.VAGUE, intOf(r, 1)));
        // longest phrase first, so "more than" wins over a shorter prefix
        modifiers.sort((a, b) -> Integer.compare(b.words.length, a.words.length));
        vague.sort((a, b) -> Integer.compare(b.words.length, a.words.length));
    }

    private static int intOf(LexiconFile.Row r, int col) {
        try { return Integer.parseInt(r.get(col)); } catch (NumberFormatException e) { throw r.error("not a number: '" + r.get(col) + "'"); }
    }

    /**
     * Every word and phrase this parser reads as (part of) a number, lower case: number words, vague
     * quantities and the articles "a"/"an"; for recognisers that look for counts inside longer phrases
     * ("two days ago").
     */
    public java.util.Set<String> vocabulary() {
        java.util.Set<String> v = new java.util.TreeSet<>(words.keySet());
        for (Phrase p : vague) v.add(String.join(" ", p.words));
        v.add("a");
        v.add("an");
        return java.util.Collections.unmodifiableSet(v);
    }

    /** Every number expression in {@code text}, left to right, non-overlapping. */
    public List<Quantity> find(String text) {
        List<Quantity> out = new ArrayList<>();
        if (text == null) return out;
        List<Token> tokens = tokens(text);
        for (int i = 0; i < tokens.size(); ) {
            Parsed p = parseAt(text, tokens, i);
            if (p == null) { i++; continue; }
            out.add(p.quantity);
            i = p.next;
        }
        return out;
    }

    /** The expression starting exactly at {@code start} (a modifier or the number itself), if there is one. */
    public Optional<Quantity> at(String text, int start) {
        if (text == null || start < 0 || start >= text.length()) return Optional.empty();
        List<Token> tokens = tokens(text);
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).start == start) return Optional.ofNullable(parseAt(text, tokens, i)).map(p -> p.quantity);
            if (tokens.get(i).start > start) break;
        }
        return Optional.empty();
    }

    /** {@code expression} read as one number expression ("more than six thousand" → 6000 MORE_THAN), or empty. */
    public Optional<Quantity> parse(String expression) {
        if (expression == null) return Optional.empty();
        String s = expression.strip();
        if (s.isEmpty()) return Optional.empty();
        int lead = expression.indexOf(s);
        List<Token> tokens = tokens(expression);
        int first = 0;
        while (first < tokens.size() && tokens.get(first).start < lead) first++;
        Parsed p = parseAt(expression, tokens, first);
        if (p == null) {
            // a lone article is one: "a", "an"
            if (s.equalsIgnoreCase("a") || s.equalsIgnoreCase("an"))
                return Optional.of(new Quantity(new Span(lead, lead + s.length()), 1, Modifier.EXACT));
            return Optional.empty();
        }
        return p.quantity.span().end() == lead + s.length() ? Optional.of(p.quantity) : Optional.empty();
    }

    private record Parsed(Quantity quantity, int next) {}

    private Parsed parseAt(String text, List<Token> tokens, int i) {
        for (Phrase m : modifiers) {
            if (!matches(tokens, i, m.words)) continue;
            Parsed core = core(text, tokens, i + m.words.length);
            if (core != null && core.quantity.modifier() == Modifier.EXACT)
                return new Parsed(new Quantity(new Span(tokens.get(i).start, core.quantity.span().end()), core.quantity.value(), m.modifier), core.next);
        }
        return core(text, tokens, i);
    }

    private Parsed core(String text, List<Token> tokens, int i) {
        if (i >= tokens.size()) return null;
        Parsed v = vague(tokens, i);
        if (v != null) return v;
        Token t = tokens.get(i);
        if (Character.isDigit(t.lower.charAt(0))) return digits(text, tokens, i);
        return numberWords(text, tokens, i);
    }

    private Parsed vague(List<Token> tokens, int i) {
        for (Phrase p : vague) {
            if (!matches(tokens, i, p.words)) continue;
            int end = i + p.words.length;
            long value = p.value;
            // "tens of thousands", "hundreds of thousands"
            if (end + 1 < tokens.size() && tokens.get(end).lower.equals("of")) {
                Phrase next = vagueAt(tokens, end + 1);
                if (next != null && next.value >= 100) { value *= next.value; end = end + 1 + next.words.length; }
            }
            if (value > MAX) return null;
            return new Parsed(new Quantity(new Span(tokens.get(i).start, tokens.get(end - 1).end), (int) value, Modifier.VAGUE), end);
        }
        return null;
    }

    private Phrase vagueAt(List<Token> tokens, int i) {
        for (Phrase p : vague) if (matches(tokens, i, p.words)) return p;
        return null;
    }

    private Parsed digits(String text, List<Token> tokens, int i) {
        Token t = tokens.get(i);
        // part of a model name or code: "Tu-22M3", "M4", "F16"
        if (t.start > 0 && (Character.isLetter(text.charAt(t.start - 1))
                || (text.charAt(t.start - 1) == '-' && t.start > 1 && Character.isLetter(text.charAt(t.start - 2))))) return null;
        if (t.end < text.length() && Character.isLetter(text.charAt(t.end))) return null; // "4th", "22M3": not a count
        if (compoundAdjective(text, t.end)) return null; // "10-year-old", "5-km"
        String raw = t.lower;
        double value;
        if (raw.matches("\\d{1,3}(,\\d{3})+")) value = Double.parseDouble(raw.replace(",", ""));
        else if (raw.matches("\\d+(\\.\\d+)?")) value = Double.parseDouble(raw);
        else if (raw.matches("\\d+")) value = Double.parseDouble(raw);
        else return null; // "1,2" or "3.4.5": not a number we can read
        int next = i + 1;
        if (next < tokens.size()) {
            Word w = words.get(tokens.get(next).lower);
            if (w != null && w.role.equals("scale")) { value *= w.value; next++; }
        }
        if (value > MAX || value != Math.floor(value)) return null;
        return new Parsed(new Quantity(new Span(t.start, tokens.get(next - 1).end), (int) value, Modifier.EXACT), next);
    }

    /** A number joined by a hyphen to a word that is not a number: "10-year-old", "three-day", not "twenty-five". */
    private boolean compoundAdjective(String text, int end) {
        if (end + 1 >= text.length() || text.charAt(end) != '-' || !Character.isLetter(text.charAt(end + 1))) return false;
        int j = end + 1;
        while (j < text.length() && Character.isLetter(text.charAt(j))) j++;
        return !words.containsKey(text.substring(end + 1, j).toLowerCase(Locale.ROOT));
    }

    private Parsed numberWords(String text, List<Token> tokens, int i) {
        long total = 0, current = 0;
        String last = null; // role of the last number word read
        int j = i, end = -1, next = i;
        if (j + 1 < tokens.size() && (tokens.get(j).lower.equals("a") || tokens.get(j).lower.equals("an"))) {
            Word w = words.get(tokens.get(j + 1).lower);
            if (w == null || !w.role.equals("scale")) return null;
            current = 1; last = "unit"; j++;
        }
        while (j < tokens.size()) {
            Token t = tokens.get(j);
            if ((t.lower.equals("-") || t.lower.equals("and")) && last != null && j + 1 < tokens.size()) {
                Word w = words.get(tokens.get(j + 1).lower);
                boolean ok = w != null && (t.lower.equals("-") ? last.equals("tens") && w.role.equals("unit") && w.value < 10
                        : last.equals("scale") && !w.role.equals("scale"));
                if (!ok) break;
                j++;
                continue;
            }
            Word w = words.get(t.lower);
            if (w == null) break;
            if (w.role.equals("unit")) {
                boolean ok = current % 100 == 0 || ("tens".equals(last) && w.value < 10);
                if (!ok || "unit".equals(last)) break;
                current += w.value;
            } else if (w.role.equals("tens")) {
                if (current % 100 != 0 || "unit".equals(last) || "tens".equals(last)) break;
                current += w.value;
            } else { // scale
                if (last == null || "scale".equals(last) && current == 0) break;
                if (w.value == 100 || w.value == 12) {
                    if (current == 0 || current >= 100 && w.value == 100) break;
                    long hundreds = current % 1000;
                    current = current - hundreds + hundreds * w.value;
                } else {
                    total += Math.max(current, 1) * w.value;
                    current = 0;
                }
            }
            last = w.role;
            end = t.end;
            j++;
            next = j;
            if (total + current > MAX) return null;
        }
        if (end < 0) return null;
        if (compoundAdjective(text, end)) return null; // "three-day offensive", "a two-year-old"
        return new Parsed(new Quantity(new Span(tokens.get(i).start, end), (int) (total + current), Modifier.EXACT), next);
    }

    private static boolean matches(List<Token> tokens, int i, String[] phrase) {
        if (i + phrase.length > tokens.size()) return false;
        for (int k = 0; k < phrase.length; k++) if (!tokens.get(i + k).lower.equals(phrase[k])) return false;
        return true;
    }

    private static List<Token> tokens(String text) {
        List<Token> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) out.add(new Token(m.group().toLowerCase(Locale.ROOT), m.start(), m.end()));
        return out;
    }
}
